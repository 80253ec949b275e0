from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        message_id (str | Unset): Unique across all messages.
        body (str | Unset):
        message_direction (str | Unset): R: received, S: sent; more values may come.
        response_by_username (str | Unset): The Text Request user who last texted the contact.
        message_timestamp_utc (datetime.datetime | Unset):
        delivery_status (str | Unset): Known values: sending, delivered, error, send; more may come.
        delivery_error (None | str | Unset): Null unless delivery_status is error.
        mms_media (list[str] | Unset): Attachment URLs, made by Text Request.
    """

    message_id: str | Unset = UNSET
    body: str | Unset = UNSET
    message_direction: str | Unset = UNSET
    response_by_username: str | Unset = UNSET
    message_timestamp_utc: datetime.datetime | Unset = UNSET
    delivery_status: str | Unset = UNSET
    delivery_error: None | str | Unset = UNSET
    mms_media: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        body = self.body

        message_direction = self.message_direction

        response_by_username = self.response_by_username

        message_timestamp_utc: str | Unset = UNSET
        if not isinstance(self.message_timestamp_utc, Unset):
            message_timestamp_utc = self.message_timestamp_utc.isoformat()

        delivery_status = self.delivery_status

        delivery_error: None | str | Unset
        if isinstance(self.delivery_error, Unset):
            delivery_error = UNSET
        else:
            delivery_error = self.delivery_error

        mms_media: list[str] | Unset = UNSET
        if not isinstance(self.mms_media, Unset):
            mms_media = self.mms_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if body is not UNSET:
            field_dict["body"] = body
        if message_direction is not UNSET:
            field_dict["message_direction"] = message_direction
        if response_by_username is not UNSET:
            field_dict["response_by_username"] = response_by_username
        if message_timestamp_utc is not UNSET:
            field_dict["message_timestamp_utc"] = message_timestamp_utc
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status
        if delivery_error is not UNSET:
            field_dict["delivery_error"] = delivery_error
        if mms_media is not UNSET:
            field_dict["mms_media"] = mms_media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        body = d.pop("body", UNSET)

        message_direction = d.pop("message_direction", UNSET)

        response_by_username = d.pop("response_by_username", UNSET)

        _message_timestamp_utc = d.pop("message_timestamp_utc", UNSET)
        message_timestamp_utc: datetime.datetime | Unset
        if isinstance(_message_timestamp_utc, Unset):
            message_timestamp_utc = UNSET
        else:
            message_timestamp_utc = datetime.datetime.fromisoformat(_message_timestamp_utc)

        delivery_status = d.pop("delivery_status", UNSET)

        def _parse_delivery_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_error = _parse_delivery_error(d.pop("delivery_error", UNSET))

        mms_media = cast(list[str], d.pop("mms_media", UNSET))

        message = cls(
            message_id=message_id,
            body=body,
            message_direction=message_direction,
            response_by_username=response_by_username,
            message_timestamp_utc=message_timestamp_utc,
            delivery_status=delivery_status,
            delivery_error=delivery_error,
            mms_media=mms_media,
        )

        message.additional_properties = d
        return message

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
