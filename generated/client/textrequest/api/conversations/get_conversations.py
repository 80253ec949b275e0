"""GetConversations: GET /dashboards/{dashboard_id}/conversations

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.conversation_page import ConversationPage

OPERATION = "GetConversations"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/conversations",
    cast=ConversationPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
