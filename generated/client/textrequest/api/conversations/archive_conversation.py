"""ArchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive

What the request loop needs to know of this operation; the method that calls
it is ``archive`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire

OPERATION = "ArchiveConversation"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="PUT",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive",
    cast=str,
    paged=False,
    wire=Wire(accept="application/json"),
)
