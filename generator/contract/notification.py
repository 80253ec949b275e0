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

from ..load.pointer import from_ref, resolve

OPERATION_ID = "TextingWebhook"


def notification_schema(
    spec: Mapping[str, Any], operation_id: str = OPERATION_ID
) -> dict[str, Any]:
    """The strict, self-contained JSON Schema of what the trigger ``operation_id`` receives."""
    for item in spec.get("paths", {}).values():
        if any(
            isinstance(op, Mapping) and op.get("operationId") == operation_id
            for op in item.values()
        ):
            content = item.get("x-ms-notification-content")
            if not isinstance(content, Mapping) or "schema" not in content:
                raise LookupError(f"{operation_id} declares no x-ms-notification-content schema")
            return _strict(spec, content["schema"])
    raise LookupError(f"no operation {operation_id} in the spec")


def notification_errors(spec: Mapping[str, Any], payload: Any) -> list[str]:
    """Every way ``payload`` breaks the trigger's contract, as ``/pointer: message`` lines."""
    validator = Draft4Validator(notification_schema(spec), format_checker=FormatChecker())
    errors = sorted(validator.iter_errors(payload), key=lambda error: list(error.absolute_path))
    return [
        "/" + "/".join(str(part) for part in error.absolute_path) + f": {error.message}"
        for error in errors
    ]


def _strict(spec: Mapping[str, Any], schema: Any) -> Any:
    """Inline ``$ref``s, turn ``x-nullable`` into a null type, close every object."""
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        return _strict(spec, resolve(spec, from_ref(schema["$ref"]) or ""))
    result = {key: value for key, value in schema.items() if not key.startswith("x-")}
    for keyword in ("items", "additionalProperties"):
        if isinstance(result.get(keyword), Mapping):
            result[keyword] = _strict(spec, result[keyword])
    if isinstance(result.get("allOf"), list):
        result["allOf"] = [_strict(spec, part) for part in result["allOf"]]
    if schema.get("x-nullable") and "type" in result:
        result["type"] = [result["type"], "null"]
        if "enum" in result:
            result["enum"] = [*result["enum"], None]
    if isinstance(result.get("properties"), Mapping):
        result["properties"] = {
            name: _strict(spec, sub) for name, sub in result["properties"].items()
        }
        result["additionalProperties"] = False
    return result
