"""The data models, one class per schema; and the trigger payloads, checked and typed.

A webhook body is checked against its schema (``_notifications``) before it
becomes a model, so that a malformed payload is a ``NotificationError`` naming
the place.
"""

from collections.abc import Mapping
from typing import Any

from .._notifications import parse_payload
from .bulk_contact_input import BulkContactInput, BulkContactInputParam
from .contact import Contact, ContactParam
from .contact_input import ContactInput, ContactInputParam
from .contact_page import ContactPage, ContactPageParam
from .conversation import Conversation, ConversationParam
from .conversation_page import ConversationPage, ConversationPageParam
from .custom_field import CustomField, CustomFieldParam
from .custom_field_value import CustomFieldValue, CustomFieldValueParam
from .dashboard import Dashboard, DashboardParam
from .dashboard_input import DashboardInput, DashboardInputParam
from .dashboard_name_input import DashboardNameInput, DashboardNameInputParam
from .dashboard_page import DashboardPage, DashboardPageParam
from .get_payments_sort_direction import GetPaymentsSortDirection
from .get_payments_sort_type import GetPaymentsSortType
from .group import Group, GroupParam
from .group_input import GroupInput, GroupInputParam
from .group_page import GroupPage, GroupPageParam
from .hook import Hook, HookParam
from .hook_input import HookInput, HookInputParam
from .hook_input_event import HookInputEvent
from .message import Message, MessageParam
from .message_input import MessageInput, MessageInputParam
from .message_notification import MessageNotification, MessageNotificationParam
from .message_page import MessagePage, MessagePageParam
from .notification_account import NotificationAccount, NotificationAccountParam
from .notification_conversation import NotificationConversation, NotificationConversationParam
from .notification_dashboard import NotificationDashboard, NotificationDashboardParam
from .page_meta import PageMeta, PageMetaParam
from .payment import Payment, PaymentParam
from .payment_input import PaymentInput, PaymentInputParam
from .payment_page import PaymentPage, PaymentPageParam
from .tag import Tag, TagParam
from .tag_page import TagPage, TagPageParam

TEXTING_WEBHOOK_NOTIFICATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "messageUniqueIdentifier": {"type": "string"},
        "account": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "externalAccountId": {"type": "string"}},
        },
        "yourPhoneNumber": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "externalPhoneId": {"type": "string"},
                "description": {"type": "string"},
                "phoneNumber": {"type": "string"},
            },
        },
        "conversation": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "date": {"type": "string"},
                "consumerPhoneNumber": {"type": "string"},
                "messageDirection": {"type": "string"},
                "message": {"type": "string"},
                "numSegments": {"type": "integer"},
                "status": {"type": "string"},
                "claimedBy": {"type": "string"},
                "consumerFriendlyName": {"type": "string"},
                "mmsAttachments": {"type": "array", "items": {}},
            },
        },
    },
}


def parse_texting_webhook_notification(
    body: bytes | str | Mapping[str, Any],
) -> MessageNotification:
    """The JSON that the TextingWebhook trigger POSTs to your URL, as a ``MessageNotification``."""
    return parse_payload(body, TEXTING_WEBHOOK_NOTIFICATION_SCHEMA, MessageNotification)


parse_notification = parse_texting_webhook_notification


__all__ = (
    "BulkContactInput",
    "Contact",
    "ContactInput",
    "ContactPage",
    "Conversation",
    "ConversationPage",
    "CustomField",
    "CustomFieldValue",
    "Dashboard",
    "DashboardInput",
    "DashboardNameInput",
    "DashboardPage",
    "GetPaymentsSortDirection",
    "GetPaymentsSortType",
    "Group",
    "GroupInput",
    "GroupPage",
    "Hook",
    "HookInput",
    "HookInputEvent",
    "Message",
    "MessageInput",
    "MessageNotification",
    "MessagePage",
    "NotificationAccount",
    "NotificationConversation",
    "NotificationDashboard",
    "PageMeta",
    "Payment",
    "PaymentInput",
    "PaymentPage",
    "Tag",
    "TagPage",
    "BulkContactInputParam",
    "ContactParam",
    "ContactInputParam",
    "ContactPageParam",
    "ConversationParam",
    "ConversationPageParam",
    "CustomFieldParam",
    "CustomFieldValueParam",
    "DashboardParam",
    "DashboardInputParam",
    "DashboardNameInputParam",
    "DashboardPageParam",
    "GroupParam",
    "GroupInputParam",
    "GroupPageParam",
    "HookParam",
    "HookInputParam",
    "MessageParam",
    "MessageInputParam",
    "MessageNotificationParam",
    "MessagePageParam",
    "NotificationAccountParam",
    "NotificationConversationParam",
    "NotificationDashboardParam",
    "PageMetaParam",
    "PaymentParam",
    "PaymentInputParam",
    "PaymentPageParam",
    "TagParam",
    "TagPageParam",
    "parse_texting_webhook_notification",
    "parse_notification",
)
