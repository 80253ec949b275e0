"""NotificationConversation"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class NotificationConversation(BaseModel):
    """NotificationConversation

    Attributes:
        id: Conversation ID
        date: When the text was sent or received, as the API writes it.
        consumer_phone_number: Contact Phone Number
        message_direction: Received from or sent to the contact.
        message: Message
        num_segments: SMS segments the text took.
        status: Status
        claimed_by: Absent when no user claimed it.
        consumer_friendly_name: Contact Display Name
        mms_attachments: Attachments
    """

    JSON_NAMES: ClassVar[dict[str, str]] = {
        "consumer_phone_number": "consumerPhoneNumber",
        "message_direction": "messageDirection",
        "num_segments": "numSegments",
        "claimed_by": "claimedBy",
        "consumer_friendly_name": "consumerFriendlyName",
        "mms_attachments": "mmsAttachments",
    }

    id: int | None = None
    date: str | None = None
    consumer_phone_number: str | None = None
    message_direction: str | None = None
    message: str | None = None
    num_segments: int | None = None
    status: str | None = None
    claimed_by: str | None = None
    consumer_friendly_name: str | None = None
    mms_attachments: list[Any] | None = None


class NotificationConversationParam(TypedDict, total=False):
    """``NotificationConversation`` as a plain dict, for arguments: keys are the JSON names."""

    id: int
    date: str
    consumerPhoneNumber: str
    messageDirection: str
    message: str
    numSegments: int
    status: str
    claimedBy: str
    consumerFriendlyName: str
    mmsAttachments: Sequence[Any]


__all__ = ["NotificationConversation", "NotificationConversationParam"]
