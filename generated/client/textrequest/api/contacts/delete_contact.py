"""DeleteContact: DELETE /dashboards/{dashboard_id}/contacts/{phone_number}

What the request loop needs to know of this operation; the method that calls
it is ``delete`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire

OPERATION = "DeleteContact"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="DELETE",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}",
    cast=str,
    paged=False,
    wire=Wire(accept="application/json"),
)
