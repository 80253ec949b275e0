"""Certification's check of a webhook trigger's registration: it can be undone.

Source: Microsoft Learn's training module on webhook triggers for custom connectors
(https://learn.microsoft.com/training/modules/create-custom-connector-webhook-trigger): the
registration must answer 201 Created with a ``Location`` header, the URL the platform calls
(DELETE) to remove the hook when the flow is turned off or deleted.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, as_dict
from ..registry import Hit, rule
from ..rules.triggers import webhooks


@rule(
    "webhook-location-missing",
    "warning",
    "certification",
    title="A webhook registration answers 201 with a Location header",
    fix="declare the registration's '201' response with a 'Location' header: the URL of the "
    "subscription, which answers DELETE",
)
def webhook_location_missing(definition: Definition) -> Iterator[Hit]:
    # Microsoft's webhook trigger training module: the platform calls the Location of the 201
    # to remove the hook when a flow is turned off or deleted; without it the API keeps posting
    # to a flow that is gone. No validator code says so and merged connectors go without it,
    # hence a warning of the submission review.
    for operation, _ in webhooks(definition):
        created = operation.responses.get("201")
        headers = as_dict(created.data.get("headers")) if created else {}
        if not any(str(name).lower() == "location" for name in headers):
            answer = "answers 201 without a Location header" if created else "declares no 201"
            yield (
                child(operation.pointer, "responses"),
                f"webhook trigger {operation.label} {answer}, so the platform cannot remove "
                "the hook when the flow is deleted",
            )
