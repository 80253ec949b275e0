"""GetDashboards: GET /dashboards

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.dashboard_page import DashboardPage

OPERATION = "GetDashboards"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards",
    cast=DashboardPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
