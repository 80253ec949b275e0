"""A trigger's webhook payload: checked against its schema, then made into its model.

A model reads leniently (an unknown enum value or field is kept), so a
malformed payload would otherwise surface later as a confusing value; the
check turns it into a ``NotificationError`` that names the place. Types,
required properties and items are checked; enums are not, so that a new
value never breaks a reader.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from ._exceptions import NotificationError, ResponseValidationError
from ._models import BaseModel

M = TypeVar("M", bound=BaseModel)


def parse_payload(
    body: bytes | str | Mapping[str, Any], schema: dict[str, Any], model: type[M]
) -> M:
    """``body`` (JSON text, bytes or an already parsed mapping) as a ``model``."""
    data = checked(body, schema)
    try:
        return model.from_dict(data)
    except (TypeError, ValueError, ResponseValidationError) as error:
        raise NotificationError(
            f"the notification does not fit {model.__name__}: {error}"
        ) from None


def checked(body: bytes | str | Mapping[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(body, bytes | str):
        try:
            data = json.loads(body)
        except ValueError as error:
            raise NotificationError(f"the notification is not JSON: {error}") from None
    else:
        data = dict(body)
    if not isinstance(data, dict):
        raise NotificationError(f"the notification must be a JSON object, not {_kind(data)}")
    _check(data, schema, "")
    return data


def _check(value: Any, schema: dict[str, Any], pointer: str) -> None:
    expected = schema.get("type")
    place = pointer or "/"
    if value is None:
        if expected is not None and not schema.get("nullable"):
            raise NotificationError(f"{place}: null where {expected} is expected")
        return
    kind = _kind(value)
    if expected is not None and kind != expected and not (expected, kind) == ("number", "integer"):
        raise NotificationError(
            f"{place}: {expected} expected, got {kind} {json.dumps(value)[:40]}"
        )
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise NotificationError(f"{pointer}/{name}: required, but missing")
        for name, part in schema.get("properties", {}).items():
            if name in value:
                _check(value[name], part, f"{pointer}/{name}")
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            _check(item, schema["items"], f"{pointer}/{index}")


def _kind(value: Any) -> str:
    """The JSON Schema type name of a parsed JSON value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    kinds = {float: "number", str: "string", list: "array", dict: "object"}
    return kinds.get(type(value), type(value).__name__)
