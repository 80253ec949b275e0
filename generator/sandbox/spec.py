"""The spec, indexed for serving: operations by method and path, parameters resolved.

Nothing here knows the Text Request API; every route the sandbox serves comes from
``paths`` in the spec, so a path added there is routed (and answered 501 until a
handler exists) without touching this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..load import load_document
from ..load.operations import HTTP_METHODS
from ..load.pointer import from_ref, resolve
from .errors import MethodNotAllowed, NotFound

# The keys of a non-body Swagger 2.0 parameter that constrain its value (JSON Schema subset).
VALUE_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
)
NO_DEFAULT = object()


@dataclass(frozen=True)
class Parameter:
    """One parameter; ``schema`` is the body schema or the JSON Schema of the value."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    collection_format: str = "csv"
    default: Any = NO_DEFAULT


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    responses: dict[str, dict[str, Any] | None]
    pattern: re.Pattern[str] = field(compare=False)

    @property
    def body(self) -> Parameter | None:
        return next((p for p in self.parameters if p.location == "body"), None)

    def declares(self, status: int) -> bool:
        return str(status) in self.responses

    def response_schema(self, status: int) -> dict[str, Any] | None:
        return self.responses.get(str(status), self.responses.get("default"))


class ApiSpec:
    """A loaded Swagger 2.0 document with its operations ready to match requests."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.base_path = (data.get("basePath") or "").rstrip("/")
        self.definitions: dict[str, Any] = data.get("definitions", {})
        self.operations = tuple(self._operations())
        self.by_id = {op.operation_id: op for op in self.operations}
        # Templates with more fixed segments win, so ".../conversations/archive" is never
        # taken for a parameter value.
        self._ordered = sorted(self.operations, key=lambda op: -_fixed_segments(op.path))

    @classmethod
    def load(cls, path: Path | str) -> ApiSpec:
        return cls(load_document(path).data)

    def notification_schema(self) -> dict[str, Any] | None:
        """The schema of what a webhook trigger POSTs (``x-ms-notification-content``)."""
        for item in self.data.get("paths", {}).values():
            content = item.get("x-ms-notification-content")
            if isinstance(content, dict) and "schema" in content:
                return content["schema"]
        return self.definitions.get("MessageNotification")

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for a request path (below the base path) and its raw path values."""
        allowed = []
        for op in self._ordered:
            found = op.pattern.fullmatch(path)
            if found is None:
                continue
            if op.method == method.lower():
                return op, found.groupdict()
            allowed.append(op.method.upper())
        if allowed:
            listed = ", ".join(allowed)
            raise MethodNotAllowed(f"{method} is not allowed here; use {listed}", allowed)
        raise NotFound(f"no operation at {path}")

    def _operations(self) -> list[Operation]:
        found = []
        for path, item in self.data.get("paths", {}).items():
            shared = [self._deref(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                if method in item:
                    found.append(self._operation(path, method, item[method], shared))
        return found

    def _operation(
        self, path: str, method: str, raw: dict[str, Any], shared: list[dict[str, Any]]
    ) -> Operation:
        own = [self._deref(p) for p in raw.get("parameters", [])]
        keys = {(p["name"], p["in"]) for p in own}
        merged = [p for p in shared if (p["name"], p["in"]) not in keys] + own
        responses = {}
        for status, response in raw.get("responses", {}).items():
            responses[str(status)] = self._deref(response).get("schema")
        return Operation(
            operation_id=raw.get("operationId") or f"{method} {path}",
            method=method,
            path=path,
            parameters=tuple(_parameter(p) for p in merged),
            responses=responses,
            pattern=_path_pattern(path),
        )

    def _deref(self, node: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in node and seen < 20:
            pointer = from_ref(node["$ref"])
            if pointer is None:
                raise ValueError(f"remote $ref {node['$ref']!r} is not supported")
            node, seen = resolve(self.data, pointer), seen + 1
        return node


def _parameter(raw: dict[str, Any]) -> Parameter:
    if raw["in"] == "body":
        schema = raw.get("schema", {})
    else:
        schema = {key: raw[key] for key in VALUE_KEYS if key in raw}
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required", raw["in"] == "path")),
        schema=schema,
        collection_format=raw.get("collectionFormat", "csv"),
        default=raw.get("default", NO_DEFAULT),
    )


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(regex)


def _fixed_segments(path: str) -> int:
    return sum(1 for segment in path.split("/") if segment and not segment.startswith("{"))
