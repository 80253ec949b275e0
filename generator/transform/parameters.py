"""Swagger 2.0 parameters to OpenAPI 3.0 parameters and request bodies.

In 2.0 a request body is a parameter (``in: body``, or several ``in: formData``);
in 3.0 it is a ``requestBody`` whose ``content`` is keyed by media type (the
operation's ``consumes``). Simple parameters keep their place but move their
type into a ``schema``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..load import pointer as jp
from ..model import Operation, Parameter
from ..model.values import is_internal
from .context import Context, child, extensions, is_json, one_of
from .kinds import BOOLEAN, STRING, copy_fields
from .names import path_identifier
from .schemas import convert_schema

TEMPLATE = re.compile(r"\{([^{}/]+)\}")
SIMPLE_LOCATIONS = frozenset({"query", "header", "path"})
SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
)
PARAMETER_FIELDS = frozenset(
    {"name", "in", "description", "required", "allowEmptyValue", "collectionFormat", "schema"}
)
# collectionFormat -> (style, explode); tsv has no 3.0 equivalent (the client still sends it).
STYLES = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
}
DATE_FORMATS = ("date", "date-time")
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass
class Source:
    """One parameter as written, after following a shared-parameter reference."""

    node: dict[str, Any]
    pointer: str
    shared_name: str | None = None


@dataclass
class Split:
    """An operation's parameters in 3.0 terms."""

    parameters: list[dict[str, Any]] = field(default_factory=list)
    body: dict[str, Any] | None = None


