"""PageMeta"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class PageMeta(BaseModel):
    """PageMeta

    Attributes:
        page: Page
        page_size: Items on this page.
        total_items: Items in the whole list.
    """

    page: int
    page_size: int
    total_items: int


class PageMetaParam(TypedDict, total=False):
    """``PageMeta`` as a plain dict, for arguments: keys are the JSON names."""

    page: Required[int]
    page_size: Required[int]
    total_items: Required[int]


__all__ = ["PageMeta", "PageMetaParam"]
