"""GetGroupById: GET /dashboards/{dashboard_id}/groups/{group_id}

What the request loop needs to know of this operation; the method that calls
it is ``retrieve`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.group import Group

OPERATION = "GetGroupById"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/groups/{group_id}",
    cast=Group,
    paged=False,
    wire=Wire(accept="application/json"),
)
