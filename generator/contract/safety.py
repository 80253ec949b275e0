"""Which operations may reach a live API: the ones that text nobody, move no money, delete nothing.

The rule is data (``UNSAFE_OPERATIONS`` plus "every DELETE"), applied to whatever the spec
declares, so an operation added to the spec later is judged by the same rule. Against
the local sandbox everything runs; against a live URL the unsafe ones run only when the
user names them with ``--allow-unsafe``.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from ..load.operations import iter_operations

# Why each is unsafe, shown to the user when the operation is skipped.
UNSAFE_OPERATIONS: Mapping[str, str] = {
    "SendMessageByPhoneNumber": "texts a person",
    "CreatePayment": "texts a payment request to a person",
    "SendPaymentReminder": "texts a payment reminder to a person",
    "CancelPayment": "changes a payment",
    "MarkPaymentPaid": "records money as received",
    "CreateDashboard": "provisions a dashboard and phone number",
    "BulkUpdateContacts": "changes many contacts at once",
    "TextingWebhook": "subscribes a hook that posts to a URL",
}
DELETE_REASON = "deletes data"


@dataclass(frozen=True)
class Endpoint:
    """One operation of the spec: where it lives and, if unsafe, why."""

    operation_id: str
    method: str
    path: str
    unsafe_reason: str | None

    @property
    def label(self) -> str:
        """The name schemathesis gives the operation, e.g. ``GET /dashboards``."""
        return f"{self.method.upper()} {self.path}"


def endpoints(spec: Mapping[str, Any]) -> list[Endpoint]:
    """Every operation of a Swagger 2.0 document, in source order, judged by the rule."""
    found = []
    for path, method, operation in iter_operations(dict(spec)):
        operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
        reason = DELETE_REASON if method == "delete" else UNSAFE_OPERATIONS.get(operation_id)
        found.append(Endpoint(operation_id, method, path, reason))
    return found


def unknown_names(spec_endpoints: Iterable[Endpoint], names: Iterable[str]) -> list[str]:
    """Names given to ``--allow-unsafe`` that are not operation ids of the spec."""
    known = {endpoint.operation_id for endpoint in spec_endpoints}
    return sorted(set(names) - known)


def blocked(spec_endpoints: Iterable[Endpoint], allowed: Iterable[str]) -> list[Endpoint]:
    """The unsafe endpoints the user did not allow."""
    permitted = set(allowed)
    return [
        endpoint
        for endpoint in spec_endpoints
        if endpoint.unsafe_reason is not None and endpoint.operation_id not in permitted
    ]


class RequestGate:
    """Recognises a request for a blocked endpoint from its method and URL alone.

    It looks at the raw path, the percent-decoded path and the dot-normalised path,
    because a server may route on any of them: a generated phone number such as
    ``1%2Fmessages`` must not turn a safe call into a text message.
    """

    def __init__(self, base_path: str, blocked_endpoints: Iterable[Endpoint]) -> None:
        prefix = base_path.rstrip("/")
        self._rules = [
            (endpoint, endpoint.method.upper(), _template_regex(prefix + endpoint.path))
            for endpoint in blocked_endpoints
        ]

    def match(self, method: str, url: str) -> Endpoint | None:
        """The blocked endpoint this request would reach, or ``None`` when it may pass."""
        raw = urlsplit(url).path or "/"
        decoded = unquote(raw)
        candidates = {raw, decoded, posixpath.normpath(decoded), posixpath.normpath(raw)}
        for endpoint, rule_method, pattern in self._rules:
            if method.upper() != rule_method:
                continue
            if any(pattern.fullmatch(candidate.rstrip("/") or "/") for candidate in candidates):
                return endpoint
        return None


def _template_regex(template: str) -> re.Pattern[str]:
    """``/a/{id}/b`` -> a regex where each ``{param}`` is one non-empty path segment."""
    parts = re.split(r"(\{[^}/]+\})", template.rstrip("/"))
    pattern = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(pattern)
