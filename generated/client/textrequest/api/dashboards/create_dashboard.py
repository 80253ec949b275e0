"""CreateDashboard: POST /dashboards

What the request loop needs to know of this operation; the method that calls
it is ``create`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.dashboard import Dashboard

OPERATION = "CreateDashboard"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards",
    cast=Dashboard,
    paged=False,
    wire=Wire(accept="application/json"),
)
