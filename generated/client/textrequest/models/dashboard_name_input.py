"""DashboardNameInput"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class DashboardNameInput(BaseModel):
    """DashboardNameInput

    Attributes:
        name: Name
    """

    name: str


class DashboardNameInputParam(TypedDict, total=False):
    """``DashboardNameInput`` as a plain dict, for arguments: keys are the JSON names."""

    name: Required[str]


__all__ = ["DashboardNameInput", "DashboardNameInputParam"]
