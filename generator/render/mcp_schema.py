"""Swagger 2.0 schemas as the self-contained JSON Schema an MCP tool advertises.

A tool's schemas travel alone (no ``definitions`` beside them), and Copilot Studio drops
a tool whose schema holds a ``$ref``, a list of types or ``anyOf``/``oneOf``; so every
``$ref`` is inlined (a recursive one once), ``allOf`` is merged beforehand as the connector
has it (:func:`..transform.power_platform.merge_all_of`),
and nullability never becomes ``["string", "null"]``: an input that may be null is simply
left out, and an output that may be null loses its ``type``. What Swagger spells unlike
JSON Schema is translated (a boolean ``exclusiveMinimum``, the ``file`` type, the
``x-ms-summary`` label as a description); every other extension is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Definition

JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
COPIED = (
    "format",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "default",
    "title",
)
EXCLUSIVE = (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum"))


def json_schema(definition: Definition, schema: Any, *, output: bool = False) -> dict[str, Any]:
    """``schema`` as self-contained JSON Schema; ``output`` for an answer (see the module)."""
    return _convert(definition, schema, (), output)


def _convert(
    definition: Definition, schema: Any, seen: tuple[str, ...], output: bool
) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:  # a recursive schema is described one level deep
            return {}
        return _convert(definition, definition.deref(schema), (*seen, ref), output)
    out = {key: schema[key] for key in COPIED if key in schema}
    _type(schema, out, output)
    _exclusive_bounds(schema, out)
    described = schema.get("description") or schema.get("x-ms-summary")
    if isinstance(described, str) and described.strip():
        out["description"] = " ".join(described.split())
    if isinstance(schema.get("enum"), list):
        out["enum"] = list(schema["enum"])
        if output and schema.get("x-nullable") is True and None not in out["enum"]:
            out["enum"].append(None)
    if isinstance(schema.get("pattern"), str) and _compiles(schema["pattern"]):
        out["pattern"] = schema["pattern"]
    _children(definition, schema, out, seen, output)
    return out


def _type(schema: dict[str, Any], out: dict[str, Any], output: bool) -> None:
    kind = schema.get("type")
    if kind == "file":  # a file travels as its contents
        out["type"] = "string"
    elif (
        isinstance(kind, str)
        and kind in JSON_TYPES
        and not (output and schema.get("x-nullable") is True)
    ):
        out["type"] = kind


def _exclusive_bounds(schema: dict[str, Any], out: dict[str, Any]) -> None:
    """Swagger's ``exclusiveMinimum: true`` beside ``minimum`` is JSON Schema's number."""
    for flag, bound in EXCLUSIVE:
        if schema.get(flag) is True and isinstance(schema.get(bound), int | float):
            out[flag] = out.pop(bound)


def _children(
    definition: Definition,
    schema: dict[str, Any],
    out: dict[str, Any],
    seen: tuple[str, ...],
    output: bool,
) -> None:
    properties = schema.get("properties")
    if isinstance(properties, dict):
        out["properties"] = {
            str(name): _convert(definition, value, seen, output)
            for name, value in properties.items()
        }
    required = [name for name in schema.get("required") or [] if isinstance(name, str)]
    if required:
        out["required"] = list(dict.fromkeys(required))
    if isinstance(schema.get("items"), dict):
        out["items"] = _convert(definition, schema["items"], seen, output)
    extra = schema.get("additionalProperties")
    if isinstance(extra, bool):
        out["additionalProperties"] = extra
    elif isinstance(extra, dict):
        out["additionalProperties"] = _convert(definition, extra, seen, output)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
