"""Swagger 2.0 (a Power Platform connector definition) to OpenAPI 3.0.

openapi-python-client reads only OpenAPI 3, so the client is generated from
this conversion. It never raises on a dict: whatever it cannot map becomes a
``ConversionWarning`` pointing into the source, and the result is still a
document (an operation that stays broken is then skipped by the generator).
``x-ms-*`` extensions are kept where they were; a trigger's inline
notification payload is lifted into a named schema so a model is made for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Definition
from .context import Context, ConversionWarning, child, extensions, one_of
from .definitions import schema_names, untitle_clashes
from .kinds import OBJECT, STRING, copy_fields, security
from .parameters import SIMPLE_LOCATIONS, convert_body, convert_parameter
from .paths import ConvertedOperation, convert_paths
from .responses import convert_response
from .schemas import convert_schema
from .security import convert_security_schemes

OPENAPI_VERSION = "3.0.3"
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
    the payload its webhook receives; ``operations`` says where each source
    operation went; ``raw_media_types`` are the body media types the client must
    send as bytes (the client generator is told to treat them as
    ``application/octet-stream``).
    """

    document: dict[str, Any]
    warnings: list[ConversionWarning] = field(default_factory=list)
    notifications: dict[str, str] = field(default_factory=dict)
    operations: list[ConvertedOperation] = field(default_factory=list)
    raw_media_types: list[str] = field(default_factory=list)


def to_openapi3(definition: Definition) -> Conversion:
    """Convert; the definition is not modified and the output shares no objects with it."""
    if not isinstance(definition.data, dict):
        ctx = Context(Definition.from_data({}))
        ctx.warn("", "the document is not an object; an empty API is produced")
        return Conversion(_skeleton({}, ctx), ctx.warnings)
    ctx = Context(definition)
    swagger = definition.data
    if swagger.get("swagger") != "2.0":
        ctx.warn("/swagger", "the document does not declare swagger: '2.0'; converted as if it did")
    document = _skeleton(swagger, ctx)
    ctx.schema_names = schema_names(ctx)
    parameters, bodies = _shared_parameters(swagger.get("parameters"), ctx)
    ctx.shared_parameters = parameters
    notifications: dict[str, str] = {}
    document["paths"], operations = convert_paths(ctx, notifications)
    components = _components(swagger, ctx, parameters, bodies)
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
    return Conversion(
        document,
        list(dict.fromkeys(ctx.warnings)),
        notifications,
        operations,
        sorted(ctx.raw_media_types),
    )


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


def _components(
    swagger: dict[str, Any], ctx: Context, parameters: dict[str, Any], bodies: dict[str, Any]
) -> dict[str, Any]:
    components: dict[str, Any] = {}
    schemas = _definitions(swagger.get("definitions"), ctx)
    schemas.update(ctx.lifted_schemas)
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
    schemas = {
        ctx.schema_names.get(str(name), str(name)): convert_schema(
            schema, child("/definitions", name), ctx
        )
        for name, schema in node.items()
    }
    untitle_clashes(schemas, ctx)
    return schemas


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
