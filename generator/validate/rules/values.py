"""Values written in schemas and parameters: defaults, enums, formats and keywords."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...load.pointer import child
from ...model import Definition, as_dict, as_list, is_internal
from ..registry import Hit, rule
from .schemas import typed_nodes

# JSON types of a value, by the Swagger type it must have (bool is not a number in JSON).
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
# Formats Microsoft's schema lists, and those its documentation adds for the designer.
KNOWN_FORMATS = frozenset({
    "int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "password",
    "date-no-tz", "email", "html", "uri", "uuid", "guid", "decimal", "time",
})  # fmt: skip
UNSUPPORTED_KEYWORDS = ("uniqueItems",)  # the page's example of SwaggerKeywordNotSupported


def _fits(value: Any, kind: str) -> bool:
    expected = _TYPES.get(kind)
    if expected is None:
        return True
    if isinstance(value, bool) and kind != "boolean":
        return False
    return isinstance(value, expected)


@rule(
    "value-type-mismatch",
    "warning",
    "definition",
    title="Defaults and enum values have the declared type",
    fix='write the value as the declared type, e.g. 10 (not "10") for an integer',
    ms=(
        "InvalidEnumValue",
        "DefaultValueMustMatchType",
    ),
)
def value_type_mismatch(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        kind = node.get("type")
        if not isinstance(kind, str):
            continue
        if "default" in node and not _fits(node["default"], kind):
            yield child(pointer, "default"), f"default {node['default']!r} is not of type {kind}"
        for index, value in enumerate(as_list(node.get("enum"))):
            if not _fits(value, kind):
                yield child(pointer, "enum", index), f"enum value {value!r} is not of type {kind}"


@rule(
    "enum-values-invalid",
    "error",
    "definition",
    title="x-ms-enum-values entries have a displayName and a value from 'enum', each once",
    fix="give each entry a displayName and a value listed in 'enum'; map each value once",
    ms=("DuplicateEnumValuesInExtension", "InvalidEnumValuesExtensionValue",
        "MissingEnumValuesDisplayName"),
)  # fmt: skip
def enum_values_invalid(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        allowed = node.get("enum")
        seen: list[Any] = []
        for index, entry in enumerate(as_list(node.get("x-ms-enum-values"))):
            entry, where = as_dict(entry), child(pointer, "x-ms-enum-values", index)
            value = entry.get("value")
            if not entry.get("displayName"):
                yield where, "x-ms-enum-values entry has no displayName"
            if isinstance(allowed, list) and value not in allowed:
                yield child(where, "value"), f"value {value!r} is not in the schema's enum"
            if value in seen:
                yield child(where, "value"), f"value {value!r} is mapped twice"
            seen.append(value)


@rule(
    "format-unrecognized",
    "warning",
    "definition",
    title="Formats are ones the designer knows",
    fix="use a known format (" + ", ".join(sorted(KNOWN_FORMATS)) + ") or none",
    ms="UnrecognizedTypeFormat",
)
def format_unrecognized(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        value = node.get("format")
        if isinstance(value, str) and value not in KNOWN_FORMATS:
            yield child(pointer, "format"), f"format {value!r} is not recognized"


@rule(
    "keyword-not-supported",
    "warning",
    "definition",
    title="No Swagger keyword connectors do not support, such as uniqueItems",
    fix="remove the keyword; say the constraint in the description instead",
    ms="SwaggerKeywordNotSupported",
)
def keyword_not_supported(definition: Definition) -> Iterator[Hit]:
    for pointer, node in typed_nodes(definition):
        for keyword in UNSUPPORTED_KEYWORDS:
            if keyword in node:
                yield child(pointer, keyword), f"'{keyword}' is not supported"


@rule(
    "internal-property-optional",
    "warning",
    "definition",
    title="Internal body properties with a default are required",
    fix="list the property in its schema's 'required'; optional internal values are not sent",
    ms=("InternalPropertyWithDefaultOptional", "PropertyMustBeRequired"),
)
def internal_property_optional(definition: Definition) -> Iterator[Hit]:
    for node in definition.schemas:
        required = as_list(node.data.get("required"))
        for name, value in as_dict(node.data.get("properties")).items():
            prop = as_dict(value)
            if is_internal(prop) and "default" in prop and name not in required:
                yield (
                    child(node.pointer, "properties", name),
                    f"property '{name}' is internal with a default, not required",
                )
