"""Schemas: property labels, required lists, arrays, enums and bounds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ...load.pointer import child
from ...model import Definition, as_dict, as_list, closing_edges, is_internal
from ..registry import Hit, rule

_BOUNDS = (("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems"))
# JSON Schema draft 4 (Swagger 2.0's) makes each exclusive flag depend on its bound.
_EXCLUSIVE = (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum"))
_NESTED = ("items", "additionalProperties")  # the single-schema places a schema may nest in
_MAX_DEPTH = 32  # deeper than any real body; keeps the recursion within Python's limit


def properties(definition: Definition) -> Iterator[tuple[str, str, dict, bool]]:
    """Every property written out: (pointer, name, schema, hidden)."""
    for node in definition.schemas:
        for name, value in as_dict(node.data.get("properties")).items():
            if isinstance(value, dict):
                hidden = node.hidden or is_internal(value)
                yield child(node.pointer, "properties", name), name, value, hidden


def typed_nodes(definition: Definition) -> Iterator[tuple[str, dict]]:
    """Schemas and non-body parameters: the places that carry 'type', 'enum' and bounds."""
    yield from ((node.pointer, node.data) for node in definition.schemas)
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("in") != "body":
            yield pointer, parameter
            if isinstance(parameter.get("items"), dict):
                yield child(pointer, "items"), parameter["items"]


def input_schemas(definition: Definition) -> Iterator[tuple[str, dict]]:
    """Every schema a request body reaches through its $refs, once, where it is written."""
    bodies = [(p, v) for p, v in definition.parameter_definitions if v.get("in") == "body"]
    return _reached_from(definition, bodies)


def output_schemas(definition: Definition) -> Iterator[tuple[str, dict]]:
    """Every schema a response or a webhook's notification reaches, once, where it is written."""
    holders: list[tuple[str, Any]] = list(definition.response_definitions)
    for operation in definition.operations:
        if operation.notification_content_pointer is not None:
            holders.append((operation.notification_content_pointer, operation.notification_content))
    return _reached_from(definition, holders)


def _reached_from(
    definition: Definition, holders: list[tuple[str, Any]]
) -> Iterator[tuple[str, dict]]:
    """The schemas of ``holders`` (parameters, responses) and all they reach, each once."""
    seen: set[str] = set()
    for pointer, holder in holders:
        schema = as_dict(holder).get("schema")
        yield from _reached(definition, child(pointer, "schema"), schema, seen, _MAX_DEPTH)


def _reached(
    definition: Definition, pointer: str, schema: object, seen: set[str], depth: int
) -> Iterator[tuple[str, dict]]:
    pointer, schema = definition.follow(pointer, schema)
    if depth == 0 or not schema or pointer in seen:
        return
    seen.add(pointer)
    yield pointer, schema
    parts = [
        (child(pointer, "properties", n), v) for n, v in as_dict(schema.get("properties")).items()
    ]
    parts += [(child(pointer, key), schema.get(key)) for key in _NESTED]
    parts += [(child(pointer, "allOf", i), v) for i, v in enumerate(as_list(schema.get("allOf")))]
    for where, value in parts:
        if isinstance(value, dict):
            yield from _reached(definition, where, value, seen, depth - 1)


@rule(
    "property-summary-missing",
    "warning",
    "definition",
    title="Every visible schema property has an x-ms-summary",
    fix="add 'x-ms-summary': the field's label in Title Case, e.g. 'Phone Number'",
)
def property_summary_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, name, value, hidden in properties(definition):
        if not hidden and "$ref" not in value and not str(value.get("x-ms-summary") or "").strip():
            yield pointer, f"property '{name}' has no x-ms-summary"


@rule(
    "required-property-undefined",
    "warning",
    "definition",
    title="Names listed in 'required' are defined in 'properties'",
    fix="define the property under 'properties', or remove it from 'required'",
    ms="RequiredPropertyDefinitionMissing",
)
def required_property_undefined(definition: Definition) -> Iterator[Hit]:
    for node in definition.schemas:
        required = node.data.get("required")
        if not isinstance(required, list) or "allOf" in node.data or "$ref" in node.data:
            continue
        defined = as_dict(node.data.get("properties"))
        for index, name in enumerate(required):
            if not isinstance(name, str) or name not in defined:
                yield (
                    child(node.pointer, "required", index),
                    f"required property {name!r} is not defined in the schema",
                )


