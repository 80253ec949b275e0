"""DashboardPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .dashboard import Dashboard, DashboardParam
    from .page_meta import PageMeta, PageMetaParam


@dataclass(kw_only=True, repr=False)
class DashboardPage(BaseModel):
    """DashboardPage

    Attributes:
        meta: meta
        items: Dashboards
    """

    meta: PageMeta
    items: list[Dashboard]


class DashboardPageParam(TypedDict, total=False):
    """``DashboardPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Dashboard | DashboardParam]]


__all__ = ["DashboardPage", "DashboardPageParam"]
