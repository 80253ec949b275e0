"""GetContacts: GET /dashboards/{dashboard_id}/contacts

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.contact_page import ContactPage

OPERATION = "GetContacts"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/contacts",
    cast=ContactPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
