"""TagPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .page_meta import PageMeta, PageMetaParam
    from .tag import Tag, TagParam


@dataclass(kw_only=True, repr=False)
class TagPage(BaseModel):
    """TagPage

    Attributes:
        meta: meta
        items: Tags
    """

    meta: PageMeta
    items: list[Tag]


class TagPageParam(TypedDict, total=False):
    """``TagPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Tag | TagParam]]


__all__ = ["TagPage", "TagPageParam"]
