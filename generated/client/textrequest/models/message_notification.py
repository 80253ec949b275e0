"""MessageNotification"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .notification_account import NotificationAccount, NotificationAccountParam
    from .notification_conversation import NotificationConversation, NotificationConversationParam
    from .notification_dashboard import NotificationDashboard, NotificationDashboardParam


@dataclass(kw_only=True, repr=False)
class MessageNotification(BaseModel):
    """MessageNotification

    Attributes:
        message_unique_identifier: Message Unique ID
        account: account
        your_phone_number: yourPhoneNumber
        conversation: conversation
    """

    JSON_NAMES: ClassVar[dict[str, str]] = {
        "message_unique_identifier": "messageUniqueIdentifier",
        "your_phone_number": "yourPhoneNumber",
    }

    message_unique_identifier: str | None = None
    account: NotificationAccount | None = None
    your_phone_number: NotificationDashboard | None = None
    conversation: NotificationConversation | None = None


class MessageNotificationParam(TypedDict, total=False):
    """``MessageNotification`` as a plain dict, for arguments: keys are the JSON names."""

    messageUniqueIdentifier: str
    account: NotificationAccount | NotificationAccountParam
    yourPhoneNumber: NotificationDashboard | NotificationDashboardParam
    conversation: NotificationConversation | NotificationConversationParam


__all__ = ["MessageNotification", "MessageNotificationParam"]
