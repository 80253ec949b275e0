"""The data models, one class per schema; and the trigger payloads, checked and typed.

A webhook body is checked against its schema before it becomes a model,
because a model's ``from_dict`` checks only what the API always sends: the check turns a
malformed payload into a ``NotificationError`` that names the place.
"""

import json
from collections.abc import Mapping
from typing import Any

from ..errors import NotificationError, ResponseValidationError
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
    data = _checked(body, TEXTING_WEBHOOK_NOTIFICATION_SCHEMA)
    try:
        return MessageNotification.from_dict(data)
    except (KeyError, TypeError, ValueError, ResponseValidationError) as error:
        raise NotificationError(
            f"the notification does not fit MessageNotification: {error}"
        ) from None


parse_notification = parse_texting_webhook_notification


def _checked(body: bytes | str | Mapping[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(body, bytes | str):
        try:
            data = json.loads(body)
        except ValueError as error:
            raise NotificationError(f"the notification is not JSON: {error}") from None
    else:
        data = dict(body)
    if not isinstance(data, dict):
        raise NotificationError(f"the notification must be a JSON object, not {_kind(data)}")
    _check(data, schema, "")
    return data


def _check(value: Any, schema: dict[str, Any], pointer: str) -> None:
    """Types, required properties and items; not enums, so a new value never breaks a reader."""
    expected = schema.get("type")
    place = pointer or "/"
    if value is None:
        if expected is not None and not schema.get("nullable"):
            raise NotificationError(f"{place}: null where {expected} is expected")
        return
    if (
        expected is not None
        and _kind(value) != expected
        and not (expected == "number" and _kind(value) == "integer")
    ):
        raise NotificationError(
            f"{place}: {expected} expected, got {_kind(value)} {json.dumps(value)[:40]}"
        )
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise NotificationError(f"{pointer}/{name}: required, but missing")
        for name, part in schema.get("properties", {}).items():
            if name in value:
                _check(value[name], part, f"{pointer}/{name}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{pointer}/{index}")


def _kind(value: Any) -> str:
    """The JSON Schema type name of a parsed JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    kinds = {float: "number", str: "string", list: "array", dict: "object"}
    return kinds.get(type(value), type(value).__name__)


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
