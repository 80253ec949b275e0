"""What a difference between two definitions is, and the catalogue of its kinds.

A change record is plain data so that every renderer (people, JSON, markdown)
and every test reads the same thing. ``kind`` is a stable id: tools and
changelogs may key on it, so ids are never renamed, only added.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# Every kind the comparison can report, with what it means. Whether a record
# breaks is decided per record: the same kind can break a request and not a
# response (the catalogue says which way it usually goes).
KINDS: dict[str, str] = {
    "base-url-changed": "host, basePath or a scheme changed or was removed (breaking)",
    "security-changed": "security definitions or requirements changed; connections break",
    "operation-removed": "an operation is gone (breaking)",
    "operation-added": "a new operation",
    "operation-id-changed": "same method and path, new operationId (breaking)",
    "method-changed": "same operationId, new HTTP method (breaking)",
    "path-changed": "same operationId, new path (breaking)",
    "operation-deprecated": "an operation is now marked deprecated",
    "trigger-changed": "x-ms-trigger kind or mode changed; flows using it break",
    "visibility-internal": "x-ms-visibility raised to internal; hidden from users (breaking)",
    "visibility-changed": "x-ms-visibility changed otherwise",
    "media-type-removed": "a content type left consumes or produces (breaking)",
    "parameter-removed": "a parameter is gone (breaking)",
    "parameter-renamed": "a parameter got a new name, same place and type (breaking)",
    "parameter-location-changed": "a parameter moved (query, header, path...) (breaking)",
    "parameter-added-required": "a new required parameter (breaking)",
    "parameter-added-optional": "a new optional parameter",
    "parameter-made-required": "an optional parameter is now required (breaking)",
    "parameter-made-optional": "a required parameter is now optional",
    "collection-format-changed": "an array parameter is serialised differently (breaking)",
    "default-changed": "the default of a request value changed (breaking: callers who omit it)",
    "type-changed": "a value's type changed (breaking)",
    "format-changed": "a value's format changed (breaking)",
    "nullable-changed": "x-nullable changed (breaking: null in a response, no null in a request)",
    "enum-value-removed": "an allowed value is gone (breaking in requests)",
    "enum-value-added": "a new allowed value (breaking in responses: clients cannot parse it)",
    "constraint-narrowed": "fewer values accepted: length, range, pattern (breaking in requests)",
    "constraint-widened": "more values accepted: length, range, pattern",
    "property-removed": "a field of a body is gone (breaking)",
    "property-added": "a new optional field (or any new field of a response)",
    "property-added-required": "a new required field of a request body (breaking)",
    "property-made-required": "a field is now required (breaking in requests)",
    "property-made-optional": "a field is no longer guaranteed (breaking in responses)",
    "response-removed": "a status code is gone (breaking)",
    "response-added": "a new status code",
    "response-body-removed": "a response no longer has a body (breaking)",
    "response-body-added": "a response now has a body",
    "header-removed": "a response header is gone (breaking)",
    "header-added": "a new response header",
    "description-changed": "a description, summary or title changed",
    "url-encoding-changed": "x-ms-url-encoding changed: how a path value is escaped (reported)",
    "dynamic-changed": "an x-ms-dynamic-* lookup changed (its operation, parameters, value-path)",
    "internal-parameter-removed": "an internal parameter with a default is gone; no caller set it",
    "connection-parameter-required": "a connection parameter is new and required, or now required"
    " (breaking: existing connections lack it)",
    "parameter-set-removed": "a connection parameter set is gone (breaking: connections made with"
    " it)",
    "parameter-set-added": "a new way to make a connection",
    "policy-host-changed": "a policy now sends an operation to another host (breaking)",
    "policy-route-changed": "a policy now sends an operation with another method or path"
    " (breaking)",
    "policy-header-dropped": "a header a policy set on an operation's requests is no longer set"
    " (breaking)",
    "policy-query-dropped": "a query parameter a policy set is no longer set (breaking)",
    "policy-changed": "another change to a policy that applies to an operation",
}

OLD, NEW = "old", "new"


@dataclass(frozen=True)
class Change:
    """One difference. ``pointer`` is in the NEW document, or in OLD (``side``) for removals;
    in that side's apiProperties.json when ``file`` names it, else in its definition."""

    kind: str
    breaking: bool
    pointer: str
    message: str
    side: str = NEW
    operation: str = ""
    file: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown change kind {self.kind!r}")

    def sort_key(self) -> tuple[Any, ...]:
        place = (self.file, self.pointer)
        return (not self.breaking, self.operation, *place, self.kind, self.message)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def ordered(changes: list[Change]) -> list[Change]:
    """Breaking first, then by operation and place: same input, same output, byte for byte."""
    return sorted(set(changes), key=Change.sort_key)
