"""TextingWebhook: POST /dashboards/{dashboard_id}/hooks

What the request loop needs to know of this operation; the method that calls
it is ``subscribe`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.hook import Hook

OPERATION = "TextingWebhook"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/hooks",
    cast=Hook,
    paged=False,
    wire=Wire(accept="application/json", fixed={"body": {"httpVerb": "POST"}}),
)
