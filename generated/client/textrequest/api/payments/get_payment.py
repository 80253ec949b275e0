"""GetPayment: GET /dashboards/{dashboard_id}/payments/{payment_id}

What the request loop needs to know of this operation; the method that calls
it is ``retrieve`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.payment import Payment

OPERATION = "GetPayment"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/payments/{payment_id}",
    cast=Payment,
    paged=False,
    wire=Wire(accept="application/json"),
)
