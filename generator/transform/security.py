"""Swagger 2.0 ``securityDefinitions`` to OpenAPI 3.0 ``components.securitySchemes``."""

from __future__ import annotations

from typing import Any

from .context import Context, child, extensions, one_of
from .kinds import STRING, copy_fields

API_KEY_PLACES = ("header", "query")
# 2.0 oauth2 flow -> (3.0 flow name, URLs that flow needs)
FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}


def convert_security_schemes(node: Any, pointer: str, ctx: Context) -> dict[str, Any]:
    if not isinstance(node, dict):
        ctx.warn(pointer, "'securityDefinitions' must be an object; it is ignored")
        return {}
    out = {}
    for name, scheme in node.items():
        converted = _scheme(scheme, child(pointer, name), ctx)
        if converted is not None:
            out[str(name)] = converted
    return out


def _scheme(node: Any, pointer: str, ctx: Context) -> dict[str, Any] | None:
    kind = node.get("type") if isinstance(node, dict) else None
    if kind == "apiKey" and not (
        isinstance(node.get("name", ""), str) and one_of(node.get("in", "header"), API_KEY_PLACES)
    ):
        ctx.warn(pointer, "an API key needs a string 'name' and 'in' header or query; dropped")
        return None
    if kind == "apiKey":
        out = {"type": "apiKey", "name": node.get("name", ""), "in": node.get("in", "header")}
    elif kind == "basic":
        out = {"type": "http", "scheme": "basic"}
    elif kind == "oauth2":
        out = {"type": "oauth2", "flows": _flows(node, pointer, ctx)}
    else:
        ctx.warn(pointer, f"security scheme type {kind!r} is not known; the scheme is dropped")
        return None
    out.update(copy_fields(node, {"description": STRING}, pointer, ctx))
    out.update(extensions(node))
    return out


def _flows(node: dict[str, Any], pointer: str, ctx: Context) -> dict[str, Any]:
    flow = node.get("flow")
    if not one_of(flow, FLOWS):
        ctx.warn(child(pointer, "flow"), f"oauth2 flow {flow!r} is not known; accessCode used")
        flow = "accessCode"
    name, urls = FLOWS[str(flow)]
    out: dict[str, Any] = {}
    for url in urls:
        value = node.get(url)
        if not isinstance(value, str):
            ctx.warn(pointer, f"an oauth2 {flow} flow needs '{url}'; an empty one is used")
        out[url] = value if isinstance(value, str) else ""
    scopes: dict[str, Any] = node["scopes"] if isinstance(node.get("scopes"), dict) else {}
    kinds = dict.fromkeys(scopes, STRING)
    out["scopes"] = copy_fields(scopes, kinds, child(pointer, "scopes"), ctx)
    return {name: out}
