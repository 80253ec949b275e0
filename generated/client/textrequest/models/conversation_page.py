"""ConversationPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .conversation import Conversation, ConversationParam
    from .page_meta import PageMeta, PageMetaParam


@dataclass(kw_only=True, repr=False)
class ConversationPage(BaseModel):
    """ConversationPage

    Attributes:
        meta: meta
        items: Conversations
    """

    meta: PageMeta
    items: list[Conversation]


class ConversationPageParam(TypedDict, total=False):
    """``ConversationPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Conversation | ConversationParam]]


__all__ = ["ConversationPage", "ConversationPageParam"]
