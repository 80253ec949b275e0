from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_account import NotificationAccount
    from ..models.notification_conversation import NotificationConversation
    from ..models.notification_dashboard import NotificationDashboard


T = TypeVar("T", bound="MessageNotification")


@_attrs_define
class MessageNotification:
    """
    Attributes:
        message_unique_identifier (str | Unset):
        account (NotificationAccount | Unset):
        your_phone_number (NotificationDashboard | Unset):
        conversation (NotificationConversation | Unset):
    """

    message_unique_identifier: str | Unset = UNSET
    account: NotificationAccount | Unset = UNSET
    your_phone_number: NotificationDashboard | Unset = UNSET
    conversation: NotificationConversation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_unique_identifier = self.message_unique_identifier

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        your_phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.your_phone_number, Unset):
            your_phone_number = self.your_phone_number.to_dict()

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation, Unset):
            conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_unique_identifier is not UNSET:
            field_dict["messageUniqueIdentifier"] = message_unique_identifier
        if account is not UNSET:
            field_dict["account"] = account
        if your_phone_number is not UNSET:
            field_dict["yourPhoneNumber"] = your_phone_number
        if conversation is not UNSET:
            field_dict["conversation"] = conversation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_account import NotificationAccount  # noqa: PLC0415
        from ..models.notification_conversation import NotificationConversation  # noqa: PLC0415
        from ..models.notification_dashboard import NotificationDashboard  # noqa: PLC0415

        d = dict(src_dict)
        message_unique_identifier = d.pop("messageUniqueIdentifier", UNSET)

        _account = d.pop("account", UNSET)
        account: NotificationAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = NotificationAccount.from_dict(_account)

        _your_phone_number = d.pop("yourPhoneNumber", UNSET)
        your_phone_number: NotificationDashboard | Unset
        if isinstance(_your_phone_number, Unset):
            your_phone_number = UNSET
        else:
            your_phone_number = NotificationDashboard.from_dict(_your_phone_number)

        _conversation = d.pop("conversation", UNSET)
        conversation: NotificationConversation | Unset
        if isinstance(_conversation, Unset):
            conversation = UNSET
        else:
            conversation = NotificationConversation.from_dict(_conversation)

        message_notification = cls(
            message_unique_identifier=message_unique_identifier,
            account=account,
            your_phone_number=your_phone_number,
            conversation=conversation,
        )

        message_notification.additional_properties = d
        return message_notification

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
