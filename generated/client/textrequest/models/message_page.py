"""MessagePage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .message import Message, MessageParam
    from .page_meta import PageMeta, PageMetaParam


@dataclass(kw_only=True, repr=False)
class MessagePage(BaseModel):
    """MessagePage

    Attributes:
        meta: meta
        items: Messages
    """

    meta: PageMeta
    items: list[Message]


class MessagePageParam(TypedDict, total=False):
    """``MessagePage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Message | MessageParam]]


__all__ = ["MessagePage", "MessagePageParam"]
