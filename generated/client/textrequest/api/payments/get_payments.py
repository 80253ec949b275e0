"""GetPayments: GET /dashboards/{dashboard_id}/payments

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.payment_page import PaymentPage

OPERATION = "GetPayments"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/payments",
    cast=PaymentPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
