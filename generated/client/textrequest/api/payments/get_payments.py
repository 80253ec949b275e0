"""GetPayments: GET /dashboards/{dashboard_id}/payments

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.get_payments_sort_direction import GetPaymentsSortDirection
from ...models.get_payments_sort_type import GetPaymentsSortType
from ...models.payment_page import PaymentPage
from ...types import UNSET, Unset

OPERATION = "GetPayments"


def request(
    dashboard_id: int,
    *,
    reference_number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    sort_type: GetPaymentsSortType | Unset = GetPaymentsSortType.DATE,
    sort_direction: GetPaymentsSortDirection | Unset = GetPaymentsSortDirection.DESC,
    page: int = 0,
    page_size: int = 50,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    params: dict[str, Any] = {}

    params["reference_number"] = reference_number

    params["phone_number"] = phone_number

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type.value

    params["sort_type"] = json_sort_type

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sort_direction"] = json_sort_direction

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/payments".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> PaymentPage:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = PaymentPage.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
