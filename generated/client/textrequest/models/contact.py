from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_value import CustomFieldValue
    from ..models.message import Message


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        phone_number (str):
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset): Full name, as the app lists it.
        is_suppressed (bool | Unset): Their texts do not lift the conversation in the queue.
        is_archived (bool | Unset): Archived conversations are left out of lists.
        is_blocked (bool | Unset): Their texts are neither received nor kept.
        suppressed_reason (None | str | Unset): Null unless suppressed.
        note (str | Unset): Never shown to the contact.
        groups (list[int] | Unset): Unknown ids are ignored.
        contact_tags (list[str] | Unset): Unknown ids are ignored.
        custom_fields (list[CustomFieldValue] | Unset): Unknown ids are ignored.
        is_resolved (bool | Unset): A new text from the contact sets it back to false.
        first_contact_utc (datetime.datetime | None | Unset):
        opted_out_utc (datetime.datetime | None | Unset): Null if they have not opted out.
        last_msg_sent_utc (datetime.datetime | None | Unset):
        last_msg_received_utc (datetime.datetime | None | Unset):
        total_msgs_sent (int | Unset):
        total_msgs_received (int | Unset):
        response_count (int | Unset):
        date_created_utc (datetime.datetime | Unset):
        last_contact_date_utc (datetime.datetime | None | Unset): Last text either way.
        last_message (Message | Unset):
    """

    phone_number: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    is_suppressed: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_blocked: bool | Unset = UNSET
    suppressed_reason: None | str | Unset = UNSET
    note: str | Unset = UNSET
    groups: list[int] | Unset = UNSET
    contact_tags: list[str] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    is_resolved: bool | Unset = UNSET
    first_contact_utc: datetime.datetime | None | Unset = UNSET
    opted_out_utc: datetime.datetime | None | Unset = UNSET
    last_msg_sent_utc: datetime.datetime | None | Unset = UNSET
    last_msg_received_utc: datetime.datetime | None | Unset = UNSET
    total_msgs_sent: int | Unset = UNSET
    total_msgs_received: int | Unset = UNSET
    response_count: int | Unset = UNSET
    date_created_utc: datetime.datetime | Unset = UNSET
    last_contact_date_utc: datetime.datetime | None | Unset = UNSET
    last_message: Message | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        is_suppressed = self.is_suppressed

        is_archived = self.is_archived

        is_blocked = self.is_blocked

        suppressed_reason: None | str | Unset
        if isinstance(self.suppressed_reason, Unset):
            suppressed_reason = UNSET
        else:
            suppressed_reason = self.suppressed_reason

        note = self.note

        groups: list[int] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        contact_tags: list[str] | Unset = UNSET
        if not isinstance(self.contact_tags, Unset):
            contact_tags = self.contact_tags

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        is_resolved = self.is_resolved

        first_contact_utc: None | str | Unset
        if isinstance(self.first_contact_utc, Unset):
            first_contact_utc = UNSET
        elif isinstance(self.first_contact_utc, datetime.datetime):
            first_contact_utc = self.first_contact_utc.isoformat()
        else:
            first_contact_utc = self.first_contact_utc

        opted_out_utc: None | str | Unset
        if isinstance(self.opted_out_utc, Unset):
            opted_out_utc = UNSET
        elif isinstance(self.opted_out_utc, datetime.datetime):
            opted_out_utc = self.opted_out_utc.isoformat()
        else:
            opted_out_utc = self.opted_out_utc

        last_msg_sent_utc: None | str | Unset
        if isinstance(self.last_msg_sent_utc, Unset):
            last_msg_sent_utc = UNSET
        elif isinstance(self.last_msg_sent_utc, datetime.datetime):
            last_msg_sent_utc = self.last_msg_sent_utc.isoformat()
        else:
            last_msg_sent_utc = self.last_msg_sent_utc

        last_msg_received_utc: None | str | Unset
        if isinstance(self.last_msg_received_utc, Unset):
            last_msg_received_utc = UNSET
        elif isinstance(self.last_msg_received_utc, datetime.datetime):
            last_msg_received_utc = self.last_msg_received_utc.isoformat()
        else:
            last_msg_received_utc = self.last_msg_received_utc

        total_msgs_sent = self.total_msgs_sent

        total_msgs_received = self.total_msgs_received

        response_count = self.response_count

        date_created_utc: str | Unset = UNSET
        if not isinstance(self.date_created_utc, Unset):
            date_created_utc = self.date_created_utc.isoformat()

        last_contact_date_utc: None | str | Unset
        if isinstance(self.last_contact_date_utc, Unset):
            last_contact_date_utc = UNSET
        elif isinstance(self.last_contact_date_utc, datetime.datetime):
            last_contact_date_utc = self.last_contact_date_utc.isoformat()
        else:
            last_contact_date_utc = self.last_contact_date_utc

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if is_suppressed is not UNSET:
            field_dict["is_suppressed"] = is_suppressed
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if is_blocked is not UNSET:
            field_dict["is_blocked"] = is_blocked
        if suppressed_reason is not UNSET:
            field_dict["suppressed_reason"] = suppressed_reason
        if note is not UNSET:
            field_dict["note"] = note
        if groups is not UNSET:
            field_dict["groups"] = groups
        if contact_tags is not UNSET:
            field_dict["contact_tags"] = contact_tags
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if is_resolved is not UNSET:
            field_dict["is_resolved"] = is_resolved
        if first_contact_utc is not UNSET:
            field_dict["first_contact_utc"] = first_contact_utc
        if opted_out_utc is not UNSET:
            field_dict["opted_out_utc"] = opted_out_utc
        if last_msg_sent_utc is not UNSET:
            field_dict["last_msg_sent_utc"] = last_msg_sent_utc
        if last_msg_received_utc is not UNSET:
            field_dict["last_msg_received_utc"] = last_msg_received_utc
        if total_msgs_sent is not UNSET:
            field_dict["total_msgs_sent"] = total_msgs_sent
        if total_msgs_received is not UNSET:
            field_dict["total_msgs_received"] = total_msgs_received
        if response_count is not UNSET:
            field_dict["response_count"] = response_count
        if date_created_utc is not UNSET:
            field_dict["date_created_utc"] = date_created_utc
        if last_contact_date_utc is not UNSET:
            field_dict["last_contact_date_utc"] = last_contact_date_utc
        if last_message is not UNSET:
            field_dict["last_message"] = last_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_value import CustomFieldValue  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        is_suppressed = d.pop("is_suppressed", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        is_blocked = d.pop("is_blocked", UNSET)

        def _parse_suppressed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suppressed_reason = _parse_suppressed_reason(d.pop("suppressed_reason", UNSET))

        note = d.pop("note", UNSET)

        groups = cast(list[int], d.pop("groups", UNSET))

        contact_tags = cast(list[str], d.pop("contact_tags", UNSET))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        is_resolved = d.pop("is_resolved", UNSET)

        def _parse_first_contact_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_contact_utc_type_0 = datetime.datetime.fromisoformat(data)

                return first_contact_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_contact_utc = _parse_first_contact_utc(d.pop("first_contact_utc", UNSET))

        def _parse_opted_out_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opted_out_utc_type_0 = datetime.datetime.fromisoformat(data)

                return opted_out_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        opted_out_utc = _parse_opted_out_utc(d.pop("opted_out_utc", UNSET))

        def _parse_last_msg_sent_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_msg_sent_utc_type_0 = datetime.datetime.fromisoformat(data)

                return last_msg_sent_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_msg_sent_utc = _parse_last_msg_sent_utc(d.pop("last_msg_sent_utc", UNSET))

        def _parse_last_msg_received_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_msg_received_utc_type_0 = datetime.datetime.fromisoformat(data)

                return last_msg_received_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_msg_received_utc = _parse_last_msg_received_utc(d.pop("last_msg_received_utc", UNSET))

        total_msgs_sent = d.pop("total_msgs_sent", UNSET)

        total_msgs_received = d.pop("total_msgs_received", UNSET)

        response_count = d.pop("response_count", UNSET)

        _date_created_utc = d.pop("date_created_utc", UNSET)
        date_created_utc: datetime.datetime | Unset
        if isinstance(_date_created_utc, Unset):
            date_created_utc = UNSET
        else:
            date_created_utc = datetime.datetime.fromisoformat(_date_created_utc)

        def _parse_last_contact_date_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_contact_date_utc_type_0 = datetime.datetime.fromisoformat(data)

                return last_contact_date_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_contact_date_utc = _parse_last_contact_date_utc(d.pop("last_contact_date_utc", UNSET))

        _last_message = d.pop("last_message", UNSET)
        last_message: Message | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = Message.from_dict(_last_message)

        contact = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            display_name=display_name,
            is_suppressed=is_suppressed,
            is_archived=is_archived,
            is_blocked=is_blocked,
            suppressed_reason=suppressed_reason,
            note=note,
            groups=groups,
            contact_tags=contact_tags,
            custom_fields=custom_fields,
            is_resolved=is_resolved,
            first_contact_utc=first_contact_utc,
            opted_out_utc=opted_out_utc,
            last_msg_sent_utc=last_msg_sent_utc,
            last_msg_received_utc=last_msg_received_utc,
            total_msgs_sent=total_msgs_sent,
            total_msgs_received=total_msgs_received,
            response_count=response_count,
            date_created_utc=date_created_utc,
            last_contact_date_utc=last_contact_date_utc,
            last_message=last_message,
        )

        contact.additional_properties = d
        return contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
