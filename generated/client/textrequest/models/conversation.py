"""Conversation"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .message import Message, MessageParam


@dataclass(kw_only=True, repr=False)
class Conversation(BaseModel):
    """Conversation

    Attributes:
        phone_number: Phone Number
        last_message: last_message
    """

    phone_number: str
    last_message: Message | None = None


class ConversationParam(TypedDict, total=False):
    """``Conversation`` as a plain dict, for arguments: keys are the JSON names."""

    phone_number: Required[str]
    last_message: Message | MessageParam


__all__ = ["Conversation", "ConversationParam"]