@rule(
    "required-list-empty",
    "error",
    "definition",
    title="A 'required' list names at least one property",
    fix="remove the empty 'required' list",
    ms="RequiredPropertyArrayEmpty",
)
def required_list_empty(definition: Definition) -> Iterator[Hit]:
    for node in definition.schemas:
        if node.data.get("required") == []:
            yield child(node.pointer, "required"), "the 'required' list is empty"


@rule(
    "array-items-missing",
    "warning",
    "definition",
    title="Arrays say what their items are",
    fix="add 'items' with the items' schema (or type, for a parameter)",
    ms="ArrayHasNoItems",
)
def array_items_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        if node.get("type") == "array" and not isinstance(node.get("items"), dict | list):
            yield pointer, "an array has no 'items'"


@rule(
    "enum-invalid",
    "error",
    "definition",
    title="An 'enum' lists at least one value, each once",
    fix="list each allowed value once, or remove the empty 'enum'",
    ms=(
        "ArrayDuplicateValue",
        "EnumMustContainAtLeastOneElement",
    ),
)
def enum_invalid(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        if "enum" not in node:
            continue
        values = as_list(node["enum"])
        if not values:
            yield child(pointer, "enum"), "the 'enum' has no values"
        seen: set[object] = set()  # a set: a million values take a second, a list took hours
        for index, value in enumerate(values):
            key = _canonical(value)
            if key in seen:
                shown = json.dumps(value, sort_keys=True)
                yield child(pointer, "enum", index), f"enum value {shown} is listed twice"
            seen.add(key)


def _canonical(value: Any) -> object:
    """A hashable stand-in for a JSON value, equal only for the same value: a string is itself,
    anything else its JSON (lists and objects are not hashable; 1, 1.0 and true differ)."""
    return value if isinstance(value, str) else (json.dumps(value, sort_keys=True),)


@rule(
    "bounds-inverted",
    "warning",
    "definition",
    title="Lower bounds do not exceed upper bounds",
    fix="swap or correct the bounds so that the minimum is at most the maximum",
    ms=(
        "MinimumShouldBeLessThanOrEqualToMaximum",
        "MinItemsShouldBeLessThanOrEqualToMaxItems",
        "MinLengthShouldBeLessThanOrEqualToMaxLength",
    ),
)
def bounds_inverted(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        for low, high in _BOUNDS:
            lower, upper = node.get(low), node.get(high)
            numbers = (int, float)
            if isinstance(lower, numbers) and isinstance(upper, numbers) and lower > upper:
                yield child(pointer, low), f"'{low}' {lower} is greater than '{high}' {upper}"


@rule(
    "pattern-invalid",
    "warning",
    "definition",
    title="Patterns are valid regular expressions",
    fix="correct the regular expression in 'pattern'",
    ms="PatternShouldBeValidRegularExpression",
)
def pattern_invalid(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        pattern = node.get("pattern")
        if not isinstance(pattern, str):
            continue
        try:
            re.compile(pattern)
        except re.error as error:
            yield child(pointer, "pattern"), f"pattern {pattern!r} is not valid: {error}"


@rule(
    "exclusive-bound-alone",
    "error",
    "definition",
    title="exclusiveMinimum and exclusiveMaximum come with the bound they qualify",
    fix="add 'minimum' (or 'maximum'), or remove the exclusive flag",
    ms=("ExclusiveMinimumRequiresMinimum", "ExclusiveMaximumRequiresMaximum"),
)
def exclusive_bound_alone(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        for flag, bound in _EXCLUSIVE:
            if flag in node and bound not in node:
                yield child(pointer, flag), f"'{flag}' is given without '{bound}'"


@rule(
    "required-not-on-object",
    "warning",
    "definition",
    title="Only object schemas list 'required' properties",
    fix="remove 'required', or make the schema 'type: object' with those properties",
    ms="RequiredPropertyNotOnObject",
)
def required_not_on_object(definition: Definition) -> Iterator[Hit]:
    for node in definition.schemas:
        kind = node.data.get("type")
        if (
            isinstance(node.data.get("required"), list)
            and isinstance(kind, str)
            and kind != "object"
        ):
            yield child(node.pointer, "required"), f"a schema of type {kind} lists 'required'"


@rule(
    "discriminator-invalid",
    "error",
    "definition",
    title="A discriminator names a required string property of its schema",
    fix="define the discriminator as a string property and list it in 'required'",
    ms="DiscriminatorMustBeARequiredStringProperty",
)
def discriminator_invalid(definition: Definition) -> Iterator[Hit]:
    for node in definition.schemas:
        name = node.data.get("discriminator")
        if not isinstance(name, str):
            continue
        prop = definition.deref(as_dict(node.data.get("properties")).get(name))
        if name not in as_list(node.data.get("required")) or prop.get("type") != "string":
            yield (
                child(node.pointer, "discriminator"),
                f"'{name}' is not a required string property",
            )


@rule(
    "required-read-only-input",
    "error",
    "definition",
    title="No property of a request body is both required and readOnly",
    fix="remove 'readOnly' from the input property, or take it out of 'required'",
    ms="RequiredReadOnlyPropertyNotAllowedAsInput",
)
def required_read_only_input(definition: Definition) -> Iterator[Hit]:
    for pointer, schema in input_schemas(definition):
        defined = as_dict(schema.get("properties"))
        for name in as_list(schema.get("required")):
            if (
                isinstance(name, str)
                and definition.deref(defined.get(name)).get("readOnly") is True
            ):
                yield child(pointer, "properties", name), f"input property '{name}' is readOnly"


def _required_edges(definition: Definition) -> dict[str, list[tuple[str, str]]]:
    """Schema -> (where its required property's schema is written, the property) for each."""
    edges: dict[str, list[tuple[str, str]]] = {}
    for node in definition.schemas:
        defined = as_dict(node.data.get("properties"))
        for name in as_list(node.data.get("required")):
            if isinstance(name, str) and isinstance(defined.get(name), dict):
                where = child(node.pointer, "properties", name)
                target = definition.follow(where, defined[name])[0]
                edges.setdefault(node.pointer, []).append((target, where))
    return edges


@rule(
    "required-loop",
    "error",
    "definition",
    title="Required properties do not lead back to the schema that requires them",
    fix="make one property of the loop optional, so that a finite object can satisfy the schema",
    ms="RequiredLoopInSchemaNotAllowed",
)
def required_loop(definition: Definition) -> Iterator[Hit]:
    for where, members in closing_edges(_required_edges(definition)):
        steps = " -> ".join(f"#{member}" for member in members)
        yield where, f"required properties loop: {steps}"


def filter_functions(definition: Definition) -> Iterator[tuple[str, str, Any]]:
    """Each 'filterFunctions' of a column's x-ms-capabilities: (node, its own pointer, value)."""
    for pointer, node in typed_nodes(definition):
        capabilities = node.get("x-ms-capabilities")
        if isinstance(capabilities, dict) and "filterFunctions" in capabilities:
            where = child(pointer, "x-ms-capabilities", "filterFunctions")
            yield pointer, where, capabilities["filterFunctions"]


@rule(
    "filter-functions-invalid",
    "error",
    "definition",
    title="A column's filterFunctions lists at least one function, each once",
    fix="list each filter function the column supports once, or remove 'filterFunctions'",
    ms=("FilterFunctionsPropertyEmpty", "FilterFunctionsPropertyHasDuplicates"),
)
def filter_functions_invalid(definition: Definition) -> Iterator[Hit]:
    for _, where, functions in filter_functions(definition):
        listed = as_list(functions)
        if not listed:
            yield where, "'filterFunctions' lists no function"
        for index, function in enumerate(listed):
            if function in listed[:index]:
                yield child(where, index), f"filter function {function!r} is listed twice"


@rule(
    "filter-functions-in-input",
    "error",
    "definition",
    title="filterFunctions describes columns of a response, not of a request",
    fix="remove 'filterFunctions' from the request's schema or parameter; it belongs to the "
    "response schema of the table's columns",
    ms="FilterFunctionsPropertyInInputSchema",
)
def filter_functions_in_input(definition: Definition) -> Iterator[Hit]:
    found = list(filter_functions(definition))
    if not found:
        return  # most definitions have none: spare the walk of every request and response
    # A definition shared by a request and a response is in a response schema, as it must be.
    outputs = {pointer for pointer, _ in output_schemas(definition)}
    inputs = {pointer for pointer, _ in input_schemas(definition)} - outputs
    inputs |= {
        place
        for pointer, parameter in definition.parameter_definitions
        if parameter.get("in") != "body"
        for place in (pointer, child(pointer, "items"))
    }
    for pointer, where, _ in found:
        if pointer in inputs:
            yield where, "'filterFunctions' is on a schema the service receives"
