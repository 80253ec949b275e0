"""GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.message_page import MessagePage

OPERATION = "GetMessagesByContactPhone"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}/messages",
    cast=MessagePage,
    paged=True,
    wire=Wire(accept="application/json"),
)
