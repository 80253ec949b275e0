"""MarkPaymentPaid: POST /dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid

What the request loop needs to know of this operation; the method that calls
it is ``mark_paid`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.payment import Payment

OPERATION = "MarkPaymentPaid"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/payments/{payment_id}/mark_as_paid",
    cast=Payment,
    paged=False,
    wire=Wire(accept="application/json"),
)
