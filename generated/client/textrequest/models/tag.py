"""Tag"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Tag(BaseModel):
    """Tag

    Attributes:
        id: As used in contact_tags.
        tag_color: Hexadecimal colour code.
        tag: Name
    """

    id: str
    tag_color: str | None = None
    tag: str | None = None


class TagParam(TypedDict, total=False):
    """``Tag`` as a plain dict, for arguments: keys are the JSON names."""

    id: Required[str]
    tag_color: str
    tag: str


__all__ = ["Tag", "TagParam"]
