"""Swagger 2.0 responses to OpenAPI 3.0 responses.

A 2.0 response has one ``schema`` for every media type the operation
``produces``; a 3.0 response has ``content`` keyed by media type. Headers gain a
``schema`` the same way parameters do.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from .context import Context, child, extensions, is_json
from .kinds import STRING, copy_fields
from .schemas import convert_schema

SHARED = "#/responses/"
STATUS = re.compile(r"^(default|[1-5](\d\d|XX))$")
RESPONSE_FIELDS = frozenset({"description", "schema", "headers", "examples"})
HEADER_SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "enum",
    "maximum",
    "minimum",
    "pattern",
    "maxLength",
    "minLength",
)


def convert_responses(node: Any, pointer: str, ctx: Context, produces: list[str]) -> dict[str, Any]:
    """An operation's ``responses``; 3.0 requires at least one, so one is made if none."""
    out: dict[str, Any] = {}
    if isinstance(node, dict):
        for code, response in node.items():
            status = str(code).upper() if str(code) != "default" else "default"
            if STATUS.match(status) is None:
                ctx.warn(child(pointer, code), f"{code!r} is not an HTTP status; it is dropped")
                continue
            out[status] = convert_response(response, child(pointer, code), ctx, produces)
    elif node is not None:
        ctx.warn(pointer, "'responses' must be an object; it is ignored")
    if not out:
        ctx.warn(pointer, "an operation needs at least one response; 'default' is added")
        out["default"] = {"description": "Any response."}
    return out


def convert_response(node: Any, pointer: str, ctx: Context, produces: list[str]) -> dict[str, Any]:
    if not isinstance(node, dict):
        ctx.warn(pointer, "a response must be an object; an empty one is used")
        return {"description": ""}
    if "$ref" in node:
        return _reference(node["$ref"], pointer, ctx)
    out: dict[str, Any] = {"description": _description(node, pointer, ctx)}
    if "headers" in node:
        out["headers"] = _headers(node["headers"], child(pointer, "headers"), ctx)
    if "schema" in node:
        schema = convert_schema(node["schema"], child(pointer, "schema"), ctx)
        media = ["application/octet-stream"] if schema.get("format") == "binary" else produces
        if _is_structured(schema) and not any(is_json(m) for m in media):
            # An object or array described by a schema is JSON, whatever ``produces`` says
            # (``*/*``, or the ``application/pdf`` of the success answer on an error).
            media = ["application/json", *media]
        # JSON first: a generator reads the first media type it knows, and a schema is JSON.
        media = sorted(media, key=lambda m: "json" not in m.lower())
        out["content"] = {m: {"schema": copy.deepcopy(schema)} for m in media}
        _examples(out["content"], node.get("examples"), child(pointer, "examples"), ctx)
    out.update(extensions(node))
    for key in node:
        if key not in RESPONSE_FIELDS and not str(key).startswith("x-"):
            ctx.warn(child(pointer, key), f"'{key}' is not a response field; it is dropped")
    return out


def _is_structured(schema: dict[str, Any]) -> bool:
    return "$ref" in schema or schema.get("type") in ("object", "array") or "properties" in schema


def _reference(ref: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    shared = ctx.swagger.get("responses")
    if isinstance(ref, str) and ref.startswith(SHARED) and isinstance(shared, dict):
        name = ref[len(SHARED) :]
        if name in shared:
            return {"$ref": f"#/components/responses/{name}"}
    ctx.warn(child(pointer, "$ref"), f"reference {ref!r} names no shared response; it is empty")
    return {"description": ""}


def _description(node: dict[str, Any], pointer: str, ctx: Context) -> str:
    value = node.get("description")
    if isinstance(value, str):
        return value
    ctx.warn(pointer, "a response needs a 'description'; an empty one is used")
    return ""


def _headers(node: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    if not isinstance(node, dict):
        ctx.warn(pointer, "'headers' must be an object; it is dropped")
        return {}
    out = {}
    for name, header in node.items():
        if not isinstance(header, dict):
            ctx.warn(child(pointer, name), "a header must be an object; it is dropped")
            continue
        raw = {k: header[k] for k in HEADER_SCHEMA_FIELDS if k in header}
        converted: dict[str, Any] = {"schema": convert_schema(raw, child(pointer, name), ctx)}
        converted.update(copy_fields(header, {"description": STRING}, child(pointer, name), ctx))
        converted.update(extensions(header))
        out[str(name)] = converted
    return out


def _examples(content: dict[str, Any], examples: Any, pointer: str, ctx: Context) -> None:
    """2.0 ``examples`` are keyed by media type; each lands on its 3.0 content entry."""
    if examples is None:
        return
    if not isinstance(examples, dict):
        ctx.warn(pointer, "'examples' must be keyed by media type; they are dropped")
        return
    for media, example in examples.items():
        if media in content:
            content[media]["example"] = copy.deepcopy(example)
        else:
            ctx.warn(child(pointer, media), f"no content of type {media!r}; example dropped")
