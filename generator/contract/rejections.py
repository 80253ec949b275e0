"""Schema-valid requests the API documents as refused: the statuses ``positive_data_acceptance``
must accept for them.

Swagger 2.0 cannot say "refused when the payment is already closed" or "a body or media,
one of the two": such requests are schema-valid, and the refusal is the documented answer,
not a disagreement. Each of the profile's ``rejections`` names one operation, its status
and why; the check stays on for every other status of that operation and for every other
operation.
"""

from __future__ import annotations

from typing import Any

from ..model.profile import Profile

# schemathesis's own expectations for valid data (its POSITIVE_DATA_ACCEPTANCE default);
# a documented rejection adds its status to them.
ACCEPTED = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


def operation_settings(profile: Profile) -> list[dict[str, Any]]:
    """``[[operations]]`` entries of a schemathesis.toml that accept each documented status."""
    statuses: dict[str, list[str]] = {}
    for rejection in profile.rejections:
        statuses.setdefault(rejection.operation_id, list(ACCEPTED)).append(str(rejection.status))
    return [
        {
            "include-operation-id": operation_id,
            "checks": {"positive_data_acceptance": {"expected-statuses": expected}},
        }
        for operation_id, expected in statuses.items()
    ]
