"""Arguments for a generated method, made from its MCP tool's input schema.

``bench/calls.py`` calls every operation of a client with values a user could have
typed: the definition's own default, example or first allowed value where it gives
one, else a plain value of the declared type and format, inside the declared bounds.
A ``pattern`` is met with the smallest string Hypothesis finds for it, so the values
are the same on every run. Optional arguments are filled too (they are what a user
sets, and what a serializer can get wrong); ``readOnly`` fields are not (nobody sets
them).
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, find, settings
from hypothesis import strategies as st
from jsonschema import validators

DEPTH = 4  # nested objects deeper than this get only their required fields
FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "email": "ada@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "aGVsbG8=",
    "ipv4": "192.0.2.1",
    "hostname": "example.com",
}
_QUIET = settings(database=None, suppress_health_check=list(HealthCheck), max_examples=200)


def arguments(schema: dict[str, Any], declared: dict[str, Any] | None = None) -> dict[str, Any]:
    """A value for every argument of the tool whose input schema is ``schema``.

    ``declared`` maps an argument's name to its parameter's schema in the definition: it
    fills what the tool's schema leaves out (the type of a ``formData`` field, a default).
    """
    properties = dict(schema.get("properties") or {})
    for name, sub in properties.items():
        if name in (declared or {}) and isinstance(sub, dict):
            # the tool's schema wins; the definition's fills what it leaves out (a default)
            properties[name] = {**declared[name], **sub}  # type: ignore[index]
    value = fill({**schema, "properties": properties}, DEPTH)
    return value if isinstance(value, dict) else {}


def untyped(schema: dict[str, Any]) -> list[str]:
    """The arguments of a tool's input schema that say nothing of their value."""
    return [name for name, sub in (schema.get("properties") or {}).items() if not _typed(sub)]


def _typed(schema: Any) -> bool:
    keys = ("type", "enum", "const", "$ref", "anyOf", "oneOf", "allOf", "properties", "items")
    return isinstance(schema, dict) and any(key in schema for key in keys)


def fill(schema: Any, depth: int) -> Any:
    """One value that ``schema`` accepts (checked, so a wrong example is not used)."""
    if not isinstance(schema, dict):
        return "example"
    for given in _given(schema):
        if _valid(given, schema):
            return given
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return fill(schema[key][0], depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        return _object(schema, depth)
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [fill(schema.get("items"), depth - 1) for _ in range(count)]
    return _scalar(schema, kind)


def _given(schema: dict[str, Any]) -> list[Any]:
    """What the definition itself offers, in the order a maker would meet it."""
    found = []
    if "const" in schema:
        found.append(schema["const"])
    if isinstance(schema.get("enum"), list):
        found.extend(value for value in schema["enum"] if value is not None)
    found.extend(schema[key] for key in ("default", "example", "x-ms-test-value") if key in schema)
    if isinstance(schema.get("examples"), list):
        found.extend(schema["examples"])
    return found


def _valid(value: Any, schema: dict[str, Any]) -> bool:
    try:
        return validators.validator_for(schema)(schema).is_valid(value)
    except Exception:  # a schema jsonschema cannot read: trust no example from it
        return False


def _object(schema: dict[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required") or ())
    properties = schema.get("properties") or {}
    out = {}
    for name, sub in properties.items():
        if isinstance(sub, dict) and sub.get("readOnly") and name not in required:
            continue
        if name in required or depth > 0:
            out[name] = fill(sub, depth - 1)
    return out


def _scalar(schema: dict[str, Any], kind: Any) -> Any:
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        return _number(schema, kind)
    if kind == "null":
        return None
    return _string(schema)


def _number(schema: dict[str, Any], kind: str) -> int | float:
    low, high = schema.get("minimum"), schema.get("maximum")
    value: float = 1 if kind == "integer" else 1.5
    if isinstance(low, int | float):
        value = max(value, low + (1 if schema.get("exclusiveMinimum") is True else 0))
    if isinstance(high, int | float):
        value = min(value, high - (1 if schema.get("exclusiveMaximum") is True else 0))
    step = schema.get("multipleOf")
    if isinstance(step, int | float) and step > 0:
        value = step * max(1, round(value / step))
    return int(value) if kind == "integer" else float(value)


def _string(schema: dict[str, Any]) -> str:
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        found = _matching(pattern, schema)
        if found is not None:
            return found
    text = FORMATS.get(str(schema.get("format")), "example")
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text = text + "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[: max(high, 0)]
    return text


def _matching(pattern: str, schema: dict[str, Any]) -> str | None:
    """The smallest non-empty string matching ``pattern`` within the length bounds, or None."""
    low, high = int(schema.get("minLength") or 1), schema.get("maxLength")

    def fits(text: str) -> bool:
        return len(text) >= low and (not isinstance(high, int) or len(text) <= high)

    try:
        return find(st.from_regex(pattern, fullmatch=True), fits, settings=_QUIET)
    except Exception:  # no match found, or a pattern Python's re cannot read
        return None
