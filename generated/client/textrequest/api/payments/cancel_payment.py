"""CancelPayment: POST /dashboards/{dashboard_id}/payments/{payment_id}/cancel

What the request loop needs to know of this operation; the method that calls
it is ``cancel`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.payment import Payment

OPERATION = "CancelPayment"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/payments/{payment_id}/cancel",
    cast=Payment,
    paged=False,
    wire=Wire(accept="application/json"),
)
