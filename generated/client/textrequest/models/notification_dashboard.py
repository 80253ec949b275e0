from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationDashboard")


@_attrs_define
class NotificationDashboard:
    """
    Attributes:
        id (int | Unset):
        external_phone_id (str | Unset): Id in a linked outside system.
        description (str | Unset):
        phone_number (str | Unset):
    """

    id: int | Unset = UNSET
    external_phone_id: str | Unset = UNSET
    description: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_phone_id = self.external_phone_id

        description = self.description

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_phone_id is not UNSET:
            field_dict["externalPhoneId"] = external_phone_id
        if description is not UNSET:
            field_dict["description"] = description
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        external_phone_id = d.pop("externalPhoneId", UNSET)

        description = d.pop("description", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        notification_dashboard = cls(
            id=id,
            external_phone_id=external_phone_id,
            description=description,
            phone_number=phone_number,
        )

        notification_dashboard.additional_properties = d
        return notification_dashboard

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
