"""The certified connector's shape, rebuilt from the facts: every schema inline, at each use.

The certified definition itself is not available; the facts list, per
operation, every parameter and every field (dotted paths, types). That is
enough to rebuild a Swagger document with the same inline structure, and so
to count the model classes openapi-python-client makes from such a shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PRIMITIVES = {"string", "integer", "number", "boolean", "object"}


def certified_swagger(facts_path: Path) -> dict[str, Any]:
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for operation in facts["operations"]:
        item = paths.setdefault(operation["path"], {})
        item[operation["method"].lower()] = _operation(operation)
        if operation.get("notification_content"):
            item["x-ms-notification-content"] = {
                "schema": _schema(operation["notification_content"])
            }
    return {
        "swagger": "2.0",
        "info": {"title": "Text Request", "version": "3.0"},
        "host": facts["host"],
        "basePath": facts["basePath"],
        "schemes": facts["schemes"],
        "consumes": facts["consumes"],
        "produces": facts["produces"],
        "securityDefinitions": facts["security"],
        "paths": paths,
    }


def _operation(operation: dict[str, Any]) -> dict[str, Any]:
    parameters = [_parameter(p) for p in operation["parameters"]]
    if operation.get("body"):
        parameters.append(
            {
                "name": "body",
                "in": "body",
                "required": operation["body"]["required"],
                "schema": _schema(operation["body"]["fields"]),
            }
        )
    responses = {
        code: {"description": code, **({"schema": _schema(fields)} if fields else {})}
        for code, fields in operation["responses"].items()
    }
    out = {
        "operationId": operation["operationId"],
        "parameters": parameters,
        "responses": responses,
    }
    if "x-ms-trigger" in operation:
        out["x-ms-trigger"] = operation["x-ms-trigger"]
    return out


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    keys = ("name", "in", "type", "required", "format", "enum")
    return {key: parameter[key] for key in keys if key in parameter}


def _schema(fields: list[list[Any]]) -> dict[str, Any]:
    """Dotted field paths to one nested schema; ``(root)`` gives the root's own type."""
    root: dict[str, Any] = {"type": "object", "properties": {}}
    for name, kind, required in fields:
        if name == "(root)":
            root = _typed(kind)
            continue
        _place(root, name.split("."), _typed(kind), required)
    return root


def _place(root: dict[str, Any], parts: list[str], schema: dict[str, Any], required: bool) -> None:
    node = root
    for part in parts[:-1]:
        node = _object_of(node)["properties"][part]
    target = _object_of(node)
    target.setdefault("properties", {})[parts[-1]] = schema
    if required:
        target.setdefault("required", []).append(parts[-1])


def _object_of(node: dict[str, Any]) -> dict[str, Any]:
    """Where the properties of ``node`` go: itself, or its items when it is an array."""
    return node["items"] if node.get("type") == "array" else node


def _typed(kind: str) -> dict[str, Any]:
    main, *notes = [part.strip() for part in kind.split(";")]
    if main.startswith("array of "):
        return {"type": "array", "items": _typed(main.removeprefix("array of "))}
    base, _, fmt = main.partition(" (")
    schema: dict[str, Any] = {"type": base if base in PRIMITIVES else "string"}
    if fmt:
        schema["format"] = fmt.rstrip(")")
    for note in notes:
        if note.startswith("enum "):
            schema["enum"] = note.removeprefix("enum ").split("|")
    return schema
