"""Message"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Message(BaseModel):
    """Message

    Attributes:
        message_id: Unique across all messages.
        message_direction: R: received, S: sent; more values may come.
        message_timestamp_utc: Time (UTC)
        body: Text
        response_by_username: The Text Request user who last texted the contact.
        delivery_status: Known values: sending, delivered, error, send; more may come.
        delivery_error: Null unless delivery_status is error.
        mms_media: Attachment URLs, made by Text Request.
    """

    message_id: str
    message_direction: str
    message_timestamp_utc: datetime.datetime
    body: str | None = None
    response_by_username: str | None = None
    delivery_status: str | None = None
    delivery_error: str | None = None
    mms_media: list[str] | None = None


class MessageParam(TypedDict, total=False):
    """``Message`` as a plain dict, for arguments: keys are the JSON names."""

    message_id: Required[str]
    message_direction: Required[str]
    message_timestamp_utc: Required[datetime.datetime]
    body: str
    response_by_username: str
    delivery_status: str
    delivery_error: str | None
    mms_media: Sequence[str]


__all__ = ["Message", "MessageParam"]
