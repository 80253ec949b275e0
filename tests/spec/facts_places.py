"""The facts of one operation and the spec's answer to them, as comparable places.

A place is a string such as ``parameters/dashboard_id/type`` or
``responses/200/items.last_message.body/type`` (the grammar is documented at the top of
spec/deviations.yaml), and its value is what the facts file, or the spec, has there; None means
absent. Contract attributes (type, format, required, default, enum, presence) are always
compared; an ``x-ms-*`` attribute is compared where the facts state one, because the facts
record the certified connector's few extensions and the spec adds many more on purpose.
"""

from __future__ import annotations

import fnmatch
from typing import Any

from tests.spec.spec_walk import deref, fields, parameters, type_notation

PARAMETER_ATTRIBUTES = ("in", "type", "format", "required", "default", "enum")
FIELD_ATTRIBUTES = ("type", "required", "enum", "default")


def from_facts(op: dict) -> dict[str, Any]:
    """The places of one operation of the facts file."""
    places: dict[str, Any] = {}
    if "x-ms-trigger" in op:
        places["x-ms-trigger"] = op["x-ms-trigger"]
    for param in op["parameters"]:
        stated = [k for k in param if k.startswith("x-ms-")]
        for attr in (*PARAMETER_ATTRIBUTES, *stated):
            places[f"parameters/{param['name']}/{attr}"] = param.get(attr, _absent(attr))
    if op["body"] is not None:
        places["body/required"] = op["body"]["required"]
        places.update(_fact_fields("body", op["body"]["fields"]))
    for code, listed in op["responses"].items():
        places[f"responses/{code}"] = "declared"
        places.update(_fact_fields(f"responses/{code}", listed))
    places.update(_fact_fields("notification", op.get("notification_content", [])))
    return places


def _absent(attr: str) -> Any:
    return False if attr == "required" else None


def _fact_fields(prefix: str, listed: list) -> dict[str, Any]:
    places: dict[str, Any] = {}
    for path, notation, required in listed:
        type_, *notes = notation.split("; ")
        attrs: dict[str, Any] = {"type": type_, "required": required, "enum": None, "default": None}
        for note in notes:
            if note.startswith("enum "):
                attrs["enum"] = note.removeprefix("enum ").split("|")
            elif note.startswith("default "):
                attrs["default"] = note.removeprefix("default ")
            else:
                key, _, value = note.partition("=")
                attrs[key] = {"True": True, "False": False}.get(value, value)
        places.update({f"{prefix}/{path}/{k}": v for k, v in attrs.items()})
    return places


def from_spec(doc: dict, path: str, op: dict, stated: set[str]) -> dict[str, Any]:
    """The places of one spec operation; ``x-ms-*`` ones only where ``stated`` has them."""
    places: dict[str, Any] = {}
    if "x-ms-trigger" in op:
        places["x-ms-trigger"] = op["x-ms-trigger"]
    for param in parameters(doc, path, op):
        if param["in"] == "body":
            places["body/required"] = param.get("required", False)
            places.update(_spec_fields(doc, "body", param["schema"]))
            continue
        for attr, value in param.items():
            if attr in PARAMETER_ATTRIBUTES or attr.startswith("x-ms-"):
                places[f"parameters/{param['name']}/{attr}"] = value
        for attr in PARAMETER_ATTRIBUTES:
            places.setdefault(f"parameters/{param['name']}/{attr}", _absent(attr))
    for code, response in op["responses"].items():
        places[f"responses/{code}"] = "declared"
        schema = deref(doc, response).get("schema")
        if schema is not None:
            places.update(_spec_fields(doc, f"responses/{code}", schema))
    notification = doc["paths"][path].get("x-ms-notification-content")
    if notification is not None:
        places.update(_spec_fields(doc, "notification", notification["schema"]))
    return {k: v for k, v in places.items() if k in stated or not _is_extension(k)}


def _is_extension(place: str) -> bool:
    return place.rsplit("/", 1)[-1].startswith("x-ms-") and place != "x-ms-trigger"


def _spec_fields(doc: dict, prefix: str, schema: dict) -> dict[str, Any]:
    places: dict[str, Any] = {}
    for path, field, required in fields(doc, schema):
        places[f"{prefix}/{path}/type"] = type_notation(doc, field)
        places[f"{prefix}/{path}/required"] = required
        places[f"{prefix}/{path}/enum"] = field.get("enum")
        places[f"{prefix}/{path}/default"] = field.get("default")
        extensions = {k: v for k, v in field.items() if k.startswith("x-ms-")}
        places.update({f"{prefix}/{path}/{k}": v for k, v in extensions.items()})
    return places


def differences(facts: dict[str, Any], spec: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """place -> (facts value, spec value) wherever the two disagree."""
    return {
        place: (facts.get(place), spec.get(place))
        for place in sorted(facts.keys() | spec.keys())
        if facts.get(place) != spec.get(place)
    }


def covers(entry: dict, operation_id: str, place: str, values: tuple[Any, Any]) -> bool:
    """Whether a deviation entry accounts for this difference, values included."""
    locations = entry["location"]
    locations = [locations] if isinstance(locations, str) else locations
    return (
        fnmatch.fnmatchcase(operation_id, entry["operation"])
        and any(fnmatch.fnmatchcase(place, glob) for glob in locations)
        and (entry["facts"], entry["spec"]) == values
    )
