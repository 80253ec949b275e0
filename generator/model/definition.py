"""One typed model of a Swagger 2.0 connector definition, built once and read by every stage.

Real definitions are written by many hands, so nothing here trusts a shape: a
list where an object belongs, a ``$ref`` that leads nowhere or a string where
a schema should be is passed over (the validator reports it) rather than
raised. The model never copies or changes the document: ``data`` is the
author's text as parsed, key order kept, for output that must stay theirs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from ..load import Document, load_document
from ..load.pointer import child
from .properties import EMPTY, Properties, load_properties, package_files
from .refs import Reference, RefProblem, Resolver
from .values import as_dict, as_list, as_text, is_internal

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
SAFE_METHODS = frozenset({"get", "head", "options"})
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
NOTIFICATION_CONTENT = "x-ms-notification-content"
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
T = TypeVar("T")


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

    @property
    def required(self) -> bool:
        return bool(self.data.get("required", self.location == "path"))

    @property
    def type(self) -> str | None:
        return as_text(self.data.get("type"))

    @property
    def format(self) -> str | None:
        return as_text(self.data.get("format"))

    @property
    def schema(self) -> dict[str, Any]:
        """The body's schema as written, or the JSON Schema of a simple parameter's value."""
        if self.location == "body":
            return as_dict(self.data.get("schema"))
        return {key: self.data[key] for key in VALUE_KEYS if key in self.data}

    @property
    def collection_format(self) -> str:
        return as_text(self.data.get("collectionFormat")) or "csv"

    @property
    def has_default(self) -> bool:
        return "default" in self.data

    @property
    def default(self) -> Any:
        return self.data.get("default")

    @property
    def description(self) -> str:
        return as_text(self.data.get("description")) or ""

    @property
    def summary(self) -> str:
        """The label a maker sees (``x-ms-summary``)."""
        return as_text(self.data.get("x-ms-summary")) or ""

    @property
    def visibility(self) -> str | None:
        return as_text(self.data.get("x-ms-visibility"))

    @property
    def is_internal(self) -> bool:
        return is_internal(self.data)

    @property
    def dynamic_values(self) -> dict[str, Any] | None:
        value = self.data.get("x-ms-dynamic-values")
        return value if isinstance(value, dict) else None

    @property
    def dynamic_schema(self) -> dict[str, Any] | None:
        value = self.data.get("x-ms-dynamic-schema")
        return value if isinstance(value, dict) else None

    @property
    def is_notification_url(self) -> bool:
        return bool(self.data.get("x-ms-notification-url"))


@dataclass(frozen=True)
class Response:
    """One declared response: ``status`` as written (``"200"``, ``"default"``), data resolved."""

    status: str
    pointer: str
    data: dict[str, Any]

    @property
    def schema(self) -> dict[str, Any] | None:
        schema = self.data.get("schema")
        return schema if isinstance(schema, dict) else None

    @property
    def description(self) -> str:
        return as_text(self.data.get("description")) or ""

    @property
    def is_success(self) -> bool:
        return self.status.isdigit() and 200 <= int(self.status) <= 299


@dataclass(frozen=True, eq=False)
class Operation:
    """One method of one path, with the path item whose parameters it inherits.

    ``pointer`` and ``path_pointer`` are where the operation and its path item
    really live (a referenced path item lives where its ``$ref`` leads).
    """

    path: str
    method: str
    pointer: str
    data: dict[str, Any]
    path_item: dict[str, Any]
    parameters: tuple[Parameter, ...]
    path_pointer: str
    definition_data: dict[str, Any]
    resolver: Resolver

    @property
    def id(self) -> str | None:
        value = self.data.get("operationId")
        return value if isinstance(value, str) and value else None

    @property
    def key(self) -> tuple[str, str]:
        return self.method, self.path

    @property
    def label(self) -> str:
        return self.id or f"{self.method.upper()} {self.path}"

    @property
    def tags(self) -> list[str]:
        return [tag for tag in as_list(self.data.get("tags")) if isinstance(tag, str)]

    @property
    def summary(self) -> str:
        return as_text(self.data.get("summary")) or ""

    @property
    def description(self) -> str:
        return as_text(self.data.get("description")) or ""

    @property
    def deprecated(self) -> bool:
        return self.data.get("deprecated") is True

    @property
    def visibility(self) -> str | None:
        return as_text(self.data.get("x-ms-visibility"))

    @property
    def is_internal(self) -> bool:
        return is_internal(self.data)

    @property
    def is_trigger(self) -> bool:
        return "x-ms-trigger" in self.data

    @property
    def trigger(self) -> str | None:
        """``single`` or ``batch`` for a trigger, None for an action."""
        return as_text(self.data.get("x-ms-trigger")) if self.is_trigger else None

    @property
    def trigger_metadata(self) -> dict[str, Any]:
        return as_dict(self.data.get("x-ms-trigger-metadata"))

    @property
    def capabilities(self) -> dict[str, Any]:
        return as_dict(self.data.get("x-ms-capabilities"))

    @property
    def notification_content_pointer(self) -> str | None:
        """Where ``x-ms-notification-content`` is: path item (as the schema says) or operation."""
        if NOTIFICATION_CONTENT in self.data:
            return child(self.pointer, NOTIFICATION_CONTENT)
        if NOTIFICATION_CONTENT in self.path_item:
            return child(self.path_pointer, NOTIFICATION_CONTENT)
        return None

    @property
    def notification_content(self) -> dict[str, Any] | None:
        """The payload a webhook trigger receives (``x-ms-notification-content``), if declared."""
        value = self.data.get(NOTIFICATION_CONTENT, self.path_item.get(NOTIFICATION_CONTENT))
        return value if isinstance(value, dict) else None

    @property
    def is_webhook(self) -> bool:
        """A trigger that subscribes a callback rather than being polled."""
        mode = self.trigger_metadata.get("mode")
        if mode is not None:
            return mode == "webhook"
        return self.notification_content is not None or any(
            p.is_notification_url for p in self.parameters
        )

    def body(self) -> Parameter | None:
        return next((p for p in self.parameters if p.location == "body"), None)

    def parameter(self, name: str, location: str | None = None) -> Parameter | None:
        return next(
            (
                p
                for p in self.parameters
                if p.name == name and (location is None or p.location == location)
            ),
            None,
        )

    @cached_property
    def responses(self) -> dict[str, Response]:
        """Responses by status as written, each resolved; a dead-end ``$ref`` reads as {}."""
        listed = as_dict(self.data.get("responses"))
        found = {}
        for status, value in listed.items():
            pointer = child(self.pointer, "responses", status)
            found[str(status)] = Response(str(status), pointer, self.resolver.deref(value))
        return found

    def response(self, status: int | str) -> Response | None:
        """The response declared for ``status``, else the ``default`` one."""
        return self.responses.get(str(status), self.responses.get("default"))

    def inherited(self, key: str) -> Any:
        """An operation's own ``security``/``consumes``/``produces``, else the document's."""
        return self.data[key] if key in self.data else self.definition_data.get(key)

    def media_types(self, key: str) -> list[str]:
        """``consumes`` or ``produces``, own or inherited, as a list of strings."""
        return [value for value in as_list(self.inherited(key)) if isinstance(value, str)]


@dataclass(frozen=True)
class SecurityScheme:
    """One entry of ``securityDefinitions``."""

    name: str
    pointer: str
    data: dict[str, Any]

    @property
    def type(self) -> str | None:
        return as_text(self.data.get("type"))

    @property
    def location(self) -> str | None:
        """``header`` or ``query`` for an API key."""
        return as_text(self.data.get("in"))

    @property
    def parameter_name(self) -> str | None:
        """The header or query parameter an API key travels in."""
        return as_text(self.data.get("name"))

    @property
    def flow(self) -> str | None:
        return as_text(self.data.get("flow"))


@dataclass(frozen=True)
class Api:
    """What the definition says about the API as a whole."""

    data: dict[str, Any]

    @property
    def info(self) -> dict[str, Any]:
        return as_dict(self.data.get("info"))

    @property
    def title(self) -> str | None:
        return as_text(self.info.get("title"))

    @property
    def version(self) -> str | None:
        return as_text(self.info.get("version"))

    @property
    def description(self) -> str:
        return as_text(self.info.get("description")) or ""

    @property
    def host(self) -> str | None:
        return as_text(self.data.get("host"))

    @property
    def base_path(self) -> str:
        """``basePath`` without a trailing slash ("" for none)."""
        return (as_text(self.data.get("basePath")) or "").rstrip("/")

    @property
    def schemes(self) -> list[str]:
        return [s for s in as_list(self.data.get("schemes")) if isinstance(s, str)]

    @property
    def tags(self) -> list[dict[str, Any]]:
        return [tag for tag in as_list(self.data.get("tags")) if isinstance(tag, dict)]

    @cached_property
    def security_schemes(self) -> dict[str, SecurityScheme]:
        schemes = as_dict(self.data.get("securityDefinitions"))
        return {
            str(name): SecurityScheme(str(name), child("", "securityDefinitions", name), value)
            for name, value in schemes.items()
            if isinstance(value, dict)
        }

    def api_key_header(self) -> str | None:
        """The header of the first API key scheme sent in a header, if any."""
        for scheme in self.security_schemes.values():
            if scheme.type == "apiKey" and scheme.location == "header" and scheme.parameter_name:
                return scheme.parameter_name
        return None


@dataclass(frozen=True)
class SchemaNode:
    """A schema written at ``pointer``; ``hidden`` when it or an ancestor is internal."""

    pointer: str
    data: dict[str, Any]
    hidden: bool


class Definition:
    """A Swagger 2.0 connector definition: the document, its API, operations and schemas."""

    def __init__(self, document: Document, properties: Properties = EMPTY) -> None:
        self.document = document
        # apiProperties.json and script.csx: the rest of the package (see properties.py)
        self.properties = properties
        self.data: dict[str, Any] = document.data
        self.resolver = Resolver(self.data)
        self.api = Api(self.data)
        self._memo: dict[Callable[[Definition], Any], Any] = {}

    @classmethod
    def load(cls, path: Path | str, *, lenient: bool = False) -> Definition:
        """The definition with the apiProperties.json and script.csx beside it, if any."""
        path = Path(path)
        properties = load_properties(package_files(path))
        return cls(load_document(path, lenient=lenient), properties)

    @classmethod
    def from_data(cls, data: dict[str, Any], path: Path | str = "definition.json") -> Definition:
        """A model of a document built in memory; its lines are those of its JSON text."""
        text = json.dumps(data, indent=2)
        return cls(Document(path=Path(path), text=text, data=data, format="json"))

    @property
    def path(self) -> Path:
        return self.document.path

    def cached(self, compute: Callable[[Definition], T]) -> T:
        """``compute(self)``, once: for a consumer's helper that several of its parts share."""
        if compute not in self._memo:
            self._memo[compute] = compute(self)
        return self._memo[compute]

    def line_of(self, pointer: str) -> int | None:
        return self.document.line_of(pointer)

    def resolve(self, ref: Any) -> Any:
        """The target of a local ``$ref`` (one hop), None when it is remote or leads nowhere."""
        return self.resolver.target(ref)

    def deref(self, node: Any) -> dict[str, Any]:
        """``node`` with its ``$ref`` chain followed; {} when it cannot be."""
        return self.resolver.deref(node)

    def follow(self, pointer: str, node: Any) -> tuple[str, dict[str, Any]]:
        """Where ``node``'s ``$ref`` chain ends and what is there; ({pointer}, {}) on a dead end."""
        return self.resolver.follow(pointer, node)

    @property
    def references(self) -> list[Reference]:
        return self.resolver.references

    @property
    def ref_problems(self) -> list[RefProblem]:
        """Every reference that leads nowhere (missing target, cycle), once each."""
        return self.resolver.problems

    @cached_property
    def path_item_problems(self) -> list[RefProblem]:
        """Path items written as a ``$ref`` that leads nowhere (``operations`` has none of them)."""
        return [
            problem
            for path, written in as_dict(self.data.get("paths")).items()
            if (problem := self.resolver.chain(child("", "paths", path), written).problem)
        ]

    @cached_property
    def path_items(self) -> dict[str, Any]:
        """The path items by template as written, in source order, with or without operations.

        A ``$ref`` path item is kept as written (``operations`` follows it); {} when
        ``paths`` is not an object. For checks of the templates and items themselves.
        """
        return {str(path): item for path, item in as_dict(self.data.get("paths")).items()}

    @cached_property
    def definitions(self) -> dict[str, Any]:
        """``definitions`` by name ({} when the document has no proper object there)."""
        return {str(name): value for name, value in as_dict(self.data.get("definitions")).items()}

    @cached_property
    def operations(self) -> list[Operation]:
        """Every operation in source order (path by path, methods in ``HTTP_METHODS`` order)."""
        return list(self._operations())

    def _operations(self) -> Iterator[Operation]:
        for path, written in as_dict(self.data.get("paths")).items():
            path_pointer, item = self.resolver.follow(child("", "paths", path), written)
            shared = self._listed_parameters(
                item.get("parameters"), child(path_pointer, "parameters")
            )
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                pointer = child(path_pointer, method)
                own = self._listed_parameters(
                    operation.get("parameters"), child(pointer, "parameters")
                )
                merged = {(p.name, p.location): p for p in shared}
                merged.update({(p.name, p.location): p for p in own})
                yield Operation(
                    str(path),
                    method,
                    pointer,
                    operation,
                    item,
                    tuple(merged.values()),
                    path_pointer,
                    self.data,
                    self.resolver,
                )

    def _listed_parameters(self, listed: Any, pointer: str) -> list[Parameter]:
        return [Parameter(child(pointer, i), self.deref(p)) for i, p in enumerate(as_list(listed))]

    @cached_property
    def operations_by_id(self) -> dict[str, list[Operation]]:
        by_id: dict[str, list[Operation]] = {}
        for operation in self.operations:
            if operation.id is not None:
                by_id.setdefault(operation.id, []).append(operation)
        return by_id

    def operation(self, operation_id: str) -> Operation | None:
        """The operation with this id (the first, if careless authors used it twice)."""
        return next(iter(self.operations_by_id.get(operation_id, [])), None)

    @property
    def triggers(self) -> list[Operation]:
        return [operation for operation in self.operations if operation.is_trigger]

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
                (child(pointer, NOTIFICATION_CONTENT, "schema"), content.get("schema"))
                for pointer, holder in holders
                if (content := as_dict(holder.get(NOTIFICATION_CONTENT)))
            ]
        found: list[SchemaNode] = []
        for pointer, value in roots:
            found.extend(_walk_schema(pointer, value, hidden=False))
        return found

    def notification_schema(self) -> dict[str, Any] | None:
        """The payload schema of the first webhook trigger, resolved; None when there is none."""
        for operation in self.triggers:
            content = operation.notification_content
            if content is not None and isinstance(content.get("schema"), dict):
                return self.deref(content["schema"])
        return None


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
