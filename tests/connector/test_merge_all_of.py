"""allOf merged for Power Platform, which shows no fields for a schema made of parts."""

from __future__ import annotations

from trconnect.model import Definition
from trconnect.transform.power_platform import merge_all_of


def _definition() -> dict:
    return {
        "definitions": {
            "Base": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            "Middle": {
                "description": "middle",
                "allOf": [
                    {"$ref": "#/definitions/Base"},
                    {"properties": {"b": {"type": "integer"}}},
                ],
            },
            "Top": {
                "allOf": [
                    {"$ref": "#/definitions/Middle"},
                    {"required": ["c"], "properties": {"c": {"type": "boolean"}}},
                ]
            },
            "Loop": {"allOf": [{"$ref": "#/definitions/Loop"}]},
            "Dangling": {"allOf": [{"$ref": "#/definitions/Missing"}]},
        },
        "paths": {"/x": {"get": {"responses": {"200": {"schema": {"$ref": "#/definitions/Top"}}}}}},
    }


def test_nested_all_of_merges_properties_and_required_in_order() -> None:
    merged = merge_all_of(Definition.from_data(_definition()))["definitions"]
    assert merged["Top"] == {
        "type": "object",
        "required": ["a", "c"],
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}, "c": {"type": "boolean"}},
        "description": "middle",
    }
    assert merged["Middle"]["description"] == "middle"


def test_refs_to_whole_definitions_stay_and_input_is_untouched() -> None:
    original = _definition()
    merged = merge_all_of(Definition.from_data(original))
    assert merged["paths"] == original["paths"]
    assert "allOf" in original["definitions"]["Top"]


def test_cycles_and_dangling_refs_are_left_as_they_are() -> None:
    merged = merge_all_of(Definition.from_data(_definition()))["definitions"]
    assert merged["Loop"] == {"allOf": [{"$ref": "#/definitions/Loop"}]}
    assert merged["Dangling"] == {"allOf": [{"$ref": "#/definitions/Missing"}]}
