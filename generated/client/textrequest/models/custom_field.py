"""CustomField"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class CustomField(BaseModel):
    """CustomField

    Attributes:
        id: Field ID
        name: Name
    """

    id: str
    name: str | None = None


class CustomFieldParam(TypedDict, total=False):
    """``CustomField`` as a plain dict, for arguments: keys are the JSON names."""

    id: Required[str]
    name: str


__all__ = ["CustomField", "CustomFieldParam"]