def convert_parameter(node: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    """A query, header or path parameter (not body or formData)."""
    out: dict[str, Any] = {"name": _client_name(node, pointer, ctx), "in": node.get("in")}
    out.update(copy_fields(node, {"description": STRING, "allowEmptyValue": BOOLEAN}, pointer, ctx))
    if node.get("in") == "path":
        if node.get("required") is not True:
            ctx.warn(pointer, "a path parameter must be required; it is marked required")
        out["required"] = True
        if "default" in node:  # a path parameter is always given, so its default is a sample
            if not is_internal(node):  # a hidden one is sent with it (see render/client_wire)
                ctx.warn(
                    child(pointer, "default"),
                    "a required path parameter cannot have a default; "
                    "this one is kept as an example",
                )
            out["example"] = node["default"]
    elif "required" in node:
        out["required"] = bool(node["required"])
    out["schema"] = _parameter_schema(node, pointer, ctx)
    if node.get("in") == "path":
        out["schema"].pop("default", None)
    _drop_unreadable_default(out["schema"], pointer, ctx)
    if node.get("in") == "header" and out["schema"].get("format") in DATE_FORMATS:
        ctx.warn(
            child(pointer, "format"),
            f"a {out['schema'].pop('format')} header is taken as the text it is sent as",
        )
    out.update(_style(node, pointer, ctx))
    out.update(extensions(node))
    _warn_unknown(node, pointer, ctx)
    return out


def _client_name(node: dict[str, Any], pointer: str, ctx: Context) -> str:
    """The name as written; a path parameter's made an identifier (its placeholder too)."""
    name = str(node.get("name", ""))
    if node.get("in") != "path" or path_identifier(name) == name:
        return name
    ctx.warn(
        child(pointer, "name"),
        f"path parameter {name!r} is {path_identifier(name)!r} in the client "
        "(the generator needs an identifier); the URL is the same",
    )
    return path_identifier(name)


def _drop_unreadable_default(schema: dict[str, Any], pointer: str, ctx: Context) -> None:
    """A date default that is not a date (a Power Automate expression such as
    ``addDays(utcNow(), 1)``) would be parsed as a timestamp by the client on import."""
    default = schema.get("default")
    if schema.get("format") not in DATE_FORMATS or default is None or _is_iso(default):
        return
    del schema["default"]
    ctx.warn(
        child(pointer, "default"),
        f"default {default!r} is not a {schema['format']}; the client has no default for it",
    )


def _is_iso(value: Any) -> bool:
    try:
        datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return False
    return isinstance(value, str)


def convert_body(
    node: dict[str, Any], pointer: str, ctx: Context, consumes: list[str]
) -> dict[str, Any]:
    """An ``in: body`` parameter as a request body, one content entry per media type."""
    schema = convert_schema(node.get("schema", {}), child(pointer, "schema"), ctx)
    media_types = _body_media(consumes, schema, pointer, ctx)
    if not any(is_json(media) or media in FORM_TYPES for media in media_types):
        schema = _raw_body(schema, media_types, pointer, ctx)
    body: dict[str, Any] = {"content": {media: {"schema": schema} for media in media_types}}
    body.update(copy_fields(node, {"description": STRING}, pointer, ctx))
    body["required"] = node.get("required") is True
    # The body parameter's name is not part of the HTTP request; kept for round trips.
    body["x-body-name"] = str(node.get("name", "body"))
    body.update(extensions(node))
    return body


def _raw_body(
    schema: dict[str, Any], media_types: list[str], pointer: str, ctx: Context
) -> dict[str, Any]:
    """A body that is neither JSON nor a form, as the bytes the caller gives.

    The client generator makes no model for ``text/plain``, XML or PDF and would
    drop the operation; sent as bytes under its own media type, it is kept.
    """
    ctx.raw_media_types.update(media_types)
    raw = {"type": "string", "format": "binary"}
    if schema != raw:
        ctx.warn(
            pointer,
            f"the body ({', '.join(media_types)}) is sent as the raw bytes given, not a model",
        )
    description = schema.get("description")
    return {**raw, "description": description} if isinstance(description, str) else raw


def _body_media(
    consumes: list[str], schema: dict[str, Any], pointer: str, ctx: Context
) -> list[str]:
    """The media types the client offers for a body, each needing a type of its own.

    openapi-python-client gives each media type a branch chosen by ``isinstance`` on the
    body's type. Only an inline object gets a class per media type (``...JsonBody``,
    ``...FilesBody``, ``...DataBody``); for a ``$ref``, an array or a string every branch would
    test the same type and all of them would run, so such a body is sent as one type: JSON
    when offered (binary content as the first other type). ``text/json`` and the like add
    nothing to ``application/json`` and are left out silently.
    """
    json_type = next((media for media in consumes if is_json(media)), None)
    if "properties" in schema:
        kept = [media for media in consumes if media == json_type or media in FORM_TYPES]
    elif schema.get("format") == "binary":
        kept = [next((media for media in consumes if not is_json(media)), consumes[0])]
    else:
        kept = [json_type or consumes[0]]
    kept = kept or consumes[:1]
    dropped = [media for media in consumes if media not in kept and not is_json(media)]
    if dropped:
        ctx.warn(
            pointer, f"the client sends this body as {', '.join(kept)}, not {', '.join(dropped)}"
        )
    return kept


def split_parameters(operation: Operation, ctx: Context) -> Split:
    """The operation's parameters (its own win over its path's), split into 3.0 places."""
    owners = ((operation.path_item, operation.path_pointer), (operation.data, operation.pointer))
    for owner, pointer in owners:
        if "parameters" in owner and not isinstance(owner["parameters"], list):
            ctx.warn(child(pointer, "parameters"), "'parameters' must be a list; it is ignored")
    effective = [s for p in operation.parameters if (s := _source(p, ctx)) is not None]
    split = Split()
    bodies = [s for s in effective if s.node.get("in") == "body"]
    forms = [s for s in effective if s.node.get("in") == "formData"]
    for source in effective:
        _place_simple(source, split, ctx)
    consumes = ctx.media_types(operation.data, "consumes")
    if bodies:
        if len(bodies) > 1 or forms:
            ctx.warn(operation.pointer, "more than one body parameter; only the first is kept")
        split.body = _body_or_ref(bodies[0], ctx, consumes)
    elif forms:
        split.body = _form_body(forms, ctx, consumes)
    return split


def missing_path_parameters(
    path: str, split: Split, pointer: str, ctx: Context
) -> list[dict[str, Any]]:
    """Names in the path template that no parameter declares, added as required strings.

    2.0 requires each to be declared; a definition that forgets one would
    otherwise give an operation no client can call. ``path`` is the template the
    client uses (its names already made identifiers).
    """
    declared = {_path_name(parameter, ctx) for parameter in split.parameters}
    missing = [name for name in dict.fromkeys(TEMPLATE.findall(path)) if name not in declared]
    for name in missing:
        ctx.warn(pointer, f"path parameter {name!r} is not declared; it is added as a string")
    return [
        {"name": n, "in": "path", "required": True, "schema": {"type": "string"}} for n in missing
    ]


def _path_name(parameter: dict[str, Any], ctx: Context) -> Any:
    """The (client) name of a converted path parameter, following a component reference."""
    if "$ref" in parameter:
        shared = str(parameter["$ref"]).rsplit("/", 1)[-1]
        parameter = ctx.shared_parameters.get(shared, {})
    return parameter.get("name") if parameter.get("in") == "path" else None


def _source(parameter: Parameter, ctx: Context) -> Source | None:
    """Where the parameter is written (a shared one by its name), or None with a warning."""
    written = jp.resolve(ctx.swagger, parameter.pointer)
    if not isinstance(written, dict):
        ctx.warn(parameter.pointer, "a parameter must be an object; it is ignored")
        return None
    end = ctx.definition.resolver.chain(parameter.pointer, written)
    if end.problem is not None or not isinstance(end.value, dict):
        ref = written.get("$ref")
        message = f"reference {ref!r} names no shared parameter; the parameter is ignored"
        ctx.warn(parameter.pointer, message)
        return None
    tokens = jp.split(end.pointer)
    shared = tokens[1] if len(tokens) == 2 and tokens[0] == "parameters" else None
    return _checked(Source(end.value, end.pointer, shared), ctx)


def _checked(source: Source, ctx: Context) -> Source | None:
    where = source.node.get("in")
    if not isinstance(source.node.get("name"), str):
        ctx.warn(source.pointer, "a parameter needs a string 'name'; the parameter is ignored")
    elif one_of(where, SIMPLE_LOCATIONS | {"body", "formData"}):
        return source
    else:
        ctx.warn(source.pointer, f"location {where!r} is not known; the parameter is ignored")
    return None


def _place_simple(source: Source, split: Split, ctx: Context) -> None:
    if not one_of(source.node.get("in"), SIMPLE_LOCATIONS):
        return
    if source.shared_name is not None:
        split.parameters.append({"$ref": f"#/components/parameters/{source.shared_name}"})
    else:
        split.parameters.append(convert_parameter(source.node, source.pointer, ctx))


def _body_or_ref(source: Source, ctx: Context, consumes: list[str]) -> dict[str, Any]:
    if source.shared_name is not None:
        return {"$ref": f"#/components/requestBodies/{source.shared_name}"}
    return convert_body(source.node, source.pointer, ctx, consumes)


def _form_body(sources: list[Source], ctx: Context, consumes: list[str]) -> dict[str, Any]:
    """``formData`` parameters as one object schema under the form media types."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    encoding: dict[str, Any] = {}
    for source in sources:
        name = str(source.node.get("name", ""))
        schema = _parameter_schema(source.node, source.pointer, ctx)
        schema.update(copy_fields(source.node, {"description": STRING}, source.pointer, ctx))
        schema.update(extensions(source.node))
        properties[name] = schema
        if source.node.get("required") is True:
            required.append(name)
        if style := _style(source.node, source.pointer, ctx):
            encoding[name] = style  # how the array is written into the form
    schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    media = [m for m in consumes if m in FORM_TYPES] or [_form_default(properties)]
    return {
        "content": {m: _form_content(schema, encoding, m) for m in media},
        "required": bool(required),
    }


def _form_content(schema: dict[str, Any], encoding: dict[str, Any], media: str) -> dict[str, Any]:
    """A form's content entry; 3.0 gives ``style`` only to url-encoded forms' arrays."""
    if not encoding or media != FORM_TYPES[1]:
        return {"schema": schema}
    return {"schema": schema, "encoding": {k: dict(v) for k, v in encoding.items()}}


def _form_default(properties: dict[str, Any]) -> str:
    has_file = any(p.get("format") == "binary" for p in properties.values())
    return FORM_TYPES[0] if has_file else FORM_TYPES[1]


def _parameter_schema(node: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    if "schema" in node and node.get("in") != "body":
        ctx.warn(child(pointer, "schema"), "only body parameters have a 'schema'; it is dropped")
    raw = {key: _without_collection_format(node[key]) for key in SCHEMA_FIELDS if key in node}
    if raw.get("type") == "file" and node.get("in") != "formData":
        ctx.warn(child(pointer, "type"), "'file' parameters must be formData; sent as a string")
    return convert_schema(raw, pointer, ctx)


def _without_collection_format(value: Any) -> Any:
    """Parameter ``items`` may carry their own collectionFormat, which 3.0 has no place for."""
    if isinstance(value, dict):
        return {
            k: _without_collection_format(v) for k, v in value.items() if k != "collectionFormat"
        }
    return value


def _style(node: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    """The 3.0 ``style`` and ``explode`` of an array parameter (csv when not said)."""
    fmt = node.get("collectionFormat", "csv")
    if node.get("type") != "array":
        return {}
    where = child(pointer, "collectionFormat")
    if fmt == "tsv":
        ctx.warn(where, "'tsv' has no OpenAPI 3.0 style; the client sends it tab-separated")
        fmt = "csv"
    elif not one_of(fmt, STYLES):
        ctx.warn(where, f"{fmt!r} is not a collectionFormat; csv used")
        fmt = "csv"
    elif fmt == "multi" and node.get("in") in ("path", "header"):
        ctx.warn(where, f"'multi' cannot repeat a {node.get('in')} parameter; csv used")
        fmt = "csv"
    style, explode = STYLES[fmt]
    if node.get("in") in ("path", "header"):
        style = "simple"
    return {"style": style, "explode": explode}


def _warn_unknown(node: dict[str, Any], pointer: str, ctx: Context) -> None:
    known = PARAMETER_FIELDS | set(SCHEMA_FIELDS)
    for key in node:
        if key not in known and not str(key).startswith("x-"):
            ctx.warn(child(pointer, key), f"'{key}' is not a parameter field; it is dropped")
