"""BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts

What the request loop needs to know of this operation; the method that calls
it is ``bulk_upsert`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.contact import Contact

OPERATION = "BulkUpdateContacts"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/contacts",
    cast=list[Contact],
    paged=False,
    wire=Wire(accept="application/json"),
)
