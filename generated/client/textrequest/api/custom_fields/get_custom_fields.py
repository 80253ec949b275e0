"""GetCustomFields: GET /dashboards/{dashboard_id}/fields

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.custom_field import CustomField

OPERATION = "GetCustomFields"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/fields",
    cast=list[CustomField],
    paged=False,
    wire=Wire(accept="application/json"),
)
