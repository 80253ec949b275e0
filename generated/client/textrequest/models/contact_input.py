"""ContactInput"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .custom_field_value import CustomFieldValue, CustomFieldValueParam


@dataclass(kw_only=True, repr=False)
class ContactInput(BaseModel):
    """ContactInput

    Attributes:
        first_name: First Name
        last_name: Last Name
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
    """

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


class ContactInputParam(TypedDict, total=False):
    """``ContactInput`` as a plain dict, for arguments: keys are the JSON names."""

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


__all__ = ["ContactInput", "ContactInputParam"]
