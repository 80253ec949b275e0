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
from .mcp_schema import DEFINITIONS, ToolSchemas

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
    schemas = ToolSchemas(flat, definition)
    found = []
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method = runtime.method(endpoint)
            operation = flat.operation(method.operation)
            if operation is None or operation.is_trigger:
                continue
            found.append(_entry(str(tag), method, operation, schemas, profile))
    return sorted(found, key=lambda tool: tool.name)


def _entry(
    resource: str,
    method: MethodInfo,
    operation: Operation,
    schemas: ToolSchemas,
    profile: Profile,
) -> ToolEntry:
    effect = effect_of(operation, profile)
    output, wrapped_in = _output_schema(schemas, operation)
    values: dict[str, Any] = {
        "name": method.operation,
        "title": method.summary or method.operation,
        "description": _description(method, effect.unsafe_reason),
        "resource": resource,
        "method": method.name,
        "positional": tuple(a.python for a in method.positional),
        "keywords": tuple(a.python for a in method.keywords),
        "input_schema": _input_schema(schemas, operation, method),
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


def _input_schema(schemas: ToolSchemas, operation: Operation, method: MethodInfo) -> dict[str, Any]:
    arguments = method.positional + method.keywords
    sources = [_argument_schema(schemas.definition, operation, a) for a in arguments]
    converted, definitions = schemas.convert(sources, output=False, place=operation.pointer)
    properties = dict(zip((a.python for a in arguments), converted, strict=True))
    for argument in arguments:
        if argument.description and "description" not in properties[argument.python]:
            properties[argument.python]["description"] = argument.description
    schema: dict[str, Any] = {
        **DIALECT,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    required = [a.python for a in arguments if a.default is None]
    if required:
        schema["required"] = required
    if definitions:
        schema[DEFINITIONS] = definitions
    return schema


def _argument_schema(definition: Definition, operation: Operation, argument: Argument) -> Any:
    """The spec's schema of one argument: a parameter's, a body field's or the whole body's."""
    body = operation.body()
    if argument.location != "body":
        parameter = operation.parameter(argument.key, argument.location)
        return parameter.schema if parameter else {}
    if argument.key == "" or body is None:
        return body.schema if body else {}
    fields = definition.deref(body.schema).get("properties")
    named = {str(name): value for name, value in fields.items()} if isinstance(fields, dict) else {}
    return named.get(argument.key, {})


def _output_schema(schemas: ToolSchemas, operation: Operation) -> tuple[Any, str]:
    """The success answer's schema, and the key it is wrapped under when not an object;
    None for an operation answering no body."""
    schema = next(
        (r.schema for r in operation.responses.values() if r.is_success and r.schema), None
    )
    if schema is None:
        return None, ""
    [converted], definitions = schemas.convert([schema], output=True, place=operation.pointer)
    shared = {DEFINITIONS: definitions} if definitions else {}
    if converted.get("type") == "object":
        return {**DIALECT, **converted, **shared}, ""
    wrapper = {
        **DIALECT,
        "type": "object",
        "properties": {RESULT_KEY: converted},
        "required": [RESULT_KEY],
        **shared,
    }
    return wrapper, RESULT_KEY
