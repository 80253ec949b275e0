"""The Text Request API as MCP tools: one per action, named by its operationId.

``python -m textrequest.mcp`` serves them over stdio, ``--http HOST:PORT`` over
Streamable HTTP at ``/mcp`` (``--read-only``, ``--allow OPERATION_ID ...`` narrow them).
The table below is data made from the spec at generate time: the annotations come from
the operations profile, the judgement the contract tests' gate reads too. Needs the
``mcp`` extra.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._mcp_server import ToolSpec, run
from .client import AsyncClient

TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec(
        name="ArchiveConversation",
        title="Archive a conversation",
        description=(
            "Archive a conversation\n"
            "\n"
            "Hides the conversation from the lists until the next text. Texting STOP archives too."
        ),
        resource="conversations",
        method="archive",
        positional=("dashboard_id", "phone_number"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"result": {"type": "string"}},
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="BulkUpdateContacts",
        title="Create or update many contacts at once",
        description=(
            "Create or update many contacts at once\n"
            "\n"
            "Creates or updates each contact, found by phone number.\n"
            "\n"
            "Caution: changes many contacts at once."
        ),
        resource="contacts",
        method="bulk_upsert",
        positional=("dashboard_id",),
        keywords=("contacts",),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "contacts": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "first_name": {"type": "string", "description": "First Name"},
                            "last_name": {"type": "string", "description": "Last Name"},
                            "display_name": {
                                "type": "string",
                                "description": "Full name, as the app lists it.",
                            },
                            "is_suppressed": {
                                "type": "boolean",
                                "description": "Their "
                                "texts "
                                "do "
                                "not "
                                "lift "
                                "the "
                                "conversation "
                                "in "
                                "the "
                                "queue.",
                            },
                            "is_archived": {
                                "type": "boolean",
                                "description": "Archived conversations are left out of lists.",
                            },
                            "is_blocked": {
                                "type": "boolean",
                                "description": "Their texts are neither received nor kept.",
                            },
                            "suppressed_reason": {
                                "type": "string",
                                "description": "Null unless suppressed.",
                            },
                            "note": {
                                "type": "string",
                                "description": "Never shown to the contact.",
                            },
                            "groups": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"format": "int32", "type": "integer"},
                            },
                            "contact_tags": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"type": "string"},
                            },
                            "custom_fields": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string", "description": "Custom Field ID"},
                                        "value": {"type": "string", "description": "Value"},
                                    },
                                },
                            },
                            "is_resolved": {
                                "type": "boolean",
                                "description": "A new text from the contact sets it back to false.",
                            },
                            "phone_number": {
                                "type": "string",
                                "description": "Phone Number",
                                "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                            },
                        },
                        "required": ["phone_number"],
                    },
                    "description": "The contacts, each found by phone number.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "contacts"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "result": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "first_name": {"type": "string", "description": "First Name"},
                            "last_name": {"type": "string", "description": "Last Name"},
                            "display_name": {
                                "type": "string",
                                "description": "Full name, as the app lists it.",
                            },
                            "is_suppressed": {
                                "type": "boolean",
                                "description": "Their "
                                "texts "
                                "do "
                                "not "
                                "lift "
                                "the "
                                "conversation "
                                "in "
                                "the "
                                "queue.",
                            },
                            "is_archived": {
                                "type": "boolean",
                                "description": "Archived conversations are left out of lists.",
                            },
                            "is_blocked": {
                                "type": "boolean",
                                "description": "Their texts are neither received nor kept.",
                            },
                            "suppressed_reason": {"description": "Null unless suppressed."},
                            "note": {
                                "type": "string",
                                "description": "Never shown to the contact.",
                            },
                            "groups": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"format": "int32", "type": "integer"},
                            },
                            "contact_tags": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"type": "string"},
                            },
                            "custom_fields": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string", "description": "Custom Field ID"},
                                        "value": {"type": "string", "description": "Value"},
                                    },
                                },
                            },
                            "is_resolved": {
                                "type": "boolean",
                                "description": "A new text from the contact sets it back to false.",
                            },
                            "phone_number": {
                                "type": "string",
                                "description": "Phone Number",
                                "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                            },
                            "first_contact_utc": {
                                "format": "date-time",
                                "description": "First Contact (UTC)",
                            },
                            "opted_out_utc": {
                                "format": "date-time",
                                "description": "Null if they have not opted out.",
                            },
                            "last_msg_sent_utc": {
                                "format": "date-time",
                                "description": "Last Message Sent (UTC)",
                            },
                            "last_msg_received_utc": {
                                "format": "date-time",
                                "description": "Last Message Received (UTC)",
                            },
                            "total_msgs_sent": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Messages Sent",
                            },
                            "total_msgs_received": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Messages Received",
                            },
                            "response_count": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Replies",
                            },
                            "date_created_utc": {
                                "format": "date-time",
                                "type": "string",
                                "description": "Created (UTC)",
                            },
                            "last_contact_date_utc": {
                                "format": "date-time",
                                "description": "Last text either way.",
                            },
                            "last_message": {
                                "type": "object",
                                "description": "Last Message",
                                "properties": {
                                    "message_id": {
                                        "type": "string",
                                        "description": "Unique across all messages.",
                                    },
                                    "body": {"type": "string", "description": "Text"},
                                    "message_direction": {
                                        "type": "string",
                                        "description": "R: "
                                        "received, "
                                        "S: "
                                        "sent; "
                                        "more "
                                        "values "
                                        "may "
                                        "come.",
                                    },
                                    "response_by_username": {
                                        "type": "string",
                                        "description": "The "
                                        "Text "
                                        "Request "
                                        "user "
                                        "who "
                                        "last "
                                        "texted "
                                        "the "
                                        "contact.",
                                    },
                                    "message_timestamp_utc": {
                                        "format": "date-time",
                                        "type": "string",
                                        "description": "Time (UTC)",
                                    },
                                    "delivery_status": {
                                        "type": "string",
                                        "description": "Known "
                                        "values: "
                                        "sending, "
                                        "delivered, "
                                        "error, "
                                        "send; "
                                        "more "
                                        "may "
                                        "come.",
                                    },
                                    "delivery_error": {
                                        "description": "Null unless delivery_status is error."
                                    },
                                    "mms_media": {
                                        "type": "array",
                                        "description": "Attachment URLs, made by Text Request.",
                                        "items": {"type": "string"},
                                    },
                                },
                                "required": [
                                    "message_id",
                                    "message_direction",
                                    "message_timestamp_utc",
                                ],
                            },
                        },
                        "required": ["phone_number"],
                    },
                }
            },
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        name="CancelPayment",
        title="Cancel a payment",
        description=(
            "Cancel a payment\n"
            "\n"
            "Cancels the payment and texts the customer so. 400 when already closed.\n"
            "\n"
            "Caution: changes a payment."
        ),
        resource="payments",
        method="cancel",
        positional=("dashboard_id", "payment_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "payment_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the payment.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "payment_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "payment_id": {"format": "int32", "type": "integer", "description": "Payment ID"},
                "request_date": {
                    "format": "date-time",
                    "type": "string",
                    "description": "When its first text was queued.",
                },
                "recipient": {"description": "Null when the number has no contact name."},
                "description": {"type": "string", "description": "Never shown to the contact."},
                "customer_phone": {"type": "string", "description": "Customer Phone"},
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "description": "Amount (USD)",
                },
                "is_past_due": {"type": "boolean", "description": "Past Due"},
                "reminder_was_sent": {"type": "boolean", "description": "Only one can be sent."},
                "transaction_status": {
                    "type": "string",
                    "description": "At Authvia, the payment processor; starts as unknown.",
                },
                "textrequest_payment_status": {
                    "type": "string",
                    "description": "As the app shows it; starts as sent.",
                },
                "reference_number": {
                    "type": "string",
                    "description": "Your reference; not unique.",
                },
            },
            "required": ["payment_id", "customer_phone", "amount_requested"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=False,
    ),
    ToolSpec(
        name="CreateContact",
        title="Create or update a contact",
        description="Create or update a contact\n\nCreates or updates the contact with this number.",
        resource="contacts",
        method="upsert",
        positional=("dashboard_id", "phone_number"),
        keywords=(
            "first_name",
            "last_name",
            "display_name",
            "is_suppressed",
            "is_archived",
            "is_blocked",
            "suppressed_reason",
            "note",
            "groups",
            "contact_tags",
            "custom_fields",
            "is_resolved",
        ),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
                "first_name": {"type": "string", "description": "First Name"},
                "last_name": {"type": "string", "description": "Last Name"},
                "display_name": {
                    "type": "string",
                    "description": "Full name, as the app lists it.",
                },
                "is_suppressed": {
                    "type": "boolean",
                    "description": "Their texts do not lift the conversation in the queue.",
                },
                "is_archived": {
                    "type": "boolean",
                    "description": "Archived conversations are left out of lists.",
                },
                "is_blocked": {
                    "type": "boolean",
                    "description": "Their texts are neither received nor kept.",
                },
                "suppressed_reason": {"type": "string", "description": "Null unless suppressed."},
                "note": {"type": "string", "description": "Never shown to the contact."},
                "groups": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"format": "int32", "type": "integer"},
                },
                "contact_tags": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"type": "string"},
                },
                "custom_fields": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "Custom Field ID"},
                            "value": {"type": "string", "description": "Value"},
                        },
                    },
                },
                "is_resolved": {
                    "type": "boolean",
                    "description": "A new text from the contact sets it back to false.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "first_name": {"type": "string", "description": "First Name"},
                "last_name": {"type": "string", "description": "Last Name"},
                "display_name": {
                    "type": "string",
                    "description": "Full name, as the app lists it.",
                },
                "is_suppressed": {
                    "type": "boolean",
                    "description": "Their texts do not lift the conversation in the queue.",
                },
                "is_archived": {
                    "type": "boolean",
                    "description": "Archived conversations are left out of lists.",
                },
                "is_blocked": {
                    "type": "boolean",
                    "description": "Their texts are neither received nor kept.",
                },
                "suppressed_reason": {"description": "Null unless suppressed."},
                "note": {"type": "string", "description": "Never shown to the contact."},
                "groups": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"format": "int32", "type": "integer"},
                },
                "contact_tags": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"type": "string"},
                },
                "custom_fields": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "Custom Field ID"},
                            "value": {"type": "string", "description": "Value"},
                        },
                    },
                },
                "is_resolved": {
                    "type": "boolean",
                    "description": "A new text from the contact sets it back to false.",
                },
                "phone_number": {
                    "type": "string",
                    "description": "Phone Number",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                },
                "first_contact_utc": {"format": "date-time", "description": "First Contact (UTC)"},
                "opted_out_utc": {
                    "format": "date-time",
                    "description": "Null if they have not opted out.",
                },
                "last_msg_sent_utc": {
                    "format": "date-time",
                    "description": "Last Message Sent (UTC)",
                },
                "last_msg_received_utc": {
                    "format": "date-time",
                    "description": "Last Message Received (UTC)",
                },
                "total_msgs_sent": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Messages Sent",
                },
                "total_msgs_received": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Messages Received",
                },
                "response_count": {"format": "int32", "type": "integer", "description": "Replies"},
                "date_created_utc": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Created (UTC)",
                },
                "last_contact_date_utc": {
                    "format": "date-time",
                    "description": "Last text either way.",
                },
                "last_message": {
                    "type": "object",
                    "description": "Last Message",
                    "properties": {
                        "message_id": {
                            "type": "string",
                            "description": "Unique across all messages.",
                        },
                        "body": {"type": "string", "description": "Text"},
                        "message_direction": {
                            "type": "string",
                            "description": "R: received, S: sent; more values may come.",
                        },
                        "response_by_username": {
                            "type": "string",
                            "description": "The Text Request user who last texted the contact.",
                        },
                        "message_timestamp_utc": {
                            "format": "date-time",
                            "type": "string",
                            "description": "Time (UTC)",
                        },
                        "delivery_status": {
                            "type": "string",
                            "description": "Known "
                            "values: "
                            "sending, "
                            "delivered, "
                            "error, "
                            "send; "
                            "more "
                            "may "
                            "come.",
                        },
                        "delivery_error": {"description": "Null unless delivery_status is error."},
                        "mms_media": {
                            "type": "array",
                            "description": "Attachment URLs, made by Text Request.",
                            "items": {"type": "string"},
                        },
                    },
                    "required": ["message_id", "message_direction", "message_timestamp_utc"],
                },
            },
            "required": ["phone_number"],
        },
        wrapped_in="",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=False,
    ),
    ToolSpec(
        name="CreateDashboard",
        title="Create a dashboard with a name and phone number",
        description=(
            "Create a dashboard with a name and phone number\n"
            "\n"
            "Creates a dashboard for a provisioned number and emails the administrators. 400 when "
            "the number is taken.\n"
            "\n"
            "Caution: provisions a dashboard and phone number."
        ),
        resource="dashboards",
        method="create",
        positional=(),
        keywords=("phone", "name"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "phone": {
                    "type": "string",
                    "description": "A provisioned number no other dashboard uses.",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                },
                "name": {
                    "minLength": 1,
                    "type": "string",
                    "description": "The phone number when left out.",
                },
            },
            "additionalProperties": False,
            "required": ["phone"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Dashboard ID"},
                "name": {"type": "string", "description": "Name"},
                "phone": {"type": "string", "description": "Phone Number"},
            },
            "required": ["id", "phone"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=False,
    ),
    ToolSpec(
        name="CreateGroup",
        title="Create a group",
        description="Create a group\n\nCreates a group with the given name.",
        resource="groups",
        method="create",
        positional=("dashboard_id",),
        keywords=("name", "notes"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "name": {"minLength": 1, "type": "string", "description": "Name"},
                "notes": {"type": "string", "description": "A short phrase, for your own use."},
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "name"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Group ID"},
                "group_member_count": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Members",
                },
                "is_keyword": {
                    "type": "boolean",
                    "description": "Made for a keyword; contacts who text it join.",
                },
                "name": {"type": "string", "description": "Name"},
                "notes": {"type": "string", "description": "Notes"},
                "last_message_sent_utc": {
                    "format": "date-time",
                    "description": "Last Message Sent (UTC)",
                },
            },
            "required": ["id", "name"],
        },
        wrapped_in="",
        read_only=False,
        destructive=False,
        idempotent=False,
        open_world=False,
    ),
    ToolSpec(
        name="CreatePayment",
        title="Request a payment from a contact",
        description=(
            "Request a payment from a contact\n"
            "\n"
            "Texts the contact a payment link; not safe to repeat.\n"
            "\n"
            "Caution: texts a payment request to a person."
        ),
        resource="payments",
        method="create",
        positional=("dashboard_id",),
        keywords=(
            "customer_phone",
            "amount_requested",
            "description",
            "message",
            "reference_number",
        ),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "customer_phone": {
                    "type": "string",
                    "description": "The contact to ask.",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                },
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "More than 0.",
                },
                "description": {"type": "string", "description": "Never shown to the contact."},
                "message": {"type": "string", "description": "Sent with the payment link."},
                "reference_number": {
                    "type": "string",
                    "description": "Your reference, to find it later; not unique.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "customer_phone", "amount_requested"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "payment_id": {"format": "int32", "type": "integer", "description": "Payment ID"},
                "request_date": {
                    "format": "date-time",
                    "type": "string",
                    "description": "When its first text was queued.",
                },
                "recipient": {"description": "Null when the number has no contact name."},
                "description": {"type": "string", "description": "Never shown to the contact."},
                "customer_phone": {"type": "string", "description": "Customer Phone"},
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "description": "Amount (USD)",
                },
                "is_past_due": {"type": "boolean", "description": "Past Due"},
                "reminder_was_sent": {"type": "boolean", "description": "Only one can be sent."},
                "transaction_status": {
                    "type": "string",
                    "description": "At Authvia, the payment processor; starts as unknown.",
                },
                "textrequest_payment_status": {
                    "type": "string",
                    "description": "As the app shows it; starts as sent.",
                },
                "reference_number": {
                    "type": "string",
                    "description": "Your reference; not unique.",
                },
            },
            "required": ["payment_id", "customer_phone", "amount_requested"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        name="DeleteContact",
        title="Delete a contact",
        description="Delete a contact\n\nDeletes the contact and its messages.\n\nCaution: deletes data.",
        resource="contacts",
        method="delete",
        positional=("dashboard_id", "phone_number"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"result": {"type": "string"}},
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=True,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="DeleteDashboard",
        title="Delete a dashboard",
        description="Delete a dashboard\n\nDeletes the dashboard and all in it.\n\nCaution: deletes data.",
        resource="dashboards",
        method="delete",
        positional=("dashboard_id",),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                }
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"result": {"type": "string"}},
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=True,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="DeleteGroup",
        title="Delete a group",
        description="Delete a group\n\nDeletes the group; its contacts stay.\n\nCaution: deletes data.",
        resource="groups",
        method="delete",
        positional=("dashboard_id", "group_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "group_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the group.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "group_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"result": {"type": "string"}},
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=True,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetContactByPhoneNumber",
        title="Get a contact by phone number",
        description=(
            "Get a contact by phone number\n"
            "\n"
            "Returns the contact and its latest message; 204 when there is none."
        ),
        resource="contacts",
        method="retrieve",
        positional=("dashboard_id", "phone_number"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "first_name": {"type": "string", "description": "First Name"},
                "last_name": {"type": "string", "description": "Last Name"},
                "display_name": {
                    "type": "string",
                    "description": "Full name, as the app lists it.",
                },
                "is_suppressed": {
                    "type": "boolean",
                    "description": "Their texts do not lift the conversation in the queue.",
                },
                "is_archived": {
                    "type": "boolean",
                    "description": "Archived conversations are left out of lists.",
                },
                "is_blocked": {
                    "type": "boolean",
                    "description": "Their texts are neither received nor kept.",
                },
                "suppressed_reason": {"description": "Null unless suppressed."},
                "note": {"type": "string", "description": "Never shown to the contact."},
                "groups": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"format": "int32", "type": "integer"},
                },
                "contact_tags": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {"type": "string"},
                },
                "custom_fields": {
                    "type": "array",
                    "description": "Unknown ids are ignored.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "Custom Field ID"},
                            "value": {"type": "string", "description": "Value"},
                        },
                    },
                },
                "is_resolved": {
                    "type": "boolean",
                    "description": "A new text from the contact sets it back to false.",
                },
                "phone_number": {
                    "type": "string",
                    "description": "Phone Number",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                },
                "first_contact_utc": {"format": "date-time", "description": "First Contact (UTC)"},
                "opted_out_utc": {
                    "format": "date-time",
                    "description": "Null if they have not opted out.",
                },
                "last_msg_sent_utc": {
                    "format": "date-time",
                    "description": "Last Message Sent (UTC)",
                },
                "last_msg_received_utc": {
                    "format": "date-time",
                    "description": "Last Message Received (UTC)",
                },
                "total_msgs_sent": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Messages Sent",
                },
                "total_msgs_received": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Messages Received",
                },
                "response_count": {"format": "int32", "type": "integer", "description": "Replies"},
                "date_created_utc": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Created (UTC)",
                },
                "last_contact_date_utc": {
                    "format": "date-time",
                    "description": "Last text either way.",
                },
                "last_message": {
                    "type": "object",
                    "description": "Last Message",
                    "properties": {
                        "message_id": {
                            "type": "string",
                            "description": "Unique across all messages.",
                        },
                        "body": {"type": "string", "description": "Text"},
                        "message_direction": {
                            "type": "string",
                            "description": "R: received, S: sent; more values may come.",
                        },
                        "response_by_username": {
                            "type": "string",
                            "description": "The Text Request user who last texted the contact.",
                        },
                        "message_timestamp_utc": {
                            "format": "date-time",
                            "type": "string",
                            "description": "Time (UTC)",
                        },
                        "delivery_status": {
                            "type": "string",
                            "description": "Known "
                            "values: "
                            "sending, "
                            "delivered, "
                            "error, "
                            "send; "
                            "more "
                            "may "
                            "come.",
                        },
                        "delivery_error": {"description": "Null unless delivery_status is error."},
                        "mms_media": {
                            "type": "array",
                            "description": "Attachment URLs, made by Text Request.",
                            "items": {"type": "string"},
                        },
                    },
                    "required": ["message_id", "message_direction", "message_timestamp_utc"],
                },
            },
            "required": ["phone_number"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetContacts",
        title="List the contacts that match a filter",
        description=(
            "List the contacts that match a filter\n"
            "\n"
            "Returns the dashboard's contacts matching every filter, a page at a time."
        ),
        resource="contacts",
        method="list",
        positional=("dashboard_id",),
        keywords=(
            "contact_phone_number",
            "last_message_timestamp_before_utc",
            "last_message_timestamp_after_utc",
            "contact_created_before",
            "contact_created_after",
            "is_resolved",
            "is_blocked",
            "is_archived",
            "is_suppressed",
            "has_opted_out",
            "last_message_sent_before",
            "last_message_sent_after",
            "last_message_received_before",
            "last_message_received_after",
            "tags",
            "groups",
            "custom_field_id_1",
            "custom_field_value_1",
            "custom_field_id_2",
            "custom_field_value_2",
            "custom_field_id_3",
            "custom_field_value_3",
            "page",
            "page_size",
        ),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "contact_phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "Phone number.",
                },
                "last_message_timestamp_before_utc": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text either way before this UTC time.",
                },
                "last_message_timestamp_after_utc": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text either way after this UTC time.",
                },
                "contact_created_before": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Created before this time.",
                },
                "contact_created_after": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Created after this time.",
                },
                "is_resolved": {
                    "type": "boolean",
                    "description": "Whether the conversation is resolved.",
                },
                "is_blocked": {"type": "boolean", "description": "Whether they are blocked."},
                "is_archived": {
                    "type": "boolean",
                    "description": "Whether the conversation is archived.",
                },
                "is_suppressed": {"type": "boolean", "description": "Whether they are suppressed."},
                "has_opted_out": {
                    "type": "boolean",
                    "description": "Whether they opted out of texts.",
                },
                "last_message_sent_before": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text to them before this local time.",
                },
                "last_message_sent_after": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text to them after this local time.",
                },
                "last_message_received_before": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text from them before this local time.",
                },
                "last_message_received_after": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Last text from them after this local time.",
                },
                "tags": {"type": "string", "description": "Comma-separated tag GUIDs."},
                "groups": {"type": "string", "description": "Comma-separated group ids."},
                "custom_field_id_1": {
                    "type": "string",
                    "description": "GUID of a custom field, for custom_field_value_1.",
                },
                "custom_field_value_1": {
                    "type": "string",
                    "description": "This value in custom field 1; "
                    "without its id, in any custom "
                    "field.",
                },
                "custom_field_id_2": {
                    "type": "string",
                    "description": "GUID of a custom field, for custom_field_value_2.",
                },
                "custom_field_value_2": {
                    "type": "string",
                    "description": "This value in custom field 2; "
                    "without its id, in any custom "
                    "field.",
                },
                "custom_field_id_3": {
                    "type": "string",
                    "description": "GUID of a custom field, for custom_field_value_3.",
                },
                "custom_field_value_3": {
                    "type": "string",
                    "description": "This value in custom field 3; "
                    "without its id, in any custom "
                    "field.",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Contacts",
                    "items": {
                        "type": "object",
                        "properties": {
                            "first_name": {"type": "string", "description": "First Name"},
                            "last_name": {"type": "string", "description": "Last Name"},
                            "display_name": {
                                "type": "string",
                                "description": "Full name, as the app lists it.",
                            },
                            "is_suppressed": {
                                "type": "boolean",
                                "description": "Their "
                                "texts "
                                "do "
                                "not "
                                "lift "
                                "the "
                                "conversation "
                                "in "
                                "the "
                                "queue.",
                            },
                            "is_archived": {
                                "type": "boolean",
                                "description": "Archived conversations are left out of lists.",
                            },
                            "is_blocked": {
                                "type": "boolean",
                                "description": "Their texts are neither received nor kept.",
                            },
                            "suppressed_reason": {"description": "Null unless suppressed."},
                            "note": {
                                "type": "string",
                                "description": "Never shown to the contact.",
                            },
                            "groups": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"format": "int32", "type": "integer"},
                            },
                            "contact_tags": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {"type": "string"},
                            },
                            "custom_fields": {
                                "type": "array",
                                "description": "Unknown ids are ignored.",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string", "description": "Custom Field ID"},
                                        "value": {"type": "string", "description": "Value"},
                                    },
                                },
                            },
                            "is_resolved": {
                                "type": "boolean",
                                "description": "A new text from the contact sets it back to false.",
                            },
                            "phone_number": {
                                "type": "string",
                                "description": "Phone Number",
                                "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                            },
                            "first_contact_utc": {
                                "format": "date-time",
                                "description": "First Contact (UTC)",
                            },
                            "opted_out_utc": {
                                "format": "date-time",
                                "description": "Null if they have not opted out.",
                            },
                            "last_msg_sent_utc": {
                                "format": "date-time",
                                "description": "Last Message Sent (UTC)",
                            },
                            "last_msg_received_utc": {
                                "format": "date-time",
                                "description": "Last Message Received (UTC)",
                            },
                            "total_msgs_sent": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Messages Sent",
                            },
                            "total_msgs_received": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Messages Received",
                            },
                            "response_count": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Replies",
                            },
                            "date_created_utc": {
                                "format": "date-time",
                                "type": "string",
                                "description": "Created (UTC)",
                            },
                            "last_contact_date_utc": {
                                "format": "date-time",
                                "description": "Last text either way.",
                            },
                            "last_message": {
                                "type": "object",
                                "description": "Last Message",
                                "properties": {
                                    "message_id": {
                                        "type": "string",
                                        "description": "Unique across all messages.",
                                    },
                                    "body": {"type": "string", "description": "Text"},
                                    "message_direction": {
                                        "type": "string",
                                        "description": "R: "
                                        "received, "
                                        "S: "
                                        "sent; "
                                        "more "
                                        "values "
                                        "may "
                                        "come.",
                                    },
                                    "response_by_username": {
                                        "type": "string",
                                        "description": "The "
                                        "Text "
                                        "Request "
                                        "user "
                                        "who "
                                        "last "
                                        "texted "
                                        "the "
                                        "contact.",
                                    },
                                    "message_timestamp_utc": {
                                        "format": "date-time",
                                        "type": "string",
                                        "description": "Time (UTC)",
                                    },
                                    "delivery_status": {
                                        "type": "string",
                                        "description": "Known "
                                        "values: "
                                        "sending, "
                                        "delivered, "
                                        "error, "
                                        "send; "
                                        "more "
                                        "may "
                                        "come.",
                                    },
                                    "delivery_error": {
                                        "description": "Null unless delivery_status is error."
                                    },
                                    "mms_media": {
                                        "type": "array",
                                        "description": "Attachment URLs, made by Text Request.",
                                        "items": {"type": "string"},
                                    },
                                },
                                "required": [
                                    "message_id",
                                    "message_direction",
                                    "message_timestamp_utc",
                                ],
                            },
                        },
                        "required": ["phone_number"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetConversations",
        title="List the conversations of a dashboard",
        description="List the conversations of a dashboard\n\nReturns the conversations, a page at a time.",
        resource="conversations",
        method="list",
        positional=("dashboard_id",),
        keywords=(
            "tags",
            "show_unresolved_only",
            "include_archived",
            "search",
            "page",
            "page_size",
        ),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "tags": {"type": "string", "description": "Comma-separated tag GUIDs."},
                "show_unresolved_only": {
                    "type": "boolean",
                    "description": "Yes: only unresolved ones.",
                },
                "include_archived": {"type": "boolean", "description": "Yes: archived ones too."},
                "search": {
                    "type": "string",
                    "description": "Phone number or name, or part of one.",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Conversations",
                    "items": {
                        "type": "object",
                        "properties": {
                            "phone_number": {"type": "string", "description": "Phone Number"},
                            "last_message": {
                                "type": "object",
                                "description": "Last Message",
                                "properties": {
                                    "message_id": {
                                        "type": "string",
                                        "description": "Unique across all messages.",
                                    },
                                    "body": {"type": "string", "description": "Text"},
                                    "message_direction": {
                                        "type": "string",
                                        "description": "R: "
                                        "received, "
                                        "S: "
                                        "sent; "
                                        "more "
                                        "values "
                                        "may "
                                        "come.",
                                    },
                                    "response_by_username": {
                                        "type": "string",
                                        "description": "The "
                                        "Text "
                                        "Request "
                                        "user "
                                        "who "
                                        "last "
                                        "texted "
                                        "the "
                                        "contact.",
                                    },
                                    "message_timestamp_utc": {
                                        "format": "date-time",
                                        "type": "string",
                                        "description": "Time (UTC)",
                                    },
                                    "delivery_status": {
                                        "type": "string",
                                        "description": "Known "
                                        "values: "
                                        "sending, "
                                        "delivered, "
                                        "error, "
                                        "send; "
                                        "more "
                                        "may "
                                        "come.",
                                    },
                                    "delivery_error": {
                                        "description": "Null unless delivery_status is error."
                                    },
                                    "mms_media": {
                                        "type": "array",
                                        "description": "Attachment URLs, made by Text Request.",
                                        "items": {"type": "string"},
                                    },
                                },
                                "required": [
                                    "message_id",
                                    "message_direction",
                                    "message_timestamp_utc",
                                ],
                            },
                        },
                        "required": ["phone_number"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetCustomFields",
        title="List the custom fields of a dashboard",
        description="List the custom fields of a dashboard\n\nReturns the dashboard's custom fields.",
        resource="custom_fields",
        method="list",
        positional=("dashboard_id",),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                }
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "result": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "Field ID"},
                            "name": {"type": "string", "description": "Name"},
                        },
                        "required": ["id"],
                    },
                }
            },
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetDashboard",
        title="Get a dashboard",
        description="Get a dashboard\n\nReturns the dashboard's name and number.",
        resource="dashboards",
        method="retrieve",
        positional=("dashboard_id",),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                }
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Dashboard ID"},
                "name": {"type": "string", "description": "Name"},
                "phone": {"type": "string", "description": "Phone Number"},
            },
            "required": ["id", "phone"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetDashboards",
        title="List the dashboards of the account",
        description=(
            "List the dashboards of the account\n"
            "\n"
            "Returns the account's dashboards, a page at a time."
        ),
        resource="dashboards",
        method="list",
        positional=(),
        keywords=("page", "page_size"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Dashboards",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Dashboard ID",
                            },
                            "name": {"type": "string", "description": "Name"},
                            "phone": {"type": "string", "description": "Phone Number"},
                        },
                        "required": ["id", "phone"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetGroupById",
        title="Get a group by id",
        description="Get a group by id\n\nReturns the group; 204 when there is none.",
        resource="groups",
        method="retrieve",
        positional=("dashboard_id", "group_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "group_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the group.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "group_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Group ID"},
                "group_member_count": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Members",
                },
                "is_keyword": {
                    "type": "boolean",
                    "description": "Made for a keyword; contacts who text it join.",
                },
                "name": {"type": "string", "description": "Name"},
                "notes": {"type": "string", "description": "Notes"},
                "last_message_sent_utc": {
                    "format": "date-time",
                    "description": "Last Message Sent (UTC)",
                },
            },
            "required": ["id", "name"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetGroups",
        title="List the groups of a dashboard",
        description="List the groups of a dashboard\n\nReturns the dashboard's groups, a page at a time.",
        resource="groups",
        method="list",
        positional=("dashboard_id",),
        keywords=("page", "page_size"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Groups",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"format": "int32", "type": "integer", "description": "Group ID"},
                            "group_member_count": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Members",
                            },
                            "is_keyword": {
                                "type": "boolean",
                                "description": "Made for a keyword; contacts who text it join.",
                            },
                            "name": {"type": "string", "description": "Name"},
                            "notes": {"type": "string", "description": "Notes"},
                            "last_message_sent_utc": {
                                "format": "date-time",
                                "description": "Last Message Sent (UTC)",
                            },
                        },
                        "required": ["id", "name"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetMessagesByContactPhone",
        title="Get the messages exchanged with a contact",
        description=(
            "Get the messages exchanged with a contact\n"
            "\n"
            "Returns the messages with the contact, a page at a time."
        ),
        resource="messages",
        method="list",
        positional=("dashboard_id", "phone_number"),
        keywords=("page", "page_size"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Messages",
                    "items": {
                        "type": "object",
                        "description": "Last Message",
                        "properties": {
                            "message_id": {
                                "type": "string",
                                "description": "Unique across all messages.",
                            },
                            "body": {"type": "string", "description": "Text"},
                            "message_direction": {
                                "type": "string",
                                "description": "R: received, S: sent; more values may come.",
                            },
                            "response_by_username": {
                                "type": "string",
                                "description": "The Text Request user who last texted the contact.",
                            },
                            "message_timestamp_utc": {
                                "format": "date-time",
                                "type": "string",
                                "description": "Time (UTC)",
                            },
                            "delivery_status": {
                                "type": "string",
                                "description": "Known "
                                "values: "
                                "sending, "
                                "delivered, "
                                "error, "
                                "send; "
                                "more "
                                "may "
                                "come.",
                            },
                            "delivery_error": {
                                "description": "Null unless delivery_status is error."
                            },
                            "mms_media": {
                                "type": "array",
                                "description": "Attachment URLs, made by Text Request.",
                                "items": {"type": "string"},
                            },
                        },
                        "required": ["message_id", "message_direction", "message_timestamp_utc"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetPayment",
        title="Get a payment by id",
        description="Get a payment by id\n\nReturns the payment; 204 when there is none.",
        resource="payments",
        method="retrieve",
        positional=("dashboard_id", "payment_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "payment_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the payment.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "payment_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "payment_id": {"format": "int32", "type": "integer", "description": "Payment ID"},
                "request_date": {
                    "format": "date-time",
                    "type": "string",
                    "description": "When its first text was queued.",
                },
                "recipient": {"description": "Null when the number has no contact name."},
                "description": {"type": "string", "description": "Never shown to the contact."},
                "customer_phone": {"type": "string", "description": "Customer Phone"},
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "description": "Amount (USD)",
                },
                "is_past_due": {"type": "boolean", "description": "Past Due"},
                "reminder_was_sent": {"type": "boolean", "description": "Only one can be sent."},
                "transaction_status": {
                    "type": "string",
                    "description": "At Authvia, the payment processor; starts as unknown.",
                },
                "textrequest_payment_status": {
                    "type": "string",
                    "description": "As the app shows it; starts as sent.",
                },
                "reference_number": {
                    "type": "string",
                    "description": "Your reference; not unique.",
                },
            },
            "required": ["payment_id", "customer_phone", "amount_requested"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetPayments",
        title="List the payments of a dashboard",
        description="List the payments of a dashboard\n\nReturns the dashboard's payments, a page at a time.",
        resource="payments",
        method="list",
        positional=("dashboard_id",),
        keywords=(
            "reference_number",
            "phone_number",
            "sort_type",
            "sort_direction",
            "page",
            "page_size",
        ),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "reference_number": {"type": "string", "description": "Its reference."},
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "Phone number.",
                },
                "sort_type": {
                    "type": "string",
                    "enum": ["amount", "contact", "date", "status"],
                    "description": "Sort by amount, contact, date or status.",
                },
                "sort_direction": {
                    "type": "string",
                    "enum": ["desc", "asc"],
                    "description": "desc: largest first; asc: smallest first.",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Payments",
                    "items": {
                        "type": "object",
                        "properties": {
                            "payment_id": {
                                "format": "int32",
                                "type": "integer",
                                "description": "Payment ID",
                            },
                            "request_date": {
                                "format": "date-time",
                                "type": "string",
                                "description": "When its first text was queued.",
                            },
                            "recipient": {
                                "description": "Null when the number has no contact name."
                            },
                            "description": {
                                "type": "string",
                                "description": "Never shown to the contact.",
                            },
                            "customer_phone": {"type": "string", "description": "Customer Phone"},
                            "amount_requested": {
                                "format": "float",
                                "type": "number",
                                "description": "Amount (USD)",
                            },
                            "is_past_due": {"type": "boolean", "description": "Past Due"},
                            "reminder_was_sent": {
                                "type": "boolean",
                                "description": "Only one can be sent.",
                            },
                            "transaction_status": {
                                "type": "string",
                                "description": "At "
                                "Authvia, "
                                "the "
                                "payment "
                                "processor; "
                                "starts "
                                "as "
                                "unknown.",
                            },
                            "textrequest_payment_status": {
                                "type": "string",
                                "description": "As the app shows it; starts as sent.",
                            },
                            "reference_number": {
                                "type": "string",
                                "description": "Your reference; not unique.",
                            },
                        },
                        "required": ["payment_id", "customer_phone", "amount_requested"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="GetTags",
        title="List the tags of a dashboard",
        description="List the tags of a dashboard\n\nReturns the dashboard's tags, a page at a time.",
        resource="tags",
        method="list",
        positional=("dashboard_id",),
        keywords=("page", "page_size"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "page": {
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer",
                    "description": "Page number, from 0.",
                },
                "page_size": {
                    "format": "int32",
                    "minimum": 1,
                    "maximum": 1000,
                    "type": "integer",
                    "description": "Items per page, at most 1000.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "meta": {
                    "type": "object",
                    "description": "Paging",
                    "properties": {
                        "page": {"format": "int32", "type": "integer", "description": "Page"},
                        "page_size": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items on this page.",
                        },
                        "total_items": {
                            "format": "int32",
                            "type": "integer",
                            "description": "Items in the whole list.",
                        },
                    },
                    "required": ["page", "page_size", "total_items"],
                },
                "items": {
                    "type": "array",
                    "description": "Tags",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string", "description": "As used in contact_tags."},
                            "tag_color": {
                                "type": "string",
                                "description": "Hexadecimal colour code.",
                            },
                            "tag": {"type": "string", "description": "Name"},
                        },
                        "required": ["id"],
                    },
                },
            },
            "required": ["meta", "items"],
        },
        wrapped_in="",
        read_only=True,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="MarkPaymentPaid",
        title="Mark a payment as paid",
        description=(
            "Mark a payment as paid\n"
            "\n"
            "Closes the payment as paid outside the payment portal. 400 when already closed.\n"
            "\n"
            "Caution: records money as received."
        ),
        resource="payments",
        method="mark_paid",
        positional=("dashboard_id", "payment_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "payment_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the payment.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "payment_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "payment_id": {"format": "int32", "type": "integer", "description": "Payment ID"},
                "request_date": {
                    "format": "date-time",
                    "type": "string",
                    "description": "When its first text was queued.",
                },
                "recipient": {"description": "Null when the number has no contact name."},
                "description": {"type": "string", "description": "Never shown to the contact."},
                "customer_phone": {"type": "string", "description": "Customer Phone"},
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "description": "Amount (USD)",
                },
                "is_past_due": {"type": "boolean", "description": "Past Due"},
                "reminder_was_sent": {"type": "boolean", "description": "Only one can be sent."},
                "transaction_status": {
                    "type": "string",
                    "description": "At Authvia, the payment processor; starts as unknown.",
                },
                "textrequest_payment_status": {
                    "type": "string",
                    "description": "As the app shows it; starts as sent.",
                },
                "reference_number": {
                    "type": "string",
                    "description": "Your reference; not unique.",
                },
            },
            "required": ["payment_id", "customer_phone", "amount_requested"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        name="SendMessageByPhoneNumber",
        title="Send a message to a contact",
        description=(
            "Send a message to a contact\n"
            "\n"
            "Texts the contact; not safe to repeat. 400 with neither body nor media, or if the "
            "contact opted out.\n"
            "\n"
            "Caution: texts a person."
        ),
        resource="messages",
        method="send",
        positional=("dashboard_id", "phone_number"),
        keywords=("body", "sender_name", "status_callback", "location_callback", "mms_media"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
                "body": {"type": "string", "description": "Required unless mms_media is given."},
                "sender_name": {"type": "string", "description": "Shown with the message."},
                "status_callback": {
                    "type": "string",
                    "description": "Gets a POST when the message is sent or fails.",
                },
                "location_callback": {
                    "type": "string",
                    "description": "Gets a POST when the recipient "
                    "shares their location via a "
                    "[Location Request] link.",
                },
                "mms_media": {
                    "type": "array",
                    "description": "URLs from the API's MMS upload; required without a body.",
                    "items": {"type": "string"},
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "description": "Last Message",
            "properties": {
                "message_id": {"type": "string", "description": "Unique across all messages."},
                "body": {"type": "string", "description": "Text"},
                "message_direction": {
                    "type": "string",
                    "description": "R: received, S: sent; more values may come.",
                },
                "response_by_username": {
                    "type": "string",
                    "description": "The Text Request user who last texted the contact.",
                },
                "message_timestamp_utc": {
                    "format": "date-time",
                    "type": "string",
                    "description": "Time (UTC)",
                },
                "delivery_status": {
                    "type": "string",
                    "description": "Known values: sending, delivered, error, send; more may come.",
                },
                "delivery_error": {"description": "Null unless delivery_status is error."},
                "mms_media": {
                    "type": "array",
                    "description": "Attachment URLs, made by Text Request.",
                    "items": {"type": "string"},
                },
            },
            "required": ["message_id", "message_direction", "message_timestamp_utc"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        name="SendPaymentReminder",
        title="Send a reminder to pay a payment",
        description=(
            "Send a reminder to pay a payment\n"
            "\n"
            "Texts a reminder to pay; a second one gets 400.\n"
            "\n"
            "Caution: texts a payment reminder to a person."
        ),
        resource="payments",
        method="send_reminder",
        positional=("dashboard_id", "payment_id"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "payment_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the payment.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "payment_id"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "payment_id": {"format": "int32", "type": "integer", "description": "Payment ID"},
                "request_date": {
                    "format": "date-time",
                    "type": "string",
                    "description": "When its first text was queued.",
                },
                "recipient": {"description": "Null when the number has no contact name."},
                "description": {"type": "string", "description": "Never shown to the contact."},
                "customer_phone": {"type": "string", "description": "Customer Phone"},
                "amount_requested": {
                    "format": "float",
                    "type": "number",
                    "description": "Amount (USD)",
                },
                "is_past_due": {"type": "boolean", "description": "Past Due"},
                "reminder_was_sent": {"type": "boolean", "description": "Only one can be sent."},
                "transaction_status": {
                    "type": "string",
                    "description": "At Authvia, the payment processor; starts as unknown.",
                },
                "textrequest_payment_status": {
                    "type": "string",
                    "description": "As the app shows it; starts as sent.",
                },
                "reference_number": {
                    "type": "string",
                    "description": "Your reference; not unique.",
                },
            },
            "required": ["payment_id", "customer_phone", "amount_requested"],
        },
        wrapped_in="",
        read_only=False,
        destructive=True,
        idempotent=False,
        open_world=True,
    ),
    ToolSpec(
        name="UnarchiveConversation",
        title="Unarchive a conversation",
        description="Unarchive a conversation\n\nBrings the conversation back into the queue and lists.",
        resource="conversations",
        method="unarchive",
        positional=("dashboard_id", "phone_number"),
        keywords=(),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "phone_number": {
                    "type": "string",
                    "pattern": "^[ ().+-]*(1[ ().+-]*)?([0-9][ ().+-]*){10}$",
                    "description": "The contact's number, as 4239876543.",
                },
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "phone_number"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {"result": {"type": "string"}},
            "required": ["result"],
        },
        wrapped_in="result",
        read_only=False,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="UpdateDashboardsName",
        title="Rename a dashboard",
        description="Rename a dashboard\n\nRenames the dashboard; its number never changes.",
        resource="dashboards",
        method="rename",
        positional=("dashboard_id",),
        keywords=("name",),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "name": {"minLength": 1, "type": "string", "description": "Name"},
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "name"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Dashboard ID"},
                "name": {"type": "string", "description": "Name"},
                "phone": {"type": "string", "description": "Phone Number"},
            },
            "required": ["id", "phone"],
        },
        wrapped_in="",
        read_only=False,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
    ToolSpec(
        name="UpdateGroup",
        title="Update a group",
        description="Update a group\n\nChanges the name and notes of the group.",
        resource="groups",
        method="update",
        positional=("dashboard_id", "group_id"),
        keywords=("name", "notes"),
        input_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "dashboard_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "The dashboard (phone line).",
                },
                "group_id": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Numeric id of the group.",
                },
                "name": {"minLength": 1, "type": "string", "description": "Name"},
                "notes": {"type": "string", "description": "A short phrase, for your own use."},
            },
            "additionalProperties": False,
            "required": ["dashboard_id", "group_id", "name"],
        },
        output_schema={
            "$schema": "http://json-schema.org/draft-07/schema#",
            "type": "object",
            "properties": {
                "id": {"format": "int32", "type": "integer", "description": "Group ID"},
                "group_member_count": {
                    "format": "int32",
                    "type": "integer",
                    "description": "Members",
                },
                "is_keyword": {
                    "type": "boolean",
                    "description": "Made for a keyword; contacts who text it join.",
                },
                "name": {"type": "string", "description": "Name"},
                "notes": {"type": "string", "description": "Notes"},
                "last_message_sent_utc": {
                    "format": "date-time",
                    "description": "Last Message Sent (UTC)",
                },
            },
            "required": ["id", "name"],
        },
        wrapped_in="",
        read_only=False,
        destructive=False,
        idempotent=True,
        open_world=False,
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Serve ``TOOLS`` as the command line asks; the client reads its key and URL itself."""
    return run(TOOLS, AsyncClient, argv)


if __name__ == "__main__":
    raise SystemExit(main())
