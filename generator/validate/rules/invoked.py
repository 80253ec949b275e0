"""Dynamic values read the operation they call: its 200 response holds the array and fields named.

A schema that may hold more than it declares (no ``properties``, ``additionalProperties``,
``anyOf``/``oneOf``) says nothing about a missing name, so only a closed schema is judged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...load.pointer import child
from ...model import Definition, as_dict, as_list
from ..registry import Hit, rule
from .dynamic import Call, calls

_MAX_DEPTH = 16  # allOf may compose a schema of itself (refs reports it); stop following there


@dataclass(frozen=True)
class Step:
    """Where walking a slash path through a schema ended: at ``schema``, or at a ``missing`` name.

    Neither is known when the walk met a schema open to names it does not declare.
    """

    schema: dict[str, Any] | None = None
    missing: str | None = None


def _declared(definition: Definition, schema: Any, depth: int = _MAX_DEPTH) -> dict | None:
    """The properties a schema declares, its allOf parts' included; None when it is open."""
    schema = definition.deref(schema)
    if schema.get("type", "object") != "object":
        return {}  # an array or a scalar has no properties at all
    if depth == 0 or ("properties" not in schema and "allOf" not in schema):
        return None
    if schema.get("additionalProperties") not in (None, False) or {"anyOf", "oneOf"} & set(schema):
        return None
    found = dict(as_dict(schema.get("properties")))
    for part in as_list(schema.get("allOf")):
        more = _declared(definition, part, depth - 1)
        if more is None:
            return None
        found.update(more)
    return found


def _walk(definition: Definition, schema: Any, path: str) -> Step:
    """Follow ``path`` ("a/b", "" for the schema itself) through properties of ``schema``."""
    current = definition.deref(schema)
    for name in filter(None, path.split("/")):
        declared = _declared(definition, current)
        if declared is None:
            return Step()
        if name not in declared:
            return Step(missing=name)
        current = definition.deref(declared[name])
    return Step(schema=current)


def _is_array(schema: dict[str, Any]) -> bool | None:
    """Whether a schema describes an array; None when it does not say."""
    kind = schema.get("type")
    if kind is not None:
        return kind == "array"
    if "items" in schema:
        return True
    return False if "properties" in schema else None


def _values_calls(definition: Definition) -> Iterator[tuple[Call, dict[str, Any]]]:
    """Each x-ms-dynamic-values call with the 200 response schema of the operation it calls."""
    for call in calls(definition):
        target = definition.operation(call.target_id or "")
        if call.extension != "x-ms-dynamic-values" or target is None:
            continue
        response = target.responses.get("200")
        if response is not None and response.schema is not None:
            yield call, response.schema


def _collection(call: Call) -> str:
    value = call.data.get("value-collection")
    return value if isinstance(value, str) else ""


@rule(
    "dynamic-values-not-array",
    "warning",
    "definition",
    title="Dynamic values' value-collection is an array in the called operation's response",
    fix="set 'value-collection' to the path of the array in the called operation's 200 "
    "response, or leave it out when the response itself is the array",
    ms="InvokedOperationShouldProduceArray",
)
def dynamic_values_not_array(definition: Definition) -> Iterator[Hit]:
    for call, schema in _values_calls(definition):
        collection = _collection(call)
        pointer = child(call.pointer, "value-collection") if collection else call.pointer
        step = _walk(definition, schema, collection)
        if step.missing is not None:
            yield pointer, f"the response of '{call.target_id}' has no '{step.missing}'"
        elif step.schema is not None and _is_array(step.schema) is False:
            where = f"'{collection}' in the response" if collection else "the response"
            yield pointer, f"{where} of '{call.target_id}' is not an array"


@rule(
    "dynamic-values-property-unknown",
    "warning",
    "definition",
    title="Dynamic values' value-path and value-title are properties of the called items",
    fix="name properties of the items the called operation returns in 'value-path' and "
    "'value-title'",
    ms="InvokedOperationShouldProduceProperty",
)
def dynamic_values_property_unknown(definition: Definition) -> Iterator[Hit]:
    for call, schema in _values_calls(definition):
        collection = _walk(definition, schema, _collection(call)).schema
        if collection is None or _is_array(collection) is not True:
            continue
        for key in ("value-path", "value-title"):
            path = call.data.get(key)
            if not isinstance(path, str):
                continue
            step = _walk(definition, collection.get("items"), path)
            if step.missing is not None:
                yield (
                    child(call.pointer, key),
                    f"the items '{call.target_id}' returns have no property '{step.missing}'",
                )
