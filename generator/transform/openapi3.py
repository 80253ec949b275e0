"""Swagger 2.0 (a Power Platform connector definition) to OpenAPI 3.0.

openapi-python-client reads only OpenAPI 3, so the client is generated from
this conversion. It never raises on a dict: whatever it cannot map becomes a
``ConversionWarning`` pointing into the source, and the result is still a
document (an operation that stays broken is then skipped by the generator).
``x-ms-*`` extensions are kept where they were; a trigger's inline
notification payload is lifted into a named schema so a model is made for it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..load.operations import HTTP_METHODS
from .context import Context, ConversionWarning, child, extensions, one_of
from .kinds import BOOLEAN, OBJECT, STRING, STRINGS, copy_fields, security
from .parameters import (
    SIMPLE_LOCATIONS,
    convert_body,
    convert_parameter,
    missing_path_parameters,
    split_parameters,
)
from .responses import convert_response, convert_responses
from .schemas import DEFINITIONS, convert_schema
from .security import convert_security_schemes

OPENAPI_VERSION = "3.0.3"
NOTIFICATION = "x-ms-notification-content"
TOP_LEVEL = frozenset(
    {
        "swagger",
        "info",
        "host",
        "basePath",
        "schemes",
        "consumes",
        "produces",
        "paths",
        "definitions",
        "parameters",
        "responses",
        "securityDefinitions",
        "security",
        "tags",
        "externalDocs",
    }
)
OPERATION_COPIED = {
    "tags": STRINGS,
    "summary": STRING,
    "description": STRING,
    "externalDocs": OBJECT,
    "operationId": STRING,
    "deprecated": BOOLEAN,
}
OPERATION_HANDLED = frozenset({"consumes", "produces", "parameters", "responses", "security"})
INFO_FIELDS = {
    "description": STRING,
    "termsOfService": STRING,
    "contact": OBJECT,
    "license": OBJECT,
}
# The string fields of info's objects: a number or list there fails the whole 3.0 document.
INFO_OBJECTS = {
    "contact": {"name": STRING, "url": STRING, "email": STRING},
    "license": {"name": STRING, "url": STRING},
}


@dataclass
class Conversion:
    """The OpenAPI 3.0 document and what the conversion had to say about its source.

    ``notifications`` maps a trigger's operationId to the component schema of
    the payload its webhook receives.
    """

    document: dict[str, Any]
    warnings: list[ConversionWarning] = field(default_factory=list)
    notifications: dict[str, str] = field(default_factory=dict)


def to_openapi3(swagger: Any) -> Conversion:
    """Convert; the input is not modified and the output shares no objects with it."""
    if not isinstance(swagger, dict):
        ctx = Context({})
        ctx.warn("", "the document is not an object; an empty API is produced")
        return Conversion(_skeleton({}, ctx), ctx.warnings)
    ctx = Context(swagger)
    if swagger.get("swagger") != "2.0":
        ctx.warn("/swagger", "the document does not declare swagger: '2.0'; converted as if it did")
    document = _skeleton(swagger, ctx)
    notifications: dict[str, str] = {}
    document["paths"] = _paths(swagger.get("paths"), ctx, notifications)
    components = _components(swagger, ctx)
    if components:
        document["components"] = components
    if "security" in swagger:
        checked = security(swagger["security"], "/security", ctx)
        if checked is not None:
            document["security"] = checked
    document.update(extensions(swagger))
    for key in swagger:
        if key not in TOP_LEVEL and not str(key).startswith("x-"):
            ctx.warn(child("", key), f"'{key}' is not a Swagger 2.0 field; it is dropped")
    return Conversion(document, list(dict.fromkeys(ctx.warnings)), notifications)


def _skeleton(swagger: dict[str, Any], ctx: Context) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "info": _info(swagger.get("info"), ctx),
        "servers": _servers(swagger, ctx),
    }
    if "tags" in swagger:
        document["tags"] = _tags(swagger["tags"], ctx)
    document.update(copy_fields(swagger, {"externalDocs": OBJECT}, "", ctx))
    document["paths"] = {}
    return document


def _info(node: Any, ctx: Context) -> dict[str, Any]:
    node = node if isinstance(node, dict) else {}
    info: dict[str, Any] = {}
    for key, fallback in (("title", "API"), ("version", "0")):
        info[key] = node.get(key)
        if not isinstance(info[key], str):
            ctx.warn(child("/info", key), f"info needs a string '{key}'; {fallback!r} is used")
            info[key] = str(node[key]) if isinstance(node.get(key), int | float) else fallback
    info.update(copy_fields(node, INFO_FIELDS, "/info", ctx))
    for key, fields in INFO_OBJECTS.items():
        if key in info:
            pointer = child("/info", key)
            info[key] = {**copy_fields(info[key], fields, pointer, ctx), **extensions(info[key])}
    if "license" in info and not isinstance(info["license"].get("name"), str):
        ctx.warn("/info/license", "a license needs a string 'name'; it is dropped")
        del info["license"]
    info.update(extensions(node))
    return info


def _tags(node: Any, ctx: Context) -> list[dict[str, Any]]:
    """Tag objects with a string name; anything else is dropped with a warning."""
    tags = []
    for index, tag in enumerate(node if isinstance(node, list) else []):
        pointer = child("/tags", index)
        if isinstance(tag, dict) and isinstance(tag.get("name"), str):
            kinds = {"name": STRING, "description": STRING, "externalDocs": OBJECT}
            tags.append(copy_fields(tag, kinds, pointer, ctx) | extensions(tag))
        else:
            ctx.warn(pointer, "a tag needs a string 'name'; it is dropped")
    if not isinstance(node, list):
        ctx.warn("/tags", "'tags' must be a list; it is dropped")
    return tags


def _servers(swagger: dict[str, Any], ctx: Context) -> list[dict[str, str]]:
    """host + basePath + schemes as server URLs (a relative one when there is no host)."""
    base = swagger.get("basePath", "")
    base = base.rstrip("/") if isinstance(base, str) else ""
    host = swagger.get("host")
    if not isinstance(host, str) or not host:
        return [{"url": base or "/"}]
    schemes = swagger.get("schemes")
    if not isinstance(schemes, list) or not schemes:
        schemes = ["https"]
    return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]


def _components(swagger: dict[str, Any], ctx: Context) -> dict[str, Any]:
    components: dict[str, Any] = {}
    schemas = _definitions(swagger.get("definitions"), ctx)
    schemas.update(ctx.lifted_schemas)
    parameters, bodies = _shared_parameters(swagger.get("parameters"), ctx)
    responses = _shared_responses(swagger.get("responses"), ctx)
    for key, value in (
        ("schemas", schemas),
        ("parameters", parameters),
        ("requestBodies", bodies),
        ("responses", responses),
    ):
        if value:
            components[key] = value
    if "securityDefinitions" in swagger:
        schemes = swagger["securityDefinitions"]
        converted = convert_security_schemes(schemes, "/securityDefinitions", ctx)
        if converted:
            components["securitySchemes"] = converted
    return components


def _definitions(node: Any, ctx: Context) -> dict[str, Any]:
    if node is None:
        return {}
    if not isinstance(node, dict):
        ctx.warn("/definitions", "'definitions' must be an object; it is ignored")
        return {}
    return {
        str(name): convert_schema(schema, child("/definitions", name), ctx)
        for name, schema in node.items()
    }


def _shared_parameters(node: Any, ctx: Context) -> tuple[dict[str, Any], dict[str, Any]]:
    """Simple shared parameters become components; a body one a shared request body.

    Shared ``formData`` parameters have no 3.0 component: they are inlined where used.
    """
    parameters: dict[str, Any] = {}
    bodies: dict[str, Any] = {}
    if not isinstance(node, dict):
        return parameters, bodies
    consumes = ctx.media_types({}, "consumes")
    for name, param in node.items():
        pointer = child("/parameters", name)
        where = param.get("in") if isinstance(param, dict) else None
        if one_of(where, SIMPLE_LOCATIONS):
            parameters[str(name)] = convert_parameter(param, pointer, ctx)
        elif where == "body":
            bodies[str(name)] = convert_body(param, pointer, ctx, consumes)
    return parameters, bodies


def _shared_responses(node: Any, ctx: Context) -> dict[str, Any]:
    if not isinstance(node, dict):
        return {}
    produces = ctx.media_types({}, "produces")
    return {
        str(name): convert_response(response, child("/responses", name), ctx, produces)
        for name, response in node.items()
    }


def _paths(node: Any, ctx: Context, notifications: dict[str, str]) -> dict[str, Any]:
    if not isinstance(node, dict):
        ctx.warn("/paths", "'paths' must be an object; the API has no operations")
        return {}
    seen_ids: set[str] = set()
    out: dict[str, Any] = {}
    for path, item in node.items():
        pointer = child("/paths", path)
        if not str(path).startswith("/") or not isinstance(item, dict):
            ctx.warn(pointer, "a path must start with '/' and map to an object; it is dropped")
            continue
        converted = _path_item(item, pointer, ctx, seen_ids, notifications)
        if converted:
            out[str(path)] = converted
    return out


def _path_item(
    item: dict[str, Any],
    pointer: str,
    ctx: Context,
    seen_ids: set[str],
    notifications: dict[str, str],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in item.items():
        where = child(pointer, key)
        if key in HTTP_METHODS and isinstance(value, dict):
            out[key] = _operation(item.get("parameters"), value, where, ctx, seen_ids)
            _lift_notification(out[key], where, [out[key]], ctx, notifications)
        elif str(key).startswith("x-"):
            out[key] = copy.deepcopy(value)
        elif key != "parameters":
            ctx.warn(where, f"'{key}' is not an operation of this path; it is dropped")
    # Power Platform writes the payload beside the subscribing operation, on the path.
    operations = [out[m] for m in HTTP_METHODS if m in out]
    triggers = [op for op in operations if "x-ms-trigger" in op] or operations
    _lift_notification(out, pointer, triggers, ctx, notifications)
    return out


def _operation(
    path_parameters: Any,
    node: dict[str, Any],
    pointer: str,
    ctx: Context,
    seen_ids: set[str],
) -> dict[str, Any]:
    out = copy_fields(node, OPERATION_COPIED, pointer, ctx)
    if "operationId" in out:
        out["operationId"] = _unique_id(out["operationId"], pointer, ctx, seen_ids)
    split = split_parameters(path_parameters, node, pointer, ctx)
    split.parameters += missing_path_parameters(split, pointer, ctx)
    if split.parameters:
        out["parameters"] = split.parameters
    if split.body is not None:
        out["requestBody"] = split.body
    produces = ctx.media_types(node, "produces")
    out["responses"] = convert_responses(
        node.get("responses"), child(pointer, "responses"), ctx, produces
    )
    if "security" in node and (
        checked := security(node["security"], child(pointer, "security"), ctx)
    ):
        out["security"] = checked
    out.update(extensions(node))
    known = OPERATION_HANDLED | OPERATION_COPIED.keys()
    for key in node:
        if key not in known and not str(key).startswith("x-"):
            ctx.warn(child(pointer, key), f"'{key}' has no OpenAPI 3.0 place; it is dropped")
    return out


def _unique_id(value: Any, pointer: str, ctx: Context, seen: set[str]) -> str:
    """operationIds must be unique (they name the generated functions)."""
    name = str(value)
    candidate, number = name, 1
    while candidate in seen:
        number += 1
        candidate = f"{name}_{number}"
    if candidate != name:
        ctx.warn(child(pointer, "operationId"), f"{name!r} is used twice; renamed {candidate!r}")
    seen.add(candidate)
    return candidate


def _lift_notification(
    owner: dict[str, Any],
    pointer: str,
    operations: list[dict[str, Any]],
    ctx: Context,
    notifications: dict[str, str],
) -> None:
    """Give a webhook payload a component name, so the generator makes a model of it."""
    content = owner.get(NOTIFICATION)
    if not isinstance(content, dict) or "schema" not in content:
        return
    source = content["schema"]
    ref = source.get("$ref") if isinstance(source, dict) else None
    name = str(ref)[len(DEFINITIONS) :] if str(ref).startswith(DEFINITIONS) else None
    if name is None or name not in ctx.definitions():
        first = str(operations[0].get("operationId", "Trigger")) if operations else "Trigger"
        name = _free_name(f"{first}Notification", ctx)
        ctx.lifted_schemas[name] = convert_schema(
            source, child(pointer, NOTIFICATION, "schema"), ctx
        )
    content["schema"] = {"$ref": f"#/components/schemas/{name}"}
    for operation in operations:
        if "operationId" in operation:
            notifications[operation["operationId"]] = name


def _free_name(name: str, ctx: Context) -> str:
    taken = set(ctx.definitions()) | set(ctx.lifted_schemas)
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}{number}"
    return candidate
