from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        payment_id (int | Unset):
        request_date (datetime.datetime | Unset): When its first text was queued.
        recipient (None | str | Unset): Null when the number has no contact name.
        description (str | Unset): Never shown to the contact.
        customer_phone (str | Unset):
        amount_requested (float | Unset):
        is_past_due (bool | Unset):
        reminder_was_sent (bool | Unset): Only one can be sent.
        transaction_status (str | Unset): At Authvia, the payment processor; starts as unknown.
        textrequest_payment_status (str | Unset): As the app shows it; starts as sent.
        reference_number (str | Unset): Your reference; not unique.
    """

    payment_id: int | Unset = UNSET
    request_date: datetime.datetime | Unset = UNSET
    recipient: None | str | Unset = UNSET
    description: str | Unset = UNSET
    customer_phone: str | Unset = UNSET
    amount_requested: float | Unset = UNSET
    is_past_due: bool | Unset = UNSET
    reminder_was_sent: bool | Unset = UNSET
    transaction_status: str | Unset = UNSET
    textrequest_payment_status: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        request_date: str | Unset = UNSET
        if not isinstance(self.request_date, Unset):
            request_date = self.request_date.isoformat()

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        description = self.description

        customer_phone = self.customer_phone

        amount_requested = self.amount_requested

        is_past_due = self.is_past_due

        reminder_was_sent = self.reminder_was_sent

        transaction_status = self.transaction_status

        textrequest_payment_status = self.textrequest_payment_status

        reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if description is not UNSET:
            field_dict["description"] = description
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if amount_requested is not UNSET:
            field_dict["amount_requested"] = amount_requested
        if is_past_due is not UNSET:
            field_dict["is_past_due"] = is_past_due
        if reminder_was_sent is not UNSET:
            field_dict["reminder_was_sent"] = reminder_was_sent
        if transaction_status is not UNSET:
            field_dict["transaction_status"] = transaction_status
        if textrequest_payment_status is not UNSET:
            field_dict["textrequest_payment_status"] = textrequest_payment_status
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_id = d.pop("payment_id", UNSET)

        _request_date = d.pop("request_date", UNSET)
        request_date: datetime.datetime | Unset
        if isinstance(_request_date, Unset):
            request_date = UNSET
        else:
            request_date = datetime.datetime.fromisoformat(_request_date)

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        description = d.pop("description", UNSET)

        customer_phone = d.pop("customer_phone", UNSET)

        amount_requested = d.pop("amount_requested", UNSET)

        is_past_due = d.pop("is_past_due", UNSET)

        reminder_was_sent = d.pop("reminder_was_sent", UNSET)

        transaction_status = d.pop("transaction_status", UNSET)

        textrequest_payment_status = d.pop("textrequest_payment_status", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        payment = cls(
            payment_id=payment_id,
            request_date=request_date,
            recipient=recipient,
            description=description,
            customer_phone=customer_phone,
            amount_requested=amount_requested,
            is_past_due=is_past_due,
            reminder_was_sent=reminder_was_sent,
            transaction_status=transaction_status,
            textrequest_payment_status=textrequest_payment_status,
            reference_number=reference_number,
        )

        payment.additional_properties = d
        return payment

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
