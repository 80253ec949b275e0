"""PaymentsApi: the operations tagged "Payments".

``Client.payments`` is a ``PaymentsApi``, ``AsyncClient.payments`` an ``AsyncPaymentsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.get_payments_sort_direction import GetPaymentsSortDirection
from ...models.get_payments_sort_type import GetPaymentsSortType
from ...models.payment import Payment
from ...models.payment_input import PaymentInput
from ...models.payment_page import PaymentPage
from ...types import UNSET, Unset
from .. import aiterate_pages, iterate_pages
from . import cancel_payment as _cancel_payment
from . import create_payment as _create_payment
from . import get_payment as _get_payment
from . import get_payments as _get_payments
from . import mark_payment_paid as _mark_payment_paid
from . import send_payment_reminder as _send_payment_reminder

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class PaymentsApi:
    """The "Payments" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "PaymentsApi()"

    def cancel_payment(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Cancel a payment

            Cancels the payment and texts the customer so. 400 when already closed.

        CancelPayment: POST /dashboards/{dashboard_id}/payments/{payment_id}/cancel
        """
        response = self._client.http.request(
            **_cancel_payment.request(
                dashboard_id,
                payment_id,
            )
        )
        return _cancel_payment.parse(response)

    def create_payment(
        self,
        dashboard_id: int,
        *,
        body: PaymentInput,
    ) -> Payment:
        """Request a payment from a contact

            Texts the contact a payment link; not safe to repeat.

        CreatePayment: POST /dashboards/{dashboard_id}/payments
        """
        response = self._client.http.request(
            **_create_payment.request(
                dashboard_id,
                body=body,
            )
        )
        return _create_payment.parse(response)

    def get_payment(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment | None:
        """Get a payment by id

            Returns the payment; 204 when there is none.

        GetPayment: GET /dashboards/{dashboard_id}/payments/{payment_id}
        """
        response = self._client.http.request(
            **_get_payment.request(
                dashboard_id,
                payment_id,
            )
        )
        return _get_payment.parse(response)

    def get_payments(
        self,
        dashboard_id: int,
        *,
        reference_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        sort_type: GetPaymentsSortType | Unset = GetPaymentsSortType.DATE,
        sort_direction: GetPaymentsSortDirection | Unset = GetPaymentsSortDirection.DESC,
        page: int = 0,
        page_size: int = 50,
    ) -> PaymentPage:
        """List the payments of a dashboard

            Returns the dashboard's payments, a page at a time.

        GetPayments: GET /dashboards/{dashboard_id}/payments
        """
        response = self._client.http.request(
            **_get_payments.request(
                dashboard_id,
                reference_number=reference_number,
                phone_number=phone_number,
                sort_type=sort_type,
                sort_direction=sort_direction,
                page=page,
                page_size=page_size,
            )
        )
        return _get_payments.parse(response)

    def iter_get_payments(
        self,
        dashboard_id: int,
        *,
        reference_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        sort_type: GetPaymentsSortType | Unset = GetPaymentsSortType.DATE,
        sort_direction: GetPaymentsSortDirection | Unset = GetPaymentsSortDirection.DESC,
        page_size: int = 50,
    ) -> Iterator[Payment]:
        """Every item of ``get_payments``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_payments(
                dashboard_id,
                reference_number=reference_number,
                phone_number=phone_number,
                sort_type=sort_type,
                sort_direction=sort_direction,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    def mark_payment_paid(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Mark a payment as paid

            Closes the payment as paid outside the payment portal. 400 when already closed.

        MarkPaymentPaid: POST /dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid
        """
        response = self._client.http.request(
            **_mark_payment_paid.request(
                dashboard_id,
                payment_id,
            )
        )
        return _mark_payment_paid.parse(response)

    def send_payment_reminder(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Send a reminder to pay a payment

            Texts a reminder to pay; a second one gets 400.

        SendPaymentReminder: POST /dashboards/{dashboard_id}/payments/{payment_id}/resend
        """
        response = self._client.http.request(
            **_send_payment_reminder.request(
                dashboard_id,
                payment_id,
            )
        )
        return _send_payment_reminder.parse(response)


class AsyncPaymentsApi:
    """The "Payments" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncPaymentsApi()"

    async def cancel_payment(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Cancel a payment

            Cancels the payment and texts the customer so. 400 when already closed.

        CancelPayment: POST /dashboards/{dashboard_id}/payments/{payment_id}/cancel
        """
        response = await self._client.http.request(
            **_cancel_payment.request(
                dashboard_id,
                payment_id,
            )
        )
        return _cancel_payment.parse(response)

    async def create_payment(
        self,
        dashboard_id: int,
        *,
        body: PaymentInput,
    ) -> Payment:
        """Request a payment from a contact

            Texts the contact a payment link; not safe to repeat.

        CreatePayment: POST /dashboards/{dashboard_id}/payments
        """
        response = await self._client.http.request(
            **_create_payment.request(
                dashboard_id,
                body=body,
            )
        )
        return _create_payment.parse(response)

    async def get_payment(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment | None:
        """Get a payment by id

            Returns the payment; 204 when there is none.

        GetPayment: GET /dashboards/{dashboard_id}/payments/{payment_id}
        """
        response = await self._client.http.request(
            **_get_payment.request(
                dashboard_id,
                payment_id,
            )
        )
        return _get_payment.parse(response)

    async def get_payments(
        self,
        dashboard_id: int,
        *,
        reference_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        sort_type: GetPaymentsSortType | Unset = GetPaymentsSortType.DATE,
        sort_direction: GetPaymentsSortDirection | Unset = GetPaymentsSortDirection.DESC,
        page: int = 0,
        page_size: int = 50,
    ) -> PaymentPage:
        """List the payments of a dashboard

            Returns the dashboard's payments, a page at a time.

        GetPayments: GET /dashboards/{dashboard_id}/payments
        """
        response = await self._client.http.request(
            **_get_payments.request(
                dashboard_id,
                reference_number=reference_number,
                phone_number=phone_number,
                sort_type=sort_type,
                sort_direction=sort_direction,
                page=page,
                page_size=page_size,
            )
        )
        return _get_payments.parse(response)

    def iter_get_payments(
        self,
        dashboard_id: int,
        *,
        reference_number: str | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        sort_type: GetPaymentsSortType | Unset = GetPaymentsSortType.DATE,
        sort_direction: GetPaymentsSortDirection | Unset = GetPaymentsSortDirection.DESC,
        page_size: int = 50,
    ) -> AsyncIterator[Payment]:
        """Every item of ``get_payments``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_payments(
                dashboard_id,
                reference_number=reference_number,
                phone_number=phone_number,
                sort_type=sort_type,
                sort_direction=sort_direction,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    async def mark_payment_paid(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Mark a payment as paid

            Closes the payment as paid outside the payment portal. 400 when already closed.

        MarkPaymentPaid: POST /dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid
        """
        response = await self._client.http.request(
            **_mark_payment_paid.request(
                dashboard_id,
                payment_id,
            )
        )
        return _mark_payment_paid.parse(response)

    async def send_payment_reminder(
        self,
        dashboard_id: int,
        payment_id: int,
    ) -> Payment:
        """Send a reminder to pay a payment

            Texts a reminder to pay; a second one gets 400.

        SendPaymentReminder: POST /dashboards/{dashboard_id}/payments/{payment_id}/resend
        """
        response = await self._client.http.request(
            **_send_payment_reminder.request(
                dashboard_id,
                payment_id,
            )
        )
        return _send_payment_reminder.parse(response)


__all__ = ["AsyncPaymentsApi", "PaymentsApi"]
