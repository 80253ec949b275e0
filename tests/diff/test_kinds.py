"""Every kind of change, each on a small pair: fixtures/small.yaml and an edited copy."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from trconnect.diff import KINDS
from trconnect.load.pointer import resolve

from tests.diff.test_package import PACKAGE_KINDS

LIST = "/paths/~1messages/get"
SEND = "/paths/~1messages/post"
GET = "/paths/~1messages~1{id}/get"
HOOK = "/paths/~1hooks~1received/post"
STATUS = LIST + "/parameters/1"
MESSAGE = "/definitions/Message/properties"
NEW_MESSAGE = "/definitions/NewMessage/properties"

Doc = dict[str, Any]


def at(doc: Doc, pointer: str) -> Any:
    return resolve(doc, pointer)


def rename_key(mapping: dict[str, Any], old: str, new: str) -> None:
    mapping[new] = mapping.pop(old)


def move_method(old: Doc, new: Doc) -> None:
    rename_key(at(new, "/paths/~1messages"), "post", "put")


def add_operation(old: Doc, new: Doc) -> None:
    operation = {"operationId": "ListContacts", "responses": {"200": {"description": "OK"}}}
    new["paths"]["/contacts"] = {"get": operation}


def swap_security(old: Doc, new: Doc) -> None:
    new["securityDefinitions"] = {"oauth": {"type": "oauth2", "flow": "accessCode"}}
    new["security"] = [{"oauth": []}]


def made_optional(old: Doc, new: Doc) -> None:
    at(old, STATUS)["required"] = True


def own_consumes(old: Doc, new: Doc) -> None:
    at(new, SEND)["consumes"] = ["application/x-www-form-urlencoded"]


def dynamic_value_path(old: Doc, new: Doc) -> None:
    lookup = {"operationId": "ListMessages", "value-path": "id", "value-title": "body"}
    at(old, STATUS)["x-ms-dynamic-values"] = lookup
    at(new, STATUS)["x-ms-dynamic-values"] = {**lookup, "value-path": "status"}


def internal_default_removed(old: Doc, new: Doc) -> None:
    at(old, STATUS).update({"x-ms-visibility": "internal", "default": "sent"})
    at(new, LIST + "/parameters").pop(1)


# (edit of the old and new copies, expected {(kind, breaking, pointer)}, one per operation or less)
CASES: list[Any] = [
    pytest.param(
        lambda o, n: at(n, "/paths/~1messages").pop("get"),
        {("operation-removed", True, LIST)},
        id="operation-removed",
    ),
    pytest.param(
        add_operation, {("operation-added", False, "/paths/~1contacts/get")}, id="operation-added"
    ),
    pytest.param(
        lambda o, n: at(n, GET).update(operationId="GetOneMessage"),
        {("operation-id-changed", True, GET + "/operationId")},
        id="operation-id-changed",
    ),
    pytest.param(
        lambda o, n: rename_key(n["paths"], "/messages/{id}", "/message/{id}"),
        {("path-changed", True, "/paths/~1message~1{id}/get")},
        id="path-changed",
    ),
    pytest.param(
        move_method, {("method-changed", True, "/paths/~1messages/put")}, id="method-changed"
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/parameters").pop(1),
        {("parameter-removed", True, STATUS)},
        id="parameter-removed",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS).update(name="state"),
        {("parameter-renamed", True, STATUS + "/name")},
        id="parameter-renamed",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS).update({"in": "header"}),
        {("parameter-location-changed", True, STATUS)},
        id="parameter-location-changed",
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/parameters").append(
            {"name": "from", "in": "query", "type": "string", "required": True}
        ),
        {("parameter-added-required", True, LIST + "/parameters/3")},
        id="parameter-added-required",
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/parameters").append(
            {"name": "from", "in": "query", "type": "string"}
        ),
        {("parameter-added-optional", False, LIST + "/parameters/3")},
        id="parameter-added-optional",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS).update(required=True),
        {("parameter-made-required", True, STATUS)},
        id="parameter-made-required",
    ),
    pytest.param(
        made_optional, {("parameter-made-optional", False, STATUS)}, id="parameter-made-optional"
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/parameters/2").update(collectionFormat="multi"),
        {("collection-format-changed", True, LIST + "/parameters/2")},
        id="collection-format-changed",
    ),
    pytest.param(
        lambda o, n: at(n, "/parameters/Limit").update(default=50),
        {("default-changed", True, "/parameters/Limit/default")},
        id="default-changed",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS).update(type="integer"),
        {("type-changed", True, STATUS + "/type")},
        id="type-changed-parameter",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/id").update(type="integer"),
        {("type-changed", True, MESSAGE + "/id/type")},
        id="type-changed-response-property",
    ),
    pytest.param(
        lambda o, n: at(n, "/parameters/Limit").update(format="int64"),
        {("format-changed", True, "/parameters/Limit/format")},
        id="format-changed",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/sentAt").update({"x-nullable": True}),
        {("nullable-changed", True, MESSAGE + "/sentAt/x-nullable")},
        id="nullable-changed-response",
    ),
    pytest.param(
        lambda o, n: at(n, NEW_MESSAGE + "/sendAt").update({"x-nullable": True}),
        {("nullable-changed", False, NEW_MESSAGE + "/sendAt/x-nullable")},
        id="nullable-changed-request",
    ),
    pytest.param(
        lambda o, n: at(o, NEW_MESSAGE + "/sendAt").update({"x-nullable": True}),
        {("nullable-changed", True, NEW_MESSAGE + "/sendAt")},
        id="nullable-removed-request",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS + "/enum").remove("failed"),
        {("enum-value-removed", True, STATUS + "/enum/1")},
        id="enum-value-removed-request",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/status/enum").remove("queued"),
        {("enum-value-removed", False, MESSAGE + "/status/enum/0")},
        id="enum-value-removed-response",
    ),
    pytest.param(
        lambda o, n: at(n, STATUS + "/enum").append("queued"),
        {("enum-value-added", False, STATUS + "/enum/2")},
        id="enum-value-added-request",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/status/enum").append("delivered"),
        {("enum-value-added", True, MESSAGE + "/status/enum/3")},
        id="enum-value-added-response",
    ),
    pytest.param(
        lambda o, n: at(n, NEW_MESSAGE + "/body").update(maxLength=140),
        {("constraint-narrowed", True, NEW_MESSAGE + "/body/maxLength")},
        id="constraint-narrowed-request",
    ),
    pytest.param(
        lambda o, n: at(n, "/parameters/Limit").update(minimum=5),
        {("constraint-narrowed", True, "/parameters/Limit/minimum")},
        id="constraint-narrowed-minimum",
    ),
    pytest.param(
        lambda o, n: at(n, NEW_MESSAGE + "/to").pop("pattern"),
        {("constraint-widened", False, NEW_MESSAGE + "/to")},
        id="constraint-widened-request",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/body").update(maxLength=10),
        {("constraint-narrowed", False, MESSAGE + "/body/maxLength")},
        id="constraint-narrowed-response",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE).pop("sentAt"),
        {("property-removed", True, MESSAGE + "/sentAt")},
        id="property-removed-response",
    ),
    pytest.param(
        lambda o, n: at(n, NEW_MESSAGE).pop("sendAt"),
        {("property-removed", True, NEW_MESSAGE + "/sendAt")},
        id="property-removed-request",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE).update(cost={"type": "number"}),
        {("property-added", False, MESSAGE + "/cost")},
        id="property-added-response",
    ),
    pytest.param(
        lambda o, n: at(n, NEW_MESSAGE).update(ref={"type": "string"}),
        {("property-added", False, NEW_MESSAGE + "/ref")},
        id="property-added-optional-request",
    ),
    pytest.param(
        lambda o, n: (
            at(n, NEW_MESSAGE).update(sender={"type": "string"}),
            at(n, "/definitions/NewMessage/required").append("sender"),
        ),
        {("property-added-required", True, NEW_MESSAGE + "/sender")},
        id="property-added-required",
    ),
    pytest.param(
        lambda o, n: at(n, "/definitions/NewMessage/required").append("sendAt"),
        {("property-made-required", True, NEW_MESSAGE + "/sendAt")},
        id="property-made-required-request",
    ),
    pytest.param(
        lambda o, n: at(n, "/definitions/Message/required").append("body"),
        {("property-made-required", False, MESSAGE + "/body")},
        id="property-made-required-response",
    ),
    pytest.param(
        lambda o, n: at(n, "/definitions/Message/required").remove("status"),
        {("property-made-optional", True, MESSAGE + "/status")},
        id="property-made-optional-response",
    ),
    pytest.param(
        lambda o, n: at(n, "/definitions/NewMessage/required").remove("body"),
        {("property-made-optional", False, NEW_MESSAGE + "/body")},
        id="property-made-optional-request",
    ),
    pytest.param(
        lambda o, n: at(n, GET + "/responses").pop("404"),
        {("response-removed", True, GET + "/responses/404")},
        id="response-removed",
    ),
    pytest.param(
        lambda o, n: at(n, GET + "/responses").update({"410": {"description": "Gone."}}),
        {("response-added", False, GET + "/responses/410")},
        id="response-added",
    ),
    pytest.param(
        lambda o, n: at(n, SEND + "/responses/201").pop("schema"),
        {("response-body-removed", True, SEND + "/responses/201/schema")},
        id="response-body-removed",
    ),
    pytest.param(
        lambda o, n: at(n, SEND + "/responses/400").update(schema={"type": "object"}),
        {("response-body-added", False, SEND + "/responses/400/schema")},
        id="response-body-added",
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/responses/200/headers").pop("X-Total"),
        {("header-removed", True, LIST + "/responses/200/headers/X-Total")},
        id="header-removed",
    ),
    pytest.param(
        lambda o, n: at(n, LIST + "/responses/200/headers").update({"X-Next": {"type": "string"}}),
        {("header-added", False, LIST + "/responses/200/headers/X-Next")},
        id="header-added",
    ),
    pytest.param(
        lambda o, n: at(n, GET).update({"x-ms-visibility": "internal"}),
        {("visibility-internal", True, GET + "/x-ms-visibility")},
        id="visibility-internal-operation",
    ),
    pytest.param(
        lambda o, n: at(n, "/parameters/Limit").update({"x-ms-visibility": "internal"}),
        {("visibility-internal", True, "/parameters/Limit/x-ms-visibility")},
        id="visibility-internal-parameter",
    ),
    pytest.param(
        lambda o, n: at(n, GET).update({"x-ms-visibility": "advanced"}),
        {("visibility-changed", False, GET + "/x-ms-visibility")},
        id="visibility-changed",
    ),
    pytest.param(
        lambda o, n: at(n, HOOK).update({"x-ms-trigger": "batch"}),
        {("trigger-changed", True, HOOK)},
        id="trigger-changed-kind",
    ),
    pytest.param(
        lambda o, n: at(n, HOOK).pop("x-ms-trigger"),
        {("trigger-changed", True, HOOK)},
        id="trigger-changed-to-action",
    ),
    pytest.param(
        lambda o, n: at(n, GET).update({"x-ms-trigger": "single"}),
        {("trigger-changed", True, GET)},
        id="trigger-changed-from-action",
    ),
    pytest.param(
        lambda o, n: at(n, "/securityDefinitions/api_key").update(name="X-Key"),
        {("security-changed", True, "/securityDefinitions/api_key")},
        id="security-changed-scheme",
    ),
    pytest.param(
        swap_security,
        {
            ("security-changed", True, "/securityDefinitions/api_key"),
            ("security-changed", True, "/securityDefinitions/oauth"),
            ("security-changed", True, "/security"),
        },
        id="security-changed-swapped",
    ),
    pytest.param(
        lambda o, n: at(n, GET).update(security=[]),
        {("security-changed", True, GET + "/security")},
        id="security-changed-operation",
    ),
    pytest.param(
        lambda o, n: n.update(host="api.example.org"),
        {("base-url-changed", True, "/host")},
        id="base-url-changed",
    ),
    pytest.param(
        lambda o, n: n.pop("basePath"),
        {("base-url-changed", True, "/basePath")},
        id="base-url-removed",
    ),
    pytest.param(
        lambda o, n: n.update(schemes=["http"]),
        {("base-url-changed", True, "/schemes")},
        id="scheme-removed",
    ),
    pytest.param(
        own_consumes, {("media-type-removed", True, "/consumes/0")}, id="media-type-removed"
    ),
    pytest.param(
        lambda o, n: at(n, GET).update(deprecated=True),
        {("operation-deprecated", False, GET + "/deprecated")},
        id="operation-deprecated",
    ),
    pytest.param(
        lambda o, n: at(n, MESSAGE + "/body").update(description="The message text."),
        {("description-changed", False, MESSAGE + "/body/description")},
        id="description-changed-property",
    ),
    pytest.param(
        lambda o, n: at(n, LIST).update(summary="List the messages"),
        {("description-changed", False, LIST + "/summary")},
        id="description-changed-operation",
    ),
    pytest.param(
        lambda o, n: at(n, "/paths/~1messages~1{id}/parameters/0").update(
            {"x-ms-url-encoding": "double"}
        ),
        {("url-encoding-changed", False, "/paths/~1messages~1{id}/parameters/0/x-ms-url-encoding")},
        id="url-encoding-changed",
    ),
    pytest.param(
        dynamic_value_path,
        {("dynamic-changed", False, STATUS + "/x-ms-dynamic-values")},
        id="dynamic-changed",
    ),
    pytest.param(
        internal_default_removed,
        {("internal-parameter-removed", False, STATUS)},
        id="internal-parameter-removed",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
def test_each_change_is_found_and_classified(
    small: Doc, compare: Callable[..., Any], edit: Callable[[Doc, Doc], Any], expected: set[Any]
) -> None:
    old, new = small, copy.deepcopy(small)
    edit(old, new)
    changes = compare(old, new)
    assert {(c.kind, c.breaking, c.pointer) for c in changes} == expected
    assert all(c.message.endswith(".") and "\n" not in c.message for c in changes)
    for change in changes:  # each pointer names a place in the document its side names
        resolve(old if change.side == "old" else new, change.pointer)


def test_every_kind_has_a_case() -> None:
    """Here, or (a change of apiProperties.json) on a real connector in test_package.py."""
    tested = {kind for case in CASES for kind, _, _ in case.values[1]}
    assert tested | PACKAGE_KINDS == set(KINDS)


def test_a_change_in_a_shared_definition_names_every_operation_using_it(
    small: Doc, compare: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    at(new, MESSAGE + "/id")["type"] = "integer"
    changes = compare(small, new)
    assert {c.operation.split()[0] for c in changes} == {
        "ListMessages",
        "SendMessage",
        "GetMessage",
        "OnMessageReceived",
    }
    listing = next(c for c in changes if c.operation.startswith("ListMessages"))
    assert listing.message == (
        "In ListMessages (GET /messages), the type of response 200 field '[].id' "
        'changed from "string" to "integer".'
    )


def test_a_recursive_schema_is_compared_once_per_use(
    small: Doc, compare: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    at(new, "/definitions/Contact/properties/name")["type"] = "integer"
    changes = compare(small, new)
    assert len(changes) == 4
    assert {c.pointer for c in changes} == {"/definitions/Contact/properties/name/type"}


def test_a_renamed_path_parameter_is_one_path_change_and_one_rename(
    small: Doc, compare: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    rename_key(new["paths"], "/messages/{id}", "/messages/{messageId}")
    new["paths"]["/messages/{messageId}"]["parameters"][0]["name"] = "messageId"
    item = "/paths/~1messages~1{messageId}"
    assert {(c.kind, c.pointer) for c in compare(small, new)} == {
        ("path-changed", item + "/get"),
        ("parameter-renamed", item + "/parameters/0/name"),
    }


def test_operations_without_an_id_are_paired_by_method_and_path(
    small: Doc, compare: Callable[..., Any]
) -> None:
    del at(small, GET)["operationId"]
    new = copy.deepcopy(small)
    at(new, GET)["summary"] = "Get one message"
    changes = compare(small, new)
    assert [(c.kind, c.operation) for c in changes] == [
        ("description-changed", "GET /messages/{id}")
    ]


def test_a_webhook_trigger_turned_into_polling_is_a_trigger_change(
    small: Doc, compare: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    del at(new, HOOK)["x-ms-notification-content"]
    [change] = compare(small, new)
    assert (change.kind, change.breaking) == ("trigger-changed", True)
    assert '"single webhook" to "single polling"' in change.message


def test_a_renamed_body_parameter_is_a_rename(small: Doc, compare: Callable[..., Any]) -> None:
    new = copy.deepcopy(small)
    at(new, SEND + "/parameters/0")["name"] = "message"
    assert {(c.kind, c.breaking, c.pointer) for c in compare(small, new)} == {
        ("parameter-renamed", True, SEND + "/parameters/0/name")
    }
