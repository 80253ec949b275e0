"""SendPaymentReminder: POST /dashboards/{dashboard_id}/payments/{payment_id}/resend

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.payment import Payment

OPERATION = "SendPaymentReminder"


def request(
    dashboard_id: int,
    payment_id: int,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/dashboards/{dashboard_id}/payments/{payment_id}/resend".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Payment:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = Payment.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
