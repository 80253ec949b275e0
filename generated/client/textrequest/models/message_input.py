"""MessageInput"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class MessageInput(BaseModel):
    """MessageInput

    Attributes:
        body: Required unless mms_media is given.
        sender_name: Shown with the message.
        status_callback: Gets a POST when the message is sent or fails.
        location_callback: Gets a POST when the recipient shares their location via a [Location Request]
            link.
        mms_media: URLs from the API's MMS upload; required without a body.
    """

    body: str | None = None
    sender_name: str | None = None
    status_callback: str | None = None
    location_callback: str | None = None
    mms_media: list[str] | None = None


class MessageInputParam(TypedDict, total=False):
    """``MessageInput`` as a plain dict, for arguments: keys are the JSON names."""

    body: str
    sender_name: str
    status_callback: str
    location_callback: str
    mms_media: Sequence[str]


__all__ = ["MessageInput", "MessageInputParam"]
