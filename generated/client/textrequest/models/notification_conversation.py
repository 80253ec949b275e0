from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationConversation")


@_attrs_define
class NotificationConversation:
    """
    Attributes:
        id (int | Unset):
        date (datetime.datetime | Unset):
        consumer_phone_number (str | Unset):
        message_direction (str | Unset): Received from or sent to the contact.
        message (str | Unset):
        num_segments (int | Unset): SMS segments the text took.
        status (str | Unset):
        claimed_by (str | Unset): Absent when no user claimed it.
        consumer_friendly_name (str | Unset):
        mms_attachments (list[Any] | Unset):
    """

    id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    consumer_phone_number: str | Unset = UNSET
    message_direction: str | Unset = UNSET
    message: str | Unset = UNSET
    num_segments: int | Unset = UNSET
    status: str | Unset = UNSET
    claimed_by: str | Unset = UNSET
    consumer_friendly_name: str | Unset = UNSET
    mms_attachments: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        consumer_phone_number = self.consumer_phone_number

        message_direction = self.message_direction

        message = self.message

        num_segments = self.num_segments

        status = self.status

        claimed_by = self.claimed_by

        consumer_friendly_name = self.consumer_friendly_name

        mms_attachments: list[Any] | Unset = UNSET
        if not isinstance(self.mms_attachments, Unset):
            mms_attachments = self.mms_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if consumer_phone_number is not UNSET:
            field_dict["consumerPhoneNumber"] = consumer_phone_number
        if message_direction is not UNSET:
            field_dict["messageDirection"] = message_direction
        if message is not UNSET:
            field_dict["message"] = message
        if num_segments is not UNSET:
            field_dict["numSegments"] = num_segments
        if status is not UNSET:
            field_dict["status"] = status
        if claimed_by is not UNSET:
            field_dict["claimedBy"] = claimed_by
        if consumer_friendly_name is not UNSET:
            field_dict["consumerFriendlyName"] = consumer_friendly_name
        if mms_attachments is not UNSET:
            field_dict["mmsAttachments"] = mms_attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        consumer_phone_number = d.pop("consumerPhoneNumber", UNSET)

        message_direction = d.pop("messageDirection", UNSET)

        message = d.pop("message", UNSET)

        num_segments = d.pop("numSegments", UNSET)

        status = d.pop("status", UNSET)

        claimed_by = d.pop("claimedBy", UNSET)

        consumer_friendly_name = d.pop("consumerFriendlyName", UNSET)

        mms_attachments = cast(list[Any], d.pop("mmsAttachments", UNSET))

        notification_conversation = cls(
            id=id,
            date=date,
            consumer_phone_number=consumer_phone_number,
            message_direction=message_direction,
            message=message,
            num_segments=num_segments,
            status=status,
            claimed_by=claimed_by,
            consumer_friendly_name=consumer_friendly_name,
            mms_attachments=mms_attachments,
        )

        notification_conversation.additional_properties = d
        return notification_conversation

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
