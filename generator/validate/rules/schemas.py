"""Schemas: property labels, required lists, arrays, enums and bounds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, as_dict, as_list, is_internal
from ..registry import Hit, rule

_BOUNDS = (("minimum", "maximum"), ("minLength", "maxLength"), ("minItems", "maxItems"))


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
    "error",
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
        keys = [json.dumps(value, sort_keys=True) for value in values]
        for index, key in enumerate(keys):
            if key in keys[:index]:
                yield child(pointer, "enum", index), f"enum value {key} is listed twice"


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
