"""Payment"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Payment(BaseModel):
    """Payment

    Attributes:
        payment_id: Payment ID
        customer_phone: Customer Phone
        amount_requested: Amount (USD)
        request_date: When its first text was queued.
        recipient: Null when the number has no contact name.
        description: Never shown to the contact.
        is_past_due: Past Due
        reminder_was_sent: Only one can be sent.
        transaction_status: At Authvia, the payment processor; starts as unknown.
        textrequest_payment_status: As the app shows it; starts as sent.
        reference_number: Your reference; not unique.
    """

    payment_id: int
    customer_phone: str
    amount_requested: float
    request_date: datetime.datetime | None = None
    recipient: str | None = None
    description: str | None = None
    is_past_due: bool | None = None
    reminder_was_sent: bool | None = None
    transaction_status: str | None = None
    textrequest_payment_status: str | None = None
    reference_number: str | None = None


class PaymentParam(TypedDict, total=False):
    """``Payment`` as a plain dict, for arguments: keys are the JSON names."""

    payment_id: Required[int]
    customer_phone: Required[str]
    amount_requested: Required[float]
    request_date: datetime.datetime
    recipient: str | None
    description: str
    is_past_due: bool
    reminder_was_sent: bool
    transaction_status: str
    textrequest_payment_status: str
    reference_number: str


__all__ = ["Payment", "PaymentParam"]
