"""The sequences the stateful phase walks, as data: list, then use; create, then read,
change and delete that very resource.

schemathesis follows OpenAPI links (``x-links`` in Swagger 2.0) from one response to the
next request. These are added to the harness's in-memory copy of the spec, beside any
the spec declares itself. schemathesis's own link inference is switched off (see
``settings``) because it also links every listing to every delete: the run would delete
the dashboard all other operations are being tested on. Here a delete only ever follows
the create that made the resource.
"""

from __future__ import annotations

from collections.abc import Mapping
from copy import deepcopy
from typing import Any

from ..load.operations import HTTP_METHODS

SAME_DASHBOARD = {"dashboard_id": "$request.path.dashboard_id"}
CONTACT = {**SAME_DASHBOARD, "phone_number": "$request.path.phone_number"}
GROUP = {**SAME_DASHBOARD, "group_id": "$response.body#/id"}
PAYMENT = {**SAME_DASHBOARD, "payment_id": "$response.body#/payment_id"}
DASHBOARD = {"dashboard_id": "$response.body#/id"}
FIRST_DASHBOARD = {"dashboard_id": "$response.body#/items/0/id"}
FIRST_GROUP = {**SAME_DASHBOARD, "group_id": "$response.body#/items/0/id"}
FIRST_PAYMENT = {**SAME_DASHBOARD, "payment_id": "$response.body#/items/0/payment_id"}
FIRST_CONTACT = {**SAME_DASHBOARD, "phone_number": "$response.body#/items/0/phone_number"}

# Listings and the reads and harmless changes that take an item of theirs.
LISTING_LINKS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "GetDashboards": {
        name: FIRST_DASHBOARD
        for name in (
            "GetDashboard",
            "UpdateDashboardsName",
            "GetContacts",
            "GetConversations",
            "GetGroups",
            "GetPayments",
            "GetTags",
            "GetCustomFields",
            "CreateContact",
            "CreateGroup",
            "CreatePayment",
        )
    },
    "GetGroups": {"GetGroupById": FIRST_GROUP, "UpdateGroup": FIRST_GROUP},
    "GetPayments": {"GetPayment": FIRST_PAYMENT},
    "GetContacts": {
        "GetContactByPhoneNumber": FIRST_CONTACT,
        "GetMessagesByContactPhone": FIRST_CONTACT,
    },
}
# Each create and everything done to what it created, its delete included. A text is not
# among a contact's follow-ups: sending one re-creates a deleted contact (as the API
# documents), which schemathesis's use_after_free check cannot know, since the message's
# path is below the contact's rather than the contact's own.
CRUD_LINKS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "CreateContact": {
        "GetContactByPhoneNumber": CONTACT,
        "CreateContact": CONTACT,
        "GetMessagesByContactPhone": CONTACT,
        "ArchiveConversation": CONTACT,
        "UnarchiveConversation": CONTACT,
        "DeleteContact": CONTACT,
    },
    "CreateGroup": {"GetGroupById": GROUP, "UpdateGroup": GROUP, "DeleteGroup": GROUP},
    "CreatePayment": {
        "GetPayment": PAYMENT,
        "SendPaymentReminder": PAYMENT,
        "MarkPaymentPaid": PAYMENT,
        "CancelPayment": PAYMENT,
    },
    "CreateDashboard": {
        "GetDashboard": DASHBOARD,
        "UpdateDashboardsName": DASHBOARD,
        "GetGroups": DASHBOARD,
        "CreateGroup": DASHBOARD,
        "DeleteDashboard": DASHBOARD,
    },
}
LINKS = {**LISTING_LINKS, **CRUD_LINKS}
SUCCESS = "200"


def with_links(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` with ``LINKS`` added as ``x-links`` on each source's 200 response."""
    copy = deepcopy(dict(spec))
    operations = [
        operation
        for item in copy.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    ]
    declared = {operation.get("operationId") for operation in operations}
    for operation in operations:
        source = operation.get("operationId", "")
        response = operation.get("responses", {}).get(SUCCESS)
        if source not in LINKS or not isinstance(response, dict) or "$ref" in response:
            continue
        existing = response.setdefault("x-links", {})
        for target, parameters in LINKS[source].items():
            if target in declared:
                existing.setdefault(
                    f"{target}From{source}",
                    {"operationId": target, "parameters": dict(parameters)},
                )
    return copy
