"""Which operations may reach a live API: the ones that change nothing.

The rule is the model's one judgement of an operation (:func:`..model.effects.effect_of`),
so an operation added later is judged the same way here and in the MCP server: every
operation that is not read-only (its method is not GET, HEAD or OPTIONS) may change
the account, and the profile's ``unsafe`` section says why some matter more (a text, a
payment, a delete). Against a local sandbox everything runs; against a live URL only the
reads run, and a write only when the user names it with ``--allow-unsafe``.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ..model import Definition
from ..model.definition import SAFE_METHODS
from ..model.effects import effect_of
from ..model.profile import Profile

# Why a write the profile says nothing more of is kept from a live API.
CHANGES_DATA = "changes data"
UNDECLARED = "is no operation of the spec and may change data"


@dataclass(frozen=True)
class Endpoint:
    """One operation of the spec: where it lives and, unless it only reads, why it is unsafe."""

    operation_id: str
    method: str
    path: str
    unsafe_reason: str | None

    @property
    def label(self) -> str:
        """The name schemathesis gives the operation, e.g. ``GET /dashboards``."""
        return f"{self.method.upper()} {self.path}"


def endpoints(definition: Definition, profile: Profile) -> list[Endpoint]:
    """Every operation of the definition, in source order, judged by its effect."""
    found = []
    for operation in definition.operations:
        effect = effect_of(operation, profile)
        reason = None if effect.read_only else effect.unsafe_reason or CHANGES_DATA
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
    """Recognises a request for one of some endpoints from its method and URL alone.

    It looks at the raw path, the percent-decoded path and the dot-normalised path,
    because a server may route on any of them: a generated phone number such as
    ``1%2Fmessages`` must not turn a safe call into a text message.
    """

    def __init__(
        self,
        base_path: str,
        blocked_endpoints: Iterable[Endpoint],
        writes: Iterable[Endpoint] | None = None,
    ) -> None:
        prefix = base_path.rstrip("/")
        self._rules = [
            (endpoint, endpoint.method.upper(), *_template_regex(prefix + endpoint.path))
            for endpoint in blocked_endpoints
        ]
        self._writes = None if writes is None else RequestGate(base_path, writes)

    def match(self, method: str, url: str) -> Endpoint | None:
        """The blocked endpoint this request would reach, or ``None`` when it may pass.

        Given the permitted ``writes``, a request of any other method than GET, HEAD or
        OPTIONS is blocked too unless it reaches one of them: no undeclared method reaches
        a live API (it might change something the definition does not say).
        """
        found = self.matches(method, url)
        if found:
            return found[0][0]
        if self._writes is None or method.lower() in SAFE_METHODS:
            return None
        if self._writes.matches(method, url):
            return None
        path = urlsplit(url).path
        return Endpoint(f"{method.upper()} {path}", method.lower(), path, UNDECLARED)

    def matches(self, method: str, url: str) -> list[tuple[Endpoint, dict[str, str]]]:
        """Each endpoint this request could reach under any spelling of its path, with
        the (percent-decoded) values of its path parameters in that spelling."""
        raw = urlsplit(url).path or "/"
        decoded = unquote(raw)
        candidates = {raw, decoded, posixpath.normpath(decoded), posixpath.normpath(raw)}
        found = []
        for endpoint, rule_method, pattern, names in self._rules:
            if method.upper() != rule_method:
                continue
            for candidate in sorted(candidates):
                hit = pattern.fullmatch(candidate.rstrip("/") or "/")
                if hit:
                    values = [unquote(value) for value in hit.groups()]
                    found.append((endpoint, dict(zip(names, values, strict=True))))
        return found


def _template_regex(template: str) -> tuple[re.Pattern[str], list[str]]:
    """``/a/{id}/b`` -> a regex where each ``{param}`` is one non-empty path segment, and
    the parameters' names in the order of its groups."""
    parts = re.split(r"(\{[^}/]+\})", template.rstrip("/"))
    pattern = "".join("([^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    names = [part[1:-1] for part in parts if part.startswith("{")]
    return re.compile(pattern), names
