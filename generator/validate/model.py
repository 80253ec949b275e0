"""A read-only view of a definition that the rules share.

Real definitions are written by many hands, so nothing here trusts a shape:
a list where an object belongs, a ``$ref`` that leads nowhere or a string
where a schema should be is skipped (other rules report it) rather than
raised. Every collection is computed once per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from ..load import Document
from ..load.operations import HTTP_METHODS
from ..load.pointer import child, from_ref, resolve, walk

SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_MAX_REF_HOPS = 32
T = TypeVar("T")


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def is_internal(node: dict[str, Any]) -> bool:
    return node.get("x-ms-visibility") == "internal"


@dataclass(frozen=True)
class Parameter:
    """A parameter as an operation sees it: ``data`` resolved, ``pointer`` where it is listed."""

    pointer: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.data.get("name", ""))

    @property
    def location(self) -> str:
        return str(self.data.get("in", ""))


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    pointer: str
    data: dict[str, Any]
    path_item: dict[str, Any]
    parameters: tuple[Parameter, ...]

    @property
    def id(self) -> str | None:
        value = self.data.get("operationId")
        return value if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return self.id or f"{self.method.upper()} {self.path}"

    @property
    def is_trigger(self) -> bool:
        return "x-ms-trigger" in self.data

    @property
    def notification_content_pointer(self) -> str | None:
        """Where ``x-ms-notification-content`` is: path item (as the schema says) or operation."""
        if "x-ms-notification-content" in self.data:
            return child(self.pointer, "x-ms-notification-content")
        if "x-ms-notification-content" in self.path_item:
            return child(self.pointer.rsplit("/", 1)[0], "x-ms-notification-content")
        return None

    def body(self) -> Parameter | None:
        return next((p for p in self.parameters if p.location == "body"), None)


@dataclass(frozen=True)
class SchemaNode:
    """A schema written at ``pointer``; ``hidden`` when it or an ancestor is internal."""

    pointer: str
    data: dict[str, Any]
    hidden: bool


class Definition:
    """A Swagger 2.0 connector definition with the lookups its rules need."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.data: dict[str, Any] = document.data
        self._memo: dict[Callable[[Definition], Any], Any] = {}

    def cached(self, compute: Callable[[Definition], T]) -> T:
        """``compute(self)``, once: for a rule module's helper that several of its rules share."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]

    def resolve(self, ref: Any) -> Any:
        """The target of a local ``$ref``, None when it is remote or leads nowhere."""
        pointer = from_ref(ref) if isinstance(ref, str) else None
        if pointer is None or (pointer and not pointer.startswith("/")):
            return None
        try:
            return resolve(self.data, pointer)
        except KeyError:
            return None

    def deref(self, node: Any) -> dict[str, Any]:
        """``node`` with its ``$ref`` chain followed; {} when it cannot be."""
        return self.follow("", node)[1]

    def follow(self, pointer: str, node: Any) -> tuple[str, dict[str, Any]]:
        """Where ``node``'s ``$ref`` chain ends and what is there; ({pointer}, {}) on a dead end."""
        for _ in range(_MAX_REF_HOPS):
            if not isinstance(node, dict):
                return pointer, {}
            ref = node.get("$ref")
            if ref is None:
                return pointer, node
            pointer, node = (
                (from_ref(ref) if isinstance(ref, str) else None) or "",
                self.resolve(ref),
            )
        return pointer, {}

    @cached_property
    def references(self) -> list[tuple[str, dict[str, Any], str]]:
        """Every object with a ``$ref``: (its pointer, the object, the reference)."""
        return [
            (pointer, value, value["$ref"])
            for pointer, value in walk(self.data)
            if isinstance(value, dict) and isinstance(value.get("$ref"), str)
        ]

    @cached_property
    def operations(self) -> list[Operation]:
        found = []
        for path, item in as_dict(self.data.get("paths")).items():
            if not isinstance(item, dict):
                continue
            shared = self._listed_parameters(
                item.get("parameters"), child("", "paths", path, "parameters")
            )
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                pointer = child("", "paths", path, method)
                own = self._listed_parameters(
                    operation.get("parameters"), child(pointer, "parameters")
                )
                merged = {(p.name, p.location): p for p in shared}
                merged.update({(p.name, p.location): p for p in own})
                found.append(
                    Operation(path, method, pointer, operation, item, tuple(merged.values()))
                )
        return found

    def _listed_parameters(self, listed: Any, pointer: str) -> list[Parameter]:
        return [Parameter(child(pointer, i), self.deref(p)) for i, p in enumerate(as_list(listed))]

    @cached_property
    def operations_by_id(self) -> dict[str, list[Operation]]:
        by_id: dict[str, list[Operation]] = {}
        for operation in self.operations:
            if operation.id is not None:
                by_id.setdefault(operation.id, []).append(operation)
        return by_id

    @cached_property
    def parameter_definitions(self) -> list[tuple[str, dict[str, Any]]]:
        """Every parameter written out (not a ``$ref``), once, where it is written."""
        found = [
            (child("", "parameters", name), value)
            for name, value in as_dict(self.data.get("parameters")).items()
            if isinstance(value, dict)
        ]
        for path, item in as_dict(self.data.get("paths")).items():
            item = as_dict(item)
            lists = [(child("", "paths", path, "parameters"), item.get("parameters"))]
            lists += [
                (
                    child("", "paths", path, method, "parameters"),
                    as_dict(item.get(method)).get("parameters"),
                )
                for method in HTTP_METHODS
            ]
            for pointer, listed in lists:
                found += [
                    (child(pointer, i), value)
                    for i, value in enumerate(as_list(listed))
                    if isinstance(value, dict) and "$ref" not in value
                ]
        return found

    @cached_property
    def response_definitions(self) -> list[tuple[str, dict[str, Any]]]:
        """Every response written out (not a ``$ref``), where it is written."""
        found = [
            (child("", "responses", code), value)
            for code, value in as_dict(self.data.get("responses")).items()
            if isinstance(value, dict)
        ]
        for operation in self.operations:
            for code, value in as_dict(operation.data.get("responses")).items():
                if isinstance(value, dict) and "$ref" not in value:
                    found.append((child(operation.pointer, "responses", code), value))
        return found

    @cached_property
    def schemas(self) -> list[SchemaNode]:
        """Every schema written out in the document, parents before their children."""
        roots = [
            (child("", "definitions", name), value)
            for name, value in as_dict(self.data.get("definitions")).items()
        ]
        roots += [
            (child(pointer, "schema"), value.get("schema"))
            for pointer, value in self.parameter_definitions + self.response_definitions
            if "schema" in value
        ]
        for path, item in as_dict(self.data.get("paths")).items():
            holders = [(child("", "paths", path), as_dict(item))]
            holders += [
                (child("", "paths", path, m), as_dict(as_dict(item).get(m))) for m in HTTP_METHODS
            ]
            roots += [
                (child(pointer, "x-ms-notification-content", "schema"), content.get("schema"))
                for pointer, holder in holders
                if (content := as_dict(holder.get("x-ms-notification-content")))
            ]
        found: list[SchemaNode] = []
        for pointer, value in roots:
            found.extend(_walk_schema(pointer, value, hidden=False))
        return found


def _walk_schema(pointer: str, schema: Any, *, hidden: bool) -> Iterator[SchemaNode]:
    if not isinstance(schema, dict):
        return
    hidden = hidden or is_internal(schema)
    yield SchemaNode(pointer, schema, hidden)
    for name, value in as_dict(schema.get("properties")).items():
        yield from _walk_schema(child(pointer, "properties", name), value, hidden=hidden)
    items = schema.get("items")
    if isinstance(items, list):
        for index, value in enumerate(items):
            yield from _walk_schema(child(pointer, "items", index), value, hidden=hidden)
    else:
        yield from _walk_schema(child(pointer, "items"), items, hidden=hidden)
    yield from _walk_schema(
        child(pointer, "additionalProperties"), schema.get("additionalProperties"), hidden=hidden
    )
    for keyword in SCHEMA_LISTS:
        for index, value in enumerate(as_list(schema.get(keyword))):
            yield from _walk_schema(child(pointer, keyword, index), value, hidden=hidden)
