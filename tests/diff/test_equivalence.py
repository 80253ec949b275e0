"""Rewriting a definition without changing what it means is no change."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from trconnect.diff import diff_definitions
from trconnect.errors import InputError
from trconnect.load.pointer import resolve
from trconnect.model import Definition

Doc = dict[str, Any]
SEND = "/paths/~1messages/post"


def inline_the_request_body(doc: Doc) -> None:
    body = resolve(doc, SEND + "/parameters/0")
    body["schema"] = copy.deepcopy(doc["definitions"]["NewMessage"])


def share_the_status_parameter(doc: Doc) -> None:
    parameters = resolve(doc, "/paths/~1messages/get/parameters")
    doc["parameters"]["Status"] = parameters[1]
    parameters[1] = {"$ref": "#/parameters/Status"}


def inline_the_shared_parameter(doc: Doc) -> None:
    resolve(doc, "/paths/~1messages/get/parameters")[0] = doc["parameters"].pop("Limit")


def compose_with_all_of(doc: Doc) -> None:
    message = doc["definitions"]["Message"]
    doc["definitions"]["Base"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": message["properties"].pop("id")},
    }
    message["required"].remove("id")
    doc["definitions"]["Message"] = {"allOf": [{"$ref": "#/definitions/Base"}, message]}


def share_a_response(doc: Doc) -> None:
    doc["responses"] = {"NotFound": resolve(doc, "/paths/~1messages~1{id}/get/responses/404")}
    resolve(doc, "/paths/~1messages~1{id}/get/responses")["404"] = {"$ref": "#/responses/NotFound"}


def reverse_everything(doc: Doc) -> None:
    doc["paths"] = dict(reversed(doc["paths"].items()))
    doc["definitions"] = dict(reversed(doc["definitions"].items()))


def move_path_parameter_into_operation(doc: Doc) -> None:
    item = doc["paths"]["/messages/{id}"]
    item["get"]["parameters"] = item.pop("parameters")


def notify_from_the_path_item(doc: Doc) -> None:
    """Where Microsoft's schema puts a webhook's payload: on the path item, not the operation."""
    item = doc["paths"]["/hooks/received"]
    item["x-ms-notification-content"] = item["post"].pop("x-ms-notification-content")


def refer_to_the_path_item(doc: Doc) -> None:
    doc["x-paths"] = {"message": doc["paths"]["/messages/{id}"]}
    doc["paths"]["/messages/{id}"] = {"$ref": "#/x-paths/message"}


@pytest.mark.parametrize(
    "rewrite",
    [
        inline_the_request_body,
        share_the_status_parameter,
        inline_the_shared_parameter,
        compose_with_all_of,
        share_a_response,
        reverse_everything,
        move_path_parameter_into_operation,
        notify_from_the_path_item,
        refer_to_the_path_item,
    ],
)
def test_a_rewrite_that_keeps_the_meaning_is_no_change(
    small: Doc, compare: Callable[..., Any], rewrite: Callable[[Doc], None]
) -> None:
    new = copy.deepcopy(small)
    rewrite(new)
    assert json.dumps(new) != json.dumps(small)
    assert compare(small, new) == []
    assert compare(new, small) == []


def test_yaml_and_json_of_the_same_definition_are_no_change(
    small: Doc, write: Callable[[str, Doc], Path]
) -> None:
    sides = Definition.load(write("a.yaml", small)), Definition.load(write("b.json", small))
    assert diff_definitions(*sides) == []


def test_a_change_inside_a_composed_schema_is_still_found(
    small: Doc, compare: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    compose_with_all_of(new)
    new["definitions"]["Base"]["properties"]["id"]["type"] = "integer"
    changes = compare(small, new)
    assert {(c.kind, c.pointer) for c in changes} == {
        ("type-changed", "/definitions/Base/properties/id/type")
    }


def test_a_change_to_a_payload_declared_on_the_path_item_is_found(
    small: Doc, compare: Callable[..., Any]
) -> None:
    notify_from_the_path_item(small)
    new = copy.deepcopy(small)
    new["definitions"]["Message"]["properties"]["status"]["enum"].append("deleted")
    payload = [c for c in compare(small, new) if c.operation.startswith("OnMessageReceived")]
    assert [(c.kind, c.breaking, c.pointer) for c in payload] == [
        ("enum-value-added", True, "/definitions/Message/properties/status/enum/3")
    ]
    assert "the trigger payload field 'status'" in payload[0].message


def test_a_change_inside_a_referenced_path_item_is_placed_where_it_is_written(
    small: Doc, compare: Callable[..., Any]
) -> None:
    refer_to_the_path_item(small)
    new = copy.deepcopy(small)
    new["x-paths"]["message"]["get"]["summary"] = "Get one message"
    assert [(c.kind, c.pointer) for c in compare(small, new)] == [
        ("description-changed", "/x-paths/message/get/summary")
    ]


@pytest.mark.parametrize(
    ("refs", "problem"),
    [
        ({"Message": {"$ref": "#/definitions/Missing"}}, "'#/definitions/Missing' does not"),
        (
            {
                "Message": {"$ref": "#/definitions/Other"},
                "Other": {"$ref": "#/definitions/Message"},
            },
            "a loop of references: #/definitions/Message -> #/definitions/Other ->",
        ),
    ],
)
def test_a_broken_ref_is_a_clear_input_error(
    small: Doc, compare: Callable[..., Any], refs: Doc, problem: str
) -> None:
    new = copy.deepcopy(small)
    new["definitions"].update(refs)
    with pytest.raises(InputError) as caught:
        compare(small, new)
    error = caught.value
    assert Path(error.path).name == "new.json"
    assert problem in error.message and "/definitions/Message/$ref" in error.message
    assert error.line == Definition.load(error.path).line_of("/definitions/Message/$ref")
    assert error.hint
