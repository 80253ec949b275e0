"""The generated client's ``mcp.py``: one MCP tool per action, as data.

Each tool is worked out here, at generate time, from the model the client is made
from: its name (the operationId), its description (summary, description and the
profile's reason an operation is unsafe), the input schema (path, query, header and
body fields flattened, under the client method's argument names, so that a call is
the method's own), the output schema (the success response), and its annotations
(:func:`..model.effects.effect_of`, the judgement the contract tests' gate reads).
The module written holds the table only; serving it is ``_mcp_server`` of the runtime.
A trigger is no tool: it is not called, it calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser import GeneratorData

from ..model import Definition, Operation
from ..model.effects import effect_of
from ..model.profile import Profile
from ..transform.power_platform import merge_all_of
from .client_runtime import Runtime
from .client_signatures import Argument, MethodInfo
from .escape import py_literal
from .mcp_schema import json_schema

# An answer that is not an object is wrapped: MCP's structured content is an object.
RESULT_KEY = "result"
# The schemas use nothing newer than draft 7, and say so: the official MCP client checks a
# tool's output schema against its metaschema on every call, and draft 7's is checked in a
# fifth of the time of 2020-12's (the default of a schema that names none).
DIALECT = {"$schema": "http://json-schema.org/draft-07/schema#"}


@dataclass(frozen=True)
class ToolEntry:
    """One tool as the template writes it: ``ToolSpec``'s fields as Python literals."""

    name: str
    fields: tuple[tuple[str, str], ...]


def render_mcp_module(
    project: Project, data: GeneratorData, definition: Definition, profile: Profile
) -> str:
    """The text of ``mcp.py`` for the client ``project`` renders (its ``runtime`` global set)."""
    runtime = project.env.globals["runtime"]
    assert isinstance(runtime, Runtime)  # set by render_client before anything is rendered
    tools = tool_entries(data, definition, profile, runtime)
    return project.env.get_template("mcp.py.jinja").render(tools=tools)


def tool_entries(
    data: GeneratorData, definition: Definition, profile: Profile, runtime: Runtime
) -> list[ToolEntry]:
    """A tool for every action the client has a method for, in operationId order.

    The schemas are read with every ``allOf`` merged, as the connector has them: a tool's
    fields are then each written once, where the maker sees them too.
    """
    flat = Definition.from_data(merge_all_of(definition), definition.path)
    found = []
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method = runtime.method(endpoint)
            operation = flat.operation(method.operation)
            if operation is None or operation.is_trigger:
                continue
            found.append(_entry(str(tag), method, operation, flat, profile))
    return sorted(found, key=lambda tool: tool.name)


def _entry(
    resource: str,
    method: MethodInfo,
    operation: Operation,
    definition: Definition,
    profile: Profile,
) -> ToolEntry:
    effect = effect_of(operation, profile)
    output, wrapped_in = _output_schema(definition, operation)
    values: dict[str, Any] = {
        "name": method.operation,
        "title": method.summary or method.operation,
        "description": _description(method, effect.unsafe_reason),
        "resource": resource,
        "method": method.name,
        "positional": tuple(a.python for a in method.positional),
        "keywords": tuple(a.python for a in method.keywords),
        "input_schema": _input_schema(definition, operation, method),
        "output_schema": output,
        "wrapped_in": wrapped_in,
        "read_only": effect.read_only,
        "destructive": effect.destructive,
        "idempotent": effect.idempotent,
        "open_world": effect.reaches_a_person,
    }
    return ToolEntry(method.operation, tuple((k, py_literal(v)) for k, v in values.items()))


def _description(method: MethodInfo, unsafe_reason: str | None) -> str:
    parts = [" ".join(method.summary.split()), " ".join(method.description.split())]
    if unsafe_reason:
        parts.append(f"Caution: {unsafe_reason}.")
    return "\n\n".join(part for part in parts if part)


def _input_schema(
    definition: Definition, operation: Operation, method: MethodInfo
) -> dict[str, Any]:
    arguments = method.positional + method.keywords
    schema: dict[str, Any] = {
        **DIALECT,
        "type": "object",
        "properties": {a.python: _argument_schema(definition, operation, a) for a in arguments},
        "additionalProperties": False,
    }
    required = [a.python for a in arguments if a.default is None]
    if required:
        schema["required"] = required
    return schema


def _argument_schema(definition: Definition, operation: Operation, argument: Argument) -> Any:
    """The spec's schema of one argument: a parameter's, a body field's or the whole body's."""
    body = operation.body()
    if argument.location != "body":
        parameter = operation.parameter(argument.key, argument.location)
        schema = json_schema(definition, parameter.schema if parameter else {})
    elif argument.key == "" or body is None:
        schema = json_schema(definition, body.schema if body else {})
    else:
        fields = json_schema(definition, body.schema).get("properties", {})
        schema = dict(fields.get(argument.key, {}))
    if argument.description and "description" not in schema:
        schema["description"] = argument.description
    return schema


def _output_schema(definition: Definition, operation: Operation) -> tuple[Any, str]:
    """The success answer's schema, and the key it is wrapped under when not an object;
    None for an operation answering no body."""
    schema = next(
        (r.schema for r in operation.responses.values() if r.is_success and r.schema), None
    )
    if schema is None:
        return None, ""
    converted = json_schema(definition, schema, output=True)
    if converted.get("type") == "object":
        return {**DIALECT, **converted}, ""
    wrapper = {
        **DIALECT,
        "type": "object",
        "properties": {RESULT_KEY: converted},
        "required": [RESULT_KEY],
    }
    return wrapper, RESULT_KEY
