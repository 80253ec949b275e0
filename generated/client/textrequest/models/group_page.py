"""GroupPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .group import Group, GroupParam
    from .page_meta import PageMeta, PageMetaParam


@dataclass(kw_only=True, repr=False)
class GroupPage(BaseModel):
    """GroupPage

    Attributes:
        meta: meta
        items: Groups
    """

    meta: PageMeta
    items: list[Group]


class GroupPageParam(TypedDict, total=False):
    """``GroupPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Group | GroupParam]]


__all__ = ["GroupPage", "GroupPageParam"]
