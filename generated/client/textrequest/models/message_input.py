from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageInput")


@_attrs_define
class MessageInput:
    """
    Attributes:
        body (str | Unset): Required unless mms_media is given.
        sender_name (str | Unset): Shown with the message.
        status_callback (str | Unset): Gets a POST when the message is sent or fails.
        location_callback (str | Unset): Gets a POST when the recipient shares their location via a [Location Request]
            link.
        mms_media (list[str] | Unset): URLs from the API's MMS upload; required without a body.
    """

    body: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    status_callback: str | Unset = UNSET
    location_callback: str | Unset = UNSET
    mms_media: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        sender_name = self.sender_name

        status_callback = self.status_callback

        location_callback = self.location_callback

        mms_media: list[str] | Unset = UNSET
        if not isinstance(self.mms_media, Unset):
            mms_media = self.mms_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if status_callback is not UNSET:
            field_dict["status_callback"] = status_callback
        if location_callback is not UNSET:
            field_dict["location_callback"] = location_callback
        if mms_media is not UNSET:
            field_dict["mms_media"] = mms_media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        sender_name = d.pop("sender_name", UNSET)

        status_callback = d.pop("status_callback", UNSET)

        location_callback = d.pop("location_callback", UNSET)

        mms_media = cast(list[str], d.pop("mms_media", UNSET))

        message_input = cls(
            body=body,
            sender_name=sender_name,
            status_callback=status_callback,
            location_callback=location_callback,
            mms_media=mms_media,
        )

        message_input.additional_properties = d
        return message_input

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
