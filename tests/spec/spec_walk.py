"""Readers of the loaded spec that the spec tests share: references, operations, fields.

They read the document as the facts file describes an API (a body or a response is a list of
dotted field paths with a type), so a test can compare the two place by place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from trconnect.load.pointer import child, from_ref, resolve

# Read here independently of the model, so that these tests check the spec, not the model.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def deref(doc: dict, node: Any) -> Any:
    """``node`` with local ``$ref``s followed until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        pointer = from_ref(node["$ref"])
        assert pointer is not None, f"remote $ref {node['$ref']} in the spec"
        node = resolve(doc, pointer)
    return node


def operations(doc: dict) -> Iterator[tuple[str, str, dict]]:
    """Every (path, method, operation) of the document, in source order."""
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def operation_by_id(doc: dict) -> dict[str, tuple[str, str, dict]]:
    """operationId -> (path, method, operation)."""
    return {op["operationId"]: (path, method, op) for path, method, op in operations(doc)}


def parameters(doc: dict, path: str, op: dict) -> list[dict]:
    """The resolved parameters of an operation, path-level ones included."""
    listed = [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
    return [deref(doc, p) for p in listed]


def merged(doc: dict, schema: dict) -> dict:
    """``schema`` resolved, with any ``allOf`` folded into one object schema."""
    schema = deref(doc, schema)
    if "allOf" not in schema:
        return schema
    out: dict = {"type": "object", "properties": {}, "required": []}
    for part in [*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]:
        part = merged(doc, part)
        out["properties"].update(part.get("properties", {}))
        out["required"] += part.get("required", [])
    return out


def type_notation(doc: dict, schema: dict) -> str:
    """The facts file's way of writing a type: ``integer (int32)``, ``array of object``."""
    schema = merged(doc, schema)
    if schema.get("type") == "array":
        items = schema.get("items") or {}
        return "array of " + (type_notation(doc, items) if items else "any")
    kind = schema.get("type", "object" if "properties" in schema else "any")
    return f"{kind} ({schema['format']})" if "format" in schema else kind


def fields(doc: dict, schema: dict) -> list[tuple[str, dict, bool]]:
    """(dotted path, schema, required) of every field, as the facts file lists them.

    An object root lists only its fields; any other root is listed as ``(root)``, and the
    fields of an array's objects go under the array's own path.
    """
    root = merged(doc, schema)
    if root.get("type", "object") == "object":
        return _object_fields(doc, root, "")
    return [("(root)", root, False), *_children(doc, root, "")]


def _object_fields(doc: dict, schema: dict, prefix: str) -> list[tuple[str, dict, bool]]:
    required = set(schema.get("required", []))
    out = []
    for name, prop in schema.get("properties", {}).items():
        path = f"{prefix}{name}"
        prop = merged(doc, prop)
        out.append((path, prop, name in required))
        out += _children(doc, prop, path + ".")
    return out


def _children(doc: dict, schema: dict, prefix: str) -> list[tuple[str, dict, bool]]:
    if schema.get("type") == "array" and schema.get("items"):
        return _children(doc, merged(doc, schema["items"]), prefix)
    if "properties" in schema:
        return _object_fields(doc, schema, prefix)
    return []


def object_schemas(node: Any, pointer: str = "") -> Iterator[tuple[str, dict]]:
    """(pointer, schema) of every schema written with ``properties``, anywhere, unresolved."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and all(isinstance(p, dict) for p in props.values()):
            yield pointer, node
        for key, value in node.items():
            yield from object_schemas(value, child(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from object_schemas(value, child(pointer, index))
