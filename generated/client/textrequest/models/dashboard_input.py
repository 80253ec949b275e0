"""DashboardInput"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class DashboardInput(BaseModel):
    """DashboardInput

    Attributes:
        phone: A provisioned number no other dashboard uses.
        name: The phone number when left out.
    """

    phone: str
    name: str | None = None


class DashboardInputParam(TypedDict, total=False):
    """``DashboardInput`` as a plain dict, for arguments: keys are the JSON names."""

    phone: Required[str]
    name: str


__all__ = ["DashboardInput", "DashboardInputParam"]
