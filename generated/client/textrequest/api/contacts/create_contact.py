"""CreateContact: POST /dashboards/{dashboard_id}/contacts/{phone_number}

What the request loop needs to know of this operation; the method that calls
it is ``upsert`` of the "" resource.
"""

from __future__ import annotations

from ..._base_client import Endpoint
from ..._wire import Wire
from ...models.contact import Contact

OPERATION = "CreateContact"
ENDPOINT = Endpoint(
    operation=OPERATION,
    method="POST",
    path="/dashboards/{dashboard_id}/contacts/{phone_number}",
    cast=Contact,
    paged=False,
    wire=Wire(accept="application/json"),
    nullable=frozenset(
        {
            "suppressed_reason",
        }
    ),
)
