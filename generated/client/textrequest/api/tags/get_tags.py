"""GetTags: GET /dashboards/{dashboard_id}/tags

What the request loop needs to know of this operation; the method that calls
it is ``list`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.tag_page import TagPage

OPERATION = "GetTags"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="GET",
    path="/dashboards/{dashboard_id}/tags",
    cast=TagPage,
    paged=True,
    wire=Wire(accept="application/json"),
)
