"""What an operation's requests carry that its method's arguments do not: its ``Wire``.

Power Platform sends what the definition describes, not only what a maker typed: a
required ``x-ms-visibility: internal`` parameter (or body field) with a default goes out
with that default and is never asked for; arrays are joined as their ``collectionFormat``
says (a Swagger 2.0 default of ``csv``); ``Accept`` names what the operation ``produces``
(JSON where offered, unless the answer is a file); ``readOnly`` fields are never sent; a
path value marked ``x-ms-url-encoding: double`` is encoded twice. These are read from the
definition as written, since OpenAPI 3.0 has no place for ``tsv``, ``x-ms-url-encoding`` or
what a hidden default means, and rendered as the data of the runtime's ``Wire``
(``overrides/client/runtime/_wire.py``), whose functions apply them.

An internal parameter that is not required is left out, as Power Platform leaves it out:
nobody can fill it in there either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Definition, Operation, Parameter
from ..model.values import as_dict, as_list, is_internal
from ..transform.context import is_json
from ..transform.names import path_identifier
from .escape import py_literal

FORMATS = frozenset({"csv", "ssv", "tsv", "pipes", "multi"})
REPEATABLE = frozenset({"query", "formData"})  # where "multi" may repeat the key


@dataclass
class WireFacts:
    """The ``Wire`` of one endpoint, as plain data (see the runtime's ``Wire``)."""

    accept: str | None = None
    fixed: dict[str, dict[str, Any]] = field(default_factory=dict)
    formats: dict[str, dict[str, str]] = field(default_factory=dict)
    double_encoded: list[str] = field(default_factory=list)
    read_only: dict[str, Any] = field(default_factory=dict)

    def is_fixed(self, location: str, name: str) -> bool:
        """Whether the argument is filled in (path by python name, the rest by wire name)."""
        return name in self.fixed.get("body" if location == "formData" else location, {})

    def is_read_only(self, name: str) -> bool:
        """Whether a field of the body itself is read-only."""
        fields = self.read_only.get("", {})
        return name in fields and fields[name] is None

    @property
    def literal(self) -> str:
        """``Wire(...)`` as Python source (values through ``escape.py_literal``); "" if empty."""
        arguments = {
            "accept": self.accept,
            "fixed": self.fixed,
            "formats": self.formats,
            "double_encoded": frozenset(self.double_encoded),
            "read_only": self.read_only,
        }
        given = {k: py_literal(v) for k, v in arguments.items() if v}
        return f"Wire({', '.join(f'{k}={v}' for k, v in given.items())})" if given else ""


def find_wire(definition: Definition, op_id: str, path_names: dict[str, str]) -> WireFacts:
    """The facts for ``op_id``; ``path_names`` maps a path placeholder to its python name."""
    operation = definition.operation(op_id)
    facts = WireFacts()
    if operation is None:
        return facts
    facts.accept = _accept(operation)
    for parameter in operation.parameters:
        name = parameter.name
        if parameter.location == "path":
            name = path_names.get(path_identifier(name), name)
            if parameter.data.get("x-ms-url-encoding") == "double":
                facts.double_encoded.append(name)
        if parameter.location == "body":
            _body(definition, parameter, facts)
            continue
        if parameter.is_internal and parameter.has_default and parameter.required:
            place = "body" if parameter.location == "formData" else parameter.location
            facts.fixed.setdefault(place, {})[name] = parameter.default
        fmt = _collection_format(parameter)
        if parameter.type == "array" and fmt != "csv":
            facts.formats.setdefault(parameter.location, {})[name] = fmt
    return facts


def _collection_format(parameter: Parameter) -> str:
    """How the client joins the parameter's array: unknown formats, and ``multi`` where a key
    cannot repeat (path, header), as csv (the transform warns of both)."""
    fmt = parameter.collection_format
    if fmt not in FORMATS or (fmt == "multi" and parameter.location not in REPEATABLE):
        return "csv"
    return fmt


def _accept(operation: Operation) -> str | None:
    """What the answer may be: what a declared ``Accept`` parameter allows (its default, its
    one value), else JSON when ``produces`` offers it, unless the success answer is a file."""
    declared = next(
        (p for p in operation.parameters if p.location == "header" and p.name.lower() == "accept"),
        None,
    )
    allowed = as_list(declared.data.get("enum")) if declared else []
    if declared is not None and (declared.has_default or len(allowed) == 1):
        return str(declared.default if declared.has_default else allowed[0])
    produces = operation.media_types("produces")
    if not produces:
        return None
    if any(_is_file(r.schema) for r in operation.responses.values() if r.is_success):
        files = [media for media in produces if not is_json(media)]
        return ", ".join(files or produces)
    if "application/json" in produces:
        return "application/json"
    return next((media for media in produces if is_json(media)), ", ".join(produces))


def _is_file(schema: dict[str, Any] | None) -> bool:
    return schema is not None and (schema.get("type") == "file" or schema.get("format") == "binary")


def _body(definition: Definition, parameter: Parameter, facts: WireFacts) -> None:
    """The body's fixed fields (required, internal, with a default) and read-only fields."""
    schema = definition.deref(parameter.schema)
    required = set(as_list(schema.get("required")))
    for name, value in _properties(definition, schema).items():
        node = definition.deref(value)
        if is_internal(node) and "default" in node and name in required:
            facts.fixed.setdefault("body", {})[name] = node["default"]
    facts.read_only = _read_only(definition, parameter)


def _read_only(definition: Definition, parameter: Parameter) -> dict[str, dict[str, Any]]:
    """The body's read-only fields as a graph: schema key -> field -> None (read-only) or the
    key of the schema of its value (arrays are looked through); "" is the body's own. Only
    schemas that hold a read-only field somewhere are in it. A graph, not a tree: a schema
    reached many ways is written once, so the literal grows with the definition, not with
    the ways through it."""
    memo: dict[str, Any] = definition.cached(_memo)
    root = _key(definition, parameter.schema, parameter.pointer, memo)
    if root is None:
        return {}
    graph = {"": memo[root]}
    waiting = [root]
    while waiting:
        for inner in memo[waiting.pop()].values():
            if inner is not None and inner not in graph:
                graph[inner] = memo[inner]
                waiting.append(inner)
    return graph


def _key(definition: Definition, schema: Any, where: str, memo: dict[str, Any]) -> str | None:
    """The schema's key (its ``$ref``, else ``where``), worked out once per definition; None
    when it holds no read-only field. One met again on its own way down (a cycle) reads as
    holding none there."""
    ref = as_dict(schema).get("$ref")
    key = ref if isinstance(ref, str) else where
    if key not in memo:
        memo[key] = None  # while it is being worked out
        memo[key] = _fields_of(definition, definition.deref(schema), key, memo)
    return key if memo[key] else None


def _fields_of(
    definition: Definition, node: dict[str, Any], key: str, memo: dict[str, Any]
) -> dict[str, str | None] | None:
    if "items" in node:
        inner = _key(definition, node["items"], key + "/items", memo)
        return memo[inner] if inner is not None else None
    found: dict[str, str | None] = {}
    for name, value in _properties(definition, node).items():
        if definition.deref(value).get("readOnly") is True:
            found[name] = None
        elif (inner := _key(definition, value, f"{key}/{name}", memo)) is not None:
            found[name] = inner
    return found or None


def _memo(definition: Definition) -> dict[str, Any]:
    """A definition's read-only fields by schema key, shared by all its operations."""
    return {}


def _properties(definition: Definition, node: dict[str, Any]) -> dict[str, Any]:
    """A schema's properties, with those of its ``allOf`` parts (its own win)."""
    found: dict[str, Any] = {}
    for part in as_list(node.get("allOf")):
        found.update(as_dict(definition.deref(part).get("properties")))
    found.update(as_dict(node.get("properties")))
    return {str(name): value for name, value in found.items()}
