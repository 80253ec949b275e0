"""Which operations may reach a live API: the ones that text nobody, move no money, delete nothing.

The rule is data, applied to whatever the definition declares, so an operation added later
is judged by the same rule: the profile's ``unsafe`` operations and methods (for Text
Request: the texts, the payments, the provisioning and every DELETE), or, with no profile,
every operation whose method is not GET, HEAD or OPTIONS. Against a local sandbox
everything runs; against a live URL the unsafe ones run only when the user names them
with ``--allow-unsafe``.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ..model import Definition
from ..model.profile import Profile


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


def endpoints(definition: Definition, profile: Profile) -> list[Endpoint]:
    """Every operation of the definition, in source order, judged by the profile's rule."""
    found = []
    for operation in definition.operations:
        reason = profile.unsafe_operations.get(operation.id or "")
        reason = reason or profile.unsafe_methods.get(operation.method)
        found.append(Endpoint(operation.label, operation.method, operation.path, reason))
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
