"""UpdateDashboardsName: PUT /dashboards/{dashboard_id}

What the request loop needs to know of this operation; the method that calls
it is ``rename`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.dashboard import Dashboard

OPERATION = "UpdateDashboardsName"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="PUT",
    path="/dashboards/{dashboard_id}",
    cast=Dashboard,
    paged=False,
    wire=Wire(accept="application/json"),
)
