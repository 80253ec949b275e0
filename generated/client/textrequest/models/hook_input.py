from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_input_event import HookInputEvent

T = TypeVar("T", bound="HookInput")


@_attrs_define
class HookInput:
    """
    Attributes:
        target_url (str): Power Automate fills it in.
        event (HookInputEvent): msg_received: texts a contact sends; msg_sent: texts the dashboard sends.
        http_verb (str): Method of the posts. Default: 'POST'.
    """

    target_url: str
    event: HookInputEvent
    http_verb: str = "POST"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_url = self.target_url

        event = self.event.value

        http_verb = self.http_verb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_url": target_url,
                "event": event,
                "httpVerb": http_verb,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_url = d.pop("target_url")

        event = HookInputEvent(d.pop("event"))

        http_verb = d.pop("httpVerb")

        hook_input = cls(
            target_url=target_url,
            event=event,
            http_verb=http_verb,
        )

        hook_input.additional_properties = d
        return hook_input

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
