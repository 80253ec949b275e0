"""The Copilot Studio connector to the MCP server: one operation, the MCP endpoint.

Copilot Studio takes its tools from an MCP server through a custom connector whose one
operation carries ``x-ms-agentic-protocol: mcp-streamable-1.0``. The connector is made from
the spec (title, description, contact, version, and its API key scheme, which the server
checks on every request) and the hand-written ``overrides/copilot/`` (the host, the prose
of the readme); its readme lists the tools with the annotations the server gives them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from ..load import load_document
from ..model import Definition, SecurityScheme
from ..model.effects import effect_of
from ..model.profile import Profile
from ..write import json_bytes, write_file
from .jinja import environment

_TEMPLATES = environment(__package__)
AGENTIC_PROTOCOL = "mcp-streamable-1.0"
METADATA = "x-ms-connector-metadata"
README_SECTIONS = ("run", "expose", "import_connector", "add_to_agent")
SETTINGS_KEYS = ("host", "path", "operation", "properties")


def render_copilot(
    definition: Definition, out_dir: Path, overrides: Path, profile: Profile
) -> None:
    """Write ``apiDefinition.swagger.json``, ``apiProperties.json`` and ``readme.md``."""
    settings = _settings(overrides / "copilot.yaml")
    sections = _sections(overrides / "readme.yaml")
    scheme = _api_key_scheme(definition)
    write_file(
        out_dir / "apiDefinition.swagger.json", json_bytes(_swagger(definition, settings, scheme))
    )
    write_file(out_dir / "apiProperties.json", json_bytes(_properties(settings, scheme)))
    readme = _TEMPLATES.get_template("copilot_readme.md.j2").render(
        title=definition.api.title or "Connector",
        description=" ".join(definition.api.description.split()),
        path=settings["path"],
        sections=sections,
        tools=_tools(definition, profile),
    )
    write_file(out_dir / "readme.md", readme.encode("utf-8"))


def _swagger(
    definition: Definition, settings: dict[str, Any], scheme: SecurityScheme
) -> dict[str, Any]:
    api = definition.api
    info: dict[str, Any] = {
        "title": f"{api.title} MCP",
        "description": " ".join(
            f"{api.description} {settings['operation']['description']}".split()
        ),
        "version": api.version or "1.0",
    }
    if api.info.get("contact"):
        info["contact"] = api.info["contact"]
    operation = {
        "summary": settings["operation"]["summary"],
        "description": " ".join(str(settings["operation"]["description"]).split()),
        "operationId": settings["operation"]["operationId"],
        "x-ms-agentic-protocol": AGENTIC_PROTOCOL,
        "responses": {"200": {"description": "Success"}},
    }
    swagger = {
        "swagger": "2.0",
        "info": info,
        "host": settings["host"],
        "basePath": "/",
        "schemes": ["https"],
        "consumes": [],
        "produces": [],
        "paths": {settings["path"]: {"post": operation}},
        "definitions": {},
        "parameters": {},
        "responses": {},
        "securityDefinitions": {scheme.name: scheme.data},
        "security": [{scheme.name: []}],
        "tags": [],
    }
    if METADATA in definition.data:
        swagger[METADATA] = definition.data[METADATA]
    return swagger


def _properties(settings: dict[str, Any], scheme: SecurityScheme) -> dict[str, Any]:
    """The API key as the connection's one parameter, a secret the maker types once."""
    parameter = {
        "type": "securestring",
        "uiDefinition": {
            "displayName": scheme.name,
            "description": str(scheme.data.get("description") or f"The {scheme.name}"),
            "tooltip": f"Sent in the {scheme.parameter_name} header to the MCP server",
            "constraints": {"required": "true", "clearText": False, "tabIndex": 1},
        },
    }
    return {
        "properties": {"connectionParameters": {"api_key": parameter}, **settings["properties"]}
    }


def _tools(definition: Definition, profile: Profile) -> list[dict[str, Any]]:
    tools = []
    for operation in sorted(definition.operations, key=lambda op: op.label):
        if operation.is_trigger:
            continue
        effect = effect_of(operation, profile)
        tools.append(
            {
                "name": operation.label,
                "summary": " ".join(operation.summary.split()),
                "read_only": effect.read_only,
                "destructive": effect.destructive,
                "idempotent": effect.idempotent,
                "reaches_a_person": effect.reaches_a_person,
            }
        )
    return tools


def _api_key_scheme(definition: Definition) -> SecurityScheme:
    for scheme in definition.api.security_schemes.values():
        if scheme.type == "apiKey" and scheme.location == "header" and scheme.parameter_name:
            return scheme
    raise InputError(
        definition.path,
        "the Copilot Studio connector needs an API key sent in a header",
        hint="declare one under securityDefinitions (type apiKey, in header)",
    )


def _settings(path: Path) -> dict[str, Any]:
    data = load_document(path).data
    missing = [key for key in SETTINGS_KEYS if key not in (data or {})]
    if missing:
        raise InputError(path, f"missing {', '.join(missing)}", hint=f"give {list(SETTINGS_KEYS)}")
    return dict(data)


def _sections(path: Path) -> dict[str, str]:
    data = load_document(path).data or {}
    missing = [name for name in README_SECTIONS if not data.get(name)]
    if missing:
        raise InputError(path, f"missing sections {missing}", hint=f"write {list(README_SECTIONS)}")
    return {name: str(data[name]) for name in README_SECTIONS}
