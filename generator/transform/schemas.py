"""Swagger 2.0 schema objects to OpenAPI 3.0 schema objects.

The two are nearly the same JSON Schema subset. What changes: references move
from ``#/definitions`` to ``#/components/schemas``, ``x-nullable`` becomes
``nullable``, ``type: file`` becomes a binary string, and the discriminator
becomes an object. Keys OpenAPI 3.0 does not allow are dropped with a warning,
because the 3.0 document would otherwise not validate.
"""

from __future__ import annotations

import copy
from typing import Any

from ..load import pointer as jp
from .context import Context, child
from .kinds import BOOLEAN, INTEGER, NUMBER, OBJECT, STRING, fits
from .names import enum_member_names, is_a_name

DEFINITIONS = "#/definitions/"
COMPONENT_SCHEMAS = "#/components/schemas/"

TYPES = frozenset({"array", "boolean", "integer", "number", "object", "string"})
# Keys copied unchanged once their type is right (default and example hold any JSON value).
PLAIN_KEYS = {
    "title": STRING,
    "description": STRING,
    "format": STRING,
    "pattern": STRING,
    "multipleOf": NUMBER,
    "maximum": NUMBER,
    "minimum": NUMBER,
    "exclusiveMaximum": BOOLEAN,
    "exclusiveMinimum": BOOLEAN,
    "maxLength": INTEGER,
    "minLength": INTEGER,
    "maxItems": INTEGER,
    "minItems": INTEGER,
    "maxProperties": INTEGER,
    "minProperties": INTEGER,
    "uniqueItems": BOOLEAN,
    "readOnly": BOOLEAN,
    "writeOnly": BOOLEAN,
    "deprecated": BOOLEAN,
    "xml": OBJECT,
    "externalDocs": OBJECT,
}
ANY_VALUE = frozenset({"default", "example"})
SCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf")


def convert_ref(ref: Any, pointer: str, ctx: Context) -> str | None:
    """A definition reference in its 3.0 form; None (with a warning) for anything else."""
    if isinstance(ref, str) and _leads_nowhere(ref, pointer, ctx):
        ctx.warn(pointer, f"reference {ref!r} leads into a loop; the schema is left free-form")
        return None
    if isinstance(ref, str) and ref.startswith(DEFINITIONS):
        name, _, rest = ref[len(DEFINITIONS) :].partition("/")
        if name in ctx.definitions():
            target = ctx.schema_names.get(name, name)
            return COMPONENT_SCHEMAS + target + (f"/{rest}" if rest else "")
        ctx.warn(pointer, f"reference {ref!r} names no definition; the schema is left free-form")
        return None
    ctx.warn(pointer, f"reference {ref!r} is not to a definition; the schema is left free-form")
    return None


def _leads_nowhere(ref: str, pointer: str, ctx: Context) -> bool:
    """A reference in a loop (of ``$ref``s, or of ``allOf``): the client generator would recurse
    forever on it, so ``--best-effort`` cuts it (validation reported it)."""
    resolver = ctx.definition.resolver
    holder = jp.parent(pointer)
    problem = resolver.chain(holder, {"$ref": ref}).problem
    return holder in resolver.composition_loops or (problem is not None and problem.kind == "cycle")


