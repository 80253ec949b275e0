"""GroupInput"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class GroupInput(BaseModel):
    """GroupInput

    Attributes:
        name: Name
        notes: A short phrase, for your own use.
    """

    name: str
    notes: str | None = None


class GroupInputParam(TypedDict, total=False):
    """``GroupInput`` as a plain dict, for arguments: keys are the JSON names."""

    name: Required[str]
    notes: str


__all__ = ["GroupInput", "GroupInputParam"]
