"""PaymentInput"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class PaymentInput(BaseModel):
    """PaymentInput

    Attributes:
        customer_phone: The contact to ask.
        amount_requested: More than 0.
        description: Never shown to the contact.
        message: Sent with the payment link.
        reference_number: Your reference, to find it later; not unique.
    """

    customer_phone: str
    amount_requested: float
    description: str | None = None
    message: str | None = None
    reference_number: str | None = None


class PaymentInputParam(TypedDict, total=False):
    """``PaymentInput`` as a plain dict, for arguments: keys are the JSON names."""

    customer_phone: Required[str]
    amount_requested: Required[float]
    description: str
    message: str
    reference_number: str


__all__ = ["PaymentInput", "PaymentInputParam"]
