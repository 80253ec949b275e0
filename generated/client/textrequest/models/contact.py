"""Contact"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .custom_field_value import CustomFieldValue, CustomFieldValueParam
    from .message import Message, MessageParam


@dataclass(kw_only=True, repr=False)
class Contact(BaseModel):
    """Contact

    Attributes:
        phone_number: phone_number
        first_name: first_name
        last_name: last_name
        display_name: Full name, as the app lists it.
        is_suppressed: Their texts do not lift the conversation in the queue.
        is_archived: Archived conversations are left out of lists.
        is_blocked: Their texts are neither received nor kept.
        suppressed_reason: Null unless suppressed.
        note: Never shown to the contact.
        groups: Unknown ids are ignored.
        contact_tags: Unknown ids are ignored.
        custom_fields: Unknown ids are ignored.
        is_resolved: A new text from the contact sets it back to false.
        first_contact_utc: first_contact_utc
        opted_out_utc: Null if they have not opted out.
        last_msg_sent_utc: last_msg_sent_utc
        last_msg_received_utc: last_msg_received_utc
        total_msgs_sent: total_msgs_sent
        total_msgs_received: total_msgs_received
        response_count: response_count
        date_created_utc: date_created_utc
        last_contact_date_utc: Last text either way.
        last_message: last_message
    """

    phone_number: str
    first_name: str | None = None
    last_name: str | None = None
    display_name: str | None = None
    is_suppressed: bool | None = None
    is_archived: bool | None = None
    is_blocked: bool | None = None
    suppressed_reason: str | None = None
    note: str | None = None
    groups: list[int] | None = None
    contact_tags: list[str] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    is_resolved: bool | None = None
    first_contact_utc: datetime.datetime | None = None
    opted_out_utc: datetime.datetime | None = None
    last_msg_sent_utc: datetime.datetime | None = None
    last_msg_received_utc: datetime.datetime | None = None
    total_msgs_sent: int | None = None
    total_msgs_received: int | None = None
    response_count: int | None = None
    date_created_utc: datetime.datetime | None = None
    last_contact_date_utc: datetime.datetime | None = None
    last_message: Message | None = None


class ContactParam(TypedDict, total=False):
    """``Contact`` as a plain dict, for arguments: keys are the JSON names."""

    phone_number: Required[str]
    first_name: str
    last_name: str
    display_name: str
    is_suppressed: bool
    is_archived: bool
    is_blocked: bool
    suppressed_reason: str | None
    note: str
    groups: Sequence[int]
    contact_tags: Sequence[str]
    custom_fields: Sequence[CustomFieldValue | CustomFieldValueParam]
    is_resolved: bool
    first_contact_utc: datetime.datetime | None
    opted_out_utc: datetime.datetime | None
    last_msg_sent_utc: datetime.datetime | None
    last_msg_received_utc: datetime.datetime | None
    total_msgs_sent: int
    total_msgs_received: int
    response_count: int
    date_created_utc: datetime.datetime
    last_contact_date_utc: datetime.datetime | None
    last_message: Message | MessageParam


__all__ = ["Contact", "ContactParam"]
