from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        id (int | Unset):
        group_member_count (int | Unset):
        is_keyword (bool | Unset): Made for a keyword; contacts who text it join.
        name (str | Unset):
        notes (str | Unset):
        last_message_sent_utc (datetime.datetime | None | Unset):
    """

    id: int | Unset = UNSET
    group_member_count: int | Unset = UNSET
    is_keyword: bool | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    last_message_sent_utc: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_member_count = self.group_member_count

        is_keyword = self.is_keyword

        name = self.name

        notes = self.notes

        last_message_sent_utc: None | str | Unset
        if isinstance(self.last_message_sent_utc, Unset):
            last_message_sent_utc = UNSET
        elif isinstance(self.last_message_sent_utc, datetime.datetime):
            last_message_sent_utc = self.last_message_sent_utc.isoformat()
        else:
            last_message_sent_utc = self.last_message_sent_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if group_member_count is not UNSET:
            field_dict["group_member_count"] = group_member_count
        if is_keyword is not UNSET:
            field_dict["is_keyword"] = is_keyword
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if last_message_sent_utc is not UNSET:
            field_dict["last_message_sent_utc"] = last_message_sent_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        group_member_count = d.pop("group_member_count", UNSET)

        is_keyword = d.pop("is_keyword", UNSET)

        name = d.pop("name", UNSET)

        notes = d.pop("notes", UNSET)

        def _parse_last_message_sent_utc(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_message_sent_utc_type_0 = datetime.datetime.fromisoformat(data)

                return last_message_sent_utc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_message_sent_utc = _parse_last_message_sent_utc(d.pop("last_message_sent_utc", UNSET))

        group = cls(
            id=id,
            group_member_count=group_member_count,
            is_keyword=is_keyword,
            name=name,
            notes=notes,
            last_message_sent_utc=last_message_sent_utc,
        )

        group.additional_properties = d
        return group

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
