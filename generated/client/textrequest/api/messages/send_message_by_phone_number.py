"""SendMessageByPhoneNumber: POST /dashboards/{dashboard_id}/contacts/{phone_number}/messages

What the request loop needs to know of this operation; the method that calls
it is ``send`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.message import Message

OPERATION = "SendMessageByPhoneNumber"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}/messages",
    cast=Message,
    paged=False,
    wire=Wire(accept="application/json"),
)
