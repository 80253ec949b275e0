"""GetGroups: GET /dashboards/{dashboard_id}/groups

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.group_page import GroupPage

OPERATION = "GetGroups"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/groups",
    cast=GroupPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
