"""GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}

What the request loop needs to know of this operation; the method that calls
it is ``retrieve`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.contact import Contact

OPERATION = "GetContactByPhoneNumber"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}",
    cast=Contact,
    paged=False,
    wire=Wire(accept="application/json"),
)
