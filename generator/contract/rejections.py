"""Schema-valid requests the API documents as refused: the 400s ``positive_data_acceptance``
must accept for them.

Swagger 2.0 cannot say "refused when the payment is already closed" or "a body or media,
one of the two": such requests are schema-valid, and a 400 to them is the documented answer,
not a disagreement. Each entry names one operation and why; the check stays on for every
other status of that operation and for every other operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# schemathesis's own expectations for valid data (its POSITIVE_DATA_ACCEPTANCE default);
# a documented rejection adds its status to them.
ACCEPTED = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


@dataclass(frozen=True)
class DocumentedRejection:
    operation_id: str
    status: int
    reason: str


DOCUMENTED_REJECTIONS = (
    DocumentedRejection(
        "SendPaymentReminder",
        400,
        "only one reminder per payment, and none for a paid or cancelled one",
    ),
    DocumentedRejection(
        "MarkPaymentPaid", 400, "a paid or cancelled payment cannot be marked as paid"
    ),
    DocumentedRejection("CancelPayment", 400, "a paid or cancelled payment cannot be cancelled"),
    DocumentedRejection(
        "CreateDashboard", 400, "a phone number already used by a dashboard is refused"
    ),
    DocumentedRejection(
        "SendMessageByPhoneNumber",
        400,
        "a text needs a body or media (Swagger 2.0 cannot require one of two fields), "
        "and a contact who opted out gets no text",
    ),
    DocumentedRejection(
        "CreatePayment",
        400,
        "a contact who opted out gets no payment request",
    ),
)


def operation_settings() -> list[dict[str, Any]]:
    """``[[operations]]`` entries of a schemathesis.toml that accept each documented 400."""
    statuses: dict[str, list[str]] = {}
    for rejection in DOCUMENTED_REJECTIONS:
        statuses.setdefault(rejection.operation_id, list(ACCEPTED)).append(str(rejection.status))
    return [
        {
            "include-operation-id": operation_id,
            "checks": {"positive_data_acceptance": {"expected-statuses": expected}},
        }
        for operation_id, expected in statuses.items()
    ]
