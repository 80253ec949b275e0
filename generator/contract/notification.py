"""The trigger's contract: what the API posts to a hook must match ``x-ms-notification-content``.

Power Automate builds a flow's dynamic content from that schema, so the check is
stricter than the schema alone: a field the schema does not declare is an error (a
flow could never see it), and ``null`` is accepted only where ``x-nullable`` says so.
Fields may be absent, as the schema requires none.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft4Validator, FormatChecker

from ..model import Definition, Operation


def trigger_operation(definition: Definition, operation_id: str | None = None) -> Operation:
    """The trigger ``operation_id``, or the first webhook trigger that declares its payload."""
    if operation_id is not None:
        operation = definition.operation(operation_id)
        if operation is None:
            raise LookupError(f"no operation {operation_id} in the spec")
        return operation
    for operation in definition.triggers:
        if operation.notification_content is not None:
            return operation
    raise LookupError("no trigger of the spec declares x-ms-notification-content")


def notification_schema(definition: Definition, operation_id: str | None = None) -> dict[str, Any]:
    """The strict, self-contained JSON Schema of what the trigger ``operation_id`` receives."""
    operation = trigger_operation(definition, operation_id)
    content = operation.notification_content
    if content is None or "schema" not in content:
        raise LookupError(f"{operation.label} declares no x-ms-notification-content schema")
    return _strict(definition, content["schema"])


def notification_errors(
    definition: Definition, payload: Any, operation_id: str | None = None
) -> list[str]:
    """Every way ``payload`` breaks the trigger's contract, as ``/pointer: message`` lines."""
    schema = notification_schema(definition, operation_id)
    validator = Draft4Validator(schema, format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(payload), key=lambda error: list(error.absolute_path))
    return [
        "/" + "/".join(str(part) for part in error.absolute_path) + f": {error.message}"
        for error in errors
    ]


def _strict(definition: Definition, schema: Any) -> Any:
    """Inline ``$ref``s, turn ``x-nullable`` into a null type, close every object."""
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        return _strict(definition, definition.deref(schema))
    result = {key: value for key, value in schema.items() if not key.startswith("x-")}
    for keyword in ("items", "additionalProperties"):
        if isinstance(result.get(keyword), Mapping):
            result[keyword] = _strict(definition, result[keyword])
    if isinstance(result.get("allOf"), list):
        result["allOf"] = [_strict(definition, part) for part in result["allOf"]]
    if schema.get("x-nullable") and "type" in result:
        result["type"] = [result["type"], "null"]
        if "enum" in result:
            result["enum"] = [*result["enum"], None]
    if isinstance(result.get("properties"), Mapping):
        result["properties"] = {
            name: _strict(definition, sub) for name, sub in result["properties"].items()
        }
        result["additionalProperties"] = False
    return result
