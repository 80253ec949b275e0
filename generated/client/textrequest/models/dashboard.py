"""Dashboard"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Dashboard(BaseModel):
    """Dashboard

    Attributes:
        id: Dashboard ID
        phone: Phone Number
        name: Name
    """

    id: int
    phone: str
    name: str | None = None


class DashboardParam(TypedDict, total=False):
    """``Dashboard`` as a plain dict, for arguments: keys are the JSON names."""

    id: Required[int]
    phone: Required[str]
    name: str


__all__ = ["Dashboard", "DashboardParam"]
