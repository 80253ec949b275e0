from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentInput")


@_attrs_define
class PaymentInput:
    """
    Attributes:
        customer_phone (str): The contact to ask.
        amount_requested (float): More than 0.
        description (str | Unset): Never shown to the contact.
        message (str | Unset): Sent with the payment link.
        reference_number (str | Unset): Your reference, to find it later; not unique.
    """

    customer_phone: str
    amount_requested: float
    description: str | Unset = UNSET
    message: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_phone = self.customer_phone

        amount_requested = self.amount_requested

        description = self.description

        message = self.message

        reference_number = self.reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_phone": customer_phone,
                "amount_requested": amount_requested,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if message is not UNSET:
            field_dict["message"] = message
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_phone = d.pop("customer_phone")

        amount_requested = d.pop("amount_requested")

        description = d.pop("description", UNSET)

        message = d.pop("message", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        payment_input = cls(
            customer_phone=customer_phone,
            amount_requested=amount_requested,
            description=description,
            message=message,
            reference_number=reference_number,
        )

        payment_input.additional_properties = d
        return payment_input

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
