"""CustomFieldValue"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class CustomFieldValue(BaseModel):
    """CustomFieldValue

    Attributes:
        id: Custom Field ID
        value: Value
    """

    id: str | None = None
    value: str | None = None


class CustomFieldValueParam(TypedDict, total=False):
    """``CustomFieldValue`` as a plain dict, for arguments: keys are the JSON names."""

    id: str
    value: str


__all__ = ["CustomFieldValue", "CustomFieldValueParam"]
