"""PaymentsResource: the operations tagged "Payments".

``client.payments`` is a ``PaymentsResource`` (``AsyncPaymentsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.get_payments_sort_direction import GetPaymentsSortDirection
from ...models.get_payments_sort_type import GetPaymentsSortType
from ...models.page_meta import PageMeta
from ...models.payment import Payment
from . import cancel_payment as _cancel_payment
from . import create_payment as _create_payment
from . import get_payment as _get_payment
from . import get_payments as _get_payments
from . import mark_payment_paid as _mark_payment_paid
from . import send_payment_reminder as _send_payment_reminder

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class PaymentsResource:
    """The "Payments" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def cancel(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Cancel a payment

        Cancels the payment and texts the customer so. 400 when already closed.

        CancelPayment: POST /dashboards/{dashboard_id}/payments/{payment_id}/cancel

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            self._client.request(
                _cancel_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def create(
        self,
        dashboard_id: int,
        *,
        customer_phone: str,
        amount_requested: float,
        description: str | None = None,
        message: str | None = None,
        reference_number: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Request a payment from a contact

        Texts the contact a payment link; not safe to repeat.

        CreatePayment: POST /dashboards/{dashboard_id}/payments

        Args:
            dashboard_id: The dashboard (phone line).
            customer_phone: The contact to ask.
            amount_requested: More than 0.
            description: Never shown to the contact.
            message: Sent with the payment link.
            reference_number: Your reference, to find it later; not unique.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            self._client.request(
                _create_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "customer_phone": customer_phone,
                        "amount_requested": amount_requested,
                        "description": description,
                        "message": message,
                        "reference_number": reference_number,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def retrieve(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment | None:
        """Get a payment by id

        Returns the payment; 204 when there is none.

        GetPayment: GET /dashboards/{dashboard_id}/payments/{payment_id}

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment | None",
            self._client.request(
                _get_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def list(
        self,
        dashboard_id: int,
        *,
        reference_number: str | None = None,
        phone_number: str | None = None,
        sort_type: GetPaymentsSortType
        | Literal["amount", "contact", "date", "status"]
        | None = None,
        sort_direction: GetPaymentsSortDirection | Literal["asc", "desc"] | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Payment, PageMeta]:
        """List the payments of a dashboard

        Returns the dashboard's payments, a page at a time.

        GetPayments: GET /dashboards/{dashboard_id}/payments

        Args:
            dashboard_id: The dashboard (phone line).
            reference_number: Its reference.
            phone_number: Phone number.
            sort_type: Sort by amount, contact, date or status.
            sort_direction: desc: largest first; asc: smallest first.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Payment, PageMeta]",
            self._client.request(
                _get_payments.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "reference_number": reference_number,
                        "phone_number": phone_number,
                        "sort_type": sort_type,
                        "sort_direction": sort_direction,
                        "page": page,
                        "page_size": page_size,
                    },
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def mark_paid(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Mark a payment as paid

        Closes the payment as paid outside the payment portal. 400 when already closed.

        MarkPaymentPaid: POST /dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            self._client.request(
                _mark_payment_paid.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def send_reminder(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Send a reminder to pay a payment

        Texts a reminder to pay; a second one gets 400.

        SendPaymentReminder: POST /dashboards/{dashboard_id}/payments/{payment_id}/resend

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            self._client.request(
                _send_payment_reminder.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncPaymentsResource:
    """The "Payments" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Cancel a payment

        Cancels the payment and texts the customer so. 400 when already closed.

        CancelPayment: POST /dashboards/{dashboard_id}/payments/{payment_id}/cancel

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            await self._client.request(
                _cancel_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def create(
        self,
        dashboard_id: int,
        *,
        customer_phone: str,
        amount_requested: float,
        description: str | None = None,
        message: str | None = None,
        reference_number: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Request a payment from a contact

        Texts the contact a payment link; not safe to repeat.

        CreatePayment: POST /dashboards/{dashboard_id}/payments

        Args:
            dashboard_id: The dashboard (phone line).
            customer_phone: The contact to ask.
            amount_requested: More than 0.
            description: Never shown to the contact.
            message: Sent with the payment link.
            reference_number: Your reference, to find it later; not unique.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            await self._client.request(
                _create_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "customer_phone": customer_phone,
                        "amount_requested": amount_requested,
                        "description": description,
                        "message": message,
                        "reference_number": reference_number,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def retrieve(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment | None:
        """Get a payment by id

        Returns the payment; 204 when there is none.

        GetPayment: GET /dashboards/{dashboard_id}/payments/{payment_id}

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment | None",
            await self._client.request(
                _get_payment.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def list(
        self,
        dashboard_id: int,
        *,
        reference_number: str | None = None,
        phone_number: str | None = None,
        sort_type: GetPaymentsSortType
        | Literal["amount", "contact", "date", "status"]
        | None = None,
        sort_direction: GetPaymentsSortDirection | Literal["asc", "desc"] | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Payment, PageMeta]:
        """List the payments of a dashboard

        Returns the dashboard's payments, a page at a time.

        GetPayments: GET /dashboards/{dashboard_id}/payments

        Args:
            dashboard_id: The dashboard (phone line).
            reference_number: Its reference.
            phone_number: Phone number.
            sort_type: Sort by amount, contact, date or status.
            sort_direction: desc: largest first; asc: smallest first.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Payment, PageMeta]",
            await self._client.request(
                _get_payments.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "reference_number": reference_number,
                        "phone_number": phone_number,
                        "sort_type": sort_type,
                        "sort_direction": sort_direction,
                        "page": page,
                        "page_size": page_size,
                    },
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def mark_paid(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Mark a payment as paid

        Closes the payment as paid outside the payment portal. 400 when already closed.

        MarkPaymentPaid: POST /dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            await self._client.request(
                _mark_payment_paid.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def send_reminder(
        self,
        dashboard_id: int,
        payment_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Payment:
        """Send a reminder to pay a payment

        Texts a reminder to pay; a second one gets 400.

        SendPaymentReminder: POST /dashboards/{dashboard_id}/payments/{payment_id}/resend

        Args:
            dashboard_id: The dashboard (phone line).
            payment_id: Numeric id of the payment.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Payment",
            await self._client.request(
                _send_payment_reminder.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "payment_id": payment_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class PaymentsResourceWithRawResponse:
    """``PaymentsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: PaymentsResource) -> None:
        self._resource = resource
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.create = to_raw_response_wrapper(resource.create)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.mark_paid = to_raw_response_wrapper(resource.mark_paid)
        self.send_reminder = to_raw_response_wrapper(resource.send_reminder)


class AsyncPaymentsResourceWithRawResponse:
    """``AsyncPaymentsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncPaymentsResource) -> None:
        self._resource = resource
        self.cancel = async_to_raw_response_wrapper(resource.cancel)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.mark_paid = async_to_raw_response_wrapper(resource.mark_paid)
        self.send_reminder = async_to_raw_response_wrapper(resource.send_reminder)


__all__ = [
    "AsyncPaymentsResource",
    "AsyncPaymentsResourceWithRawResponse",
    "PaymentsResource",
    "PaymentsResourceWithRawResponse",
]