def convert_schema(node: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    """One schema, recursively; never raises, whatever the input."""
    if not isinstance(node, dict):
        ctx.warn(pointer, "a schema must be an object; it is left free-form")
        return {}
    if "$ref" in node:
        return _convert_reference(node, pointer, ctx)
    out: dict[str, Any] = {}
    for key, value in node.items():
        _convert_key(out, str(key), value, child(pointer, key), ctx)
    if out.get("type") == "array" and "items" not in out:
        ctx.warn(pointer, "an array schema without 'items'; items are left free-form")
        out["items"] = {}
    _name_fit(out, pointer, ctx)
    return out


def _name_fit(out: dict[str, Any], pointer: str, ctx: Context) -> None:
    """The generator names a class by its schema's title and a member by its enum value:
    a title that is a paragraph becomes the description, clashing members get names."""
    title = out.get("title")
    if isinstance(title, str) and not is_a_name(title):
        del out["title"]
        out.setdefault("description", title)
        ctx.warn(child(pointer, "title"), "the title is too long to name a class; not used as one")
    members = enum_member_names(out.get("enum") or [])
    if members is not None and "x-enum-varnames" not in out:
        out["x-enum-varnames"] = members
        ctx.warn(
            child(pointer, "enum"),
            f"values that differ only in case or punctuation are members {', '.join(members)}",
        )


def _convert_reference(node: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    """``$ref`` siblings are ignored by both versions, except ``x-nullable`` we keep meaning of."""
    ref = convert_ref(node["$ref"], child(pointer, "$ref"), ctx)
    if ref is None:
        return {}
    if node.get("x-nullable") is True:
        return {"allOf": [{"$ref": ref}], "nullable": True}
    return {"$ref": ref}


def _convert_key(out: dict[str, Any], key: str, value: Any, pointer: str, ctx: Context) -> None:
    if key in ANY_VALUE or (key.startswith("x-") and key != "x-nullable"):
        out[key] = copy.deepcopy(value)
    elif key in PLAIN_KEYS:
        if fits(value, PLAIN_KEYS[key]):
            out[key] = copy.deepcopy(value)
        else:
            ctx.warn(pointer, f"'{key}' must be {PLAIN_KEYS[key]}; it is dropped")
    elif key in CONVERTERS:
        CONVERTERS[key](out, value, pointer, ctx)
    else:
        ctx.warn(pointer, f"'{key}' is not a schema keyword in OpenAPI 3.0; it is dropped")


def _type(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, list):
        kinds = [v for v in value if v != "null"]
        if "null" in value:
            out["nullable"] = True
        ctx.warn(pointer, "a list of types is not OpenAPI 3.0; the first non-null type is kept")
        value = kinds[0] if kinds else None
    if value == "file":
        out["type"], out["format"] = "string", "binary"
    elif isinstance(value, str) and value.lower() in TYPES:
        if value not in TYPES:
            ctx.warn(pointer, f"type {value!r} is written in lower case")
        out["type"] = value.lower()
    elif value is not None:
        ctx.warn(pointer, f"{value!r} is not a JSON Schema type; the type is dropped")


def _nullable(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, bool):
        out["nullable"] = value
    else:
        ctx.warn(pointer, "'x-nullable' must be true or false; it is dropped")


def _required(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        if value:  # 3.0 forbids an empty list; an empty one says nothing anyway
            out["required"] = list(dict.fromkeys(value))
    else:
        ctx.warn(pointer, "'required' on a schema must be a list of property names; it is dropped")


def _enum(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, list) and value:
        out["enum"] = copy.deepcopy(value)
    else:
        ctx.warn(pointer, "'enum' must be a non-empty list; it is dropped")


def _items(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, list):
        ctx.warn(pointer, "tuple 'items' are not OpenAPI 3.0; the first item schema is kept")
        value = value[0] if value else {}
    out["items"] = convert_schema(value, pointer, ctx)


def _properties(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if not isinstance(value, dict):
        ctx.warn(pointer, "'properties' must be an object; it is dropped")
        return
    out["properties"] = {
        str(name): convert_schema(schema, child(pointer, name), ctx)
        for name, schema in value.items()
    }


def _additional(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    out["additionalProperties"] = (
        value if isinstance(value, bool) else convert_schema(value, pointer, ctx)
    )


def _schema_list(key: str) -> Any:
    def convert(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
        if isinstance(value, list) and value:
            out[key] = [convert_schema(v, child(pointer, i), ctx) for i, v in enumerate(value)]
        else:
            ctx.warn(pointer, f"'{key}' must be a non-empty list of schemas; it is dropped")

    return convert


def _not(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    out["not"] = convert_schema(value, pointer, ctx)


def _discriminator(out: dict[str, Any], value: Any, pointer: str, ctx: Context) -> None:
    if isinstance(value, str):
        out["discriminator"] = {"propertyName": value}
    else:
        ctx.warn(pointer, "'discriminator' must name a property; it is dropped")


CONVERTERS = {
    "type": _type,
    "x-nullable": _nullable,
    "required": _required,
    "enum": _enum,
    "items": _items,
    "properties": _properties,
    "additionalProperties": _additional,
    "not": _not,
    "discriminator": _discriminator,
    **{key: _schema_list(key) for key in SCHEMA_LIST_KEYS},
}
