"""Power Platform's rules for the words and extensions of a connector, checked on the spec."""

from __future__ import annotations

import re

import pytest

from tests.spec.spec_walk import deref, fields, object_schemas, operations, parameters

TAGS = (
    *("Contacts", "Messages", "Conversations", "Groups", "Tags"),
    *("Custom Fields", "Payments", "Dashboards", "Webhooks"),
)
# Words that keep their capital inside a sentence-case summary.
PROPER_NOUNS = {"Text", "Request", "Power", "Automate", "Authvia"}
PASCAL_CASE = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*")


def sentence_case_problem(summary: str) -> str | None:
    """Why ``summary`` breaks Power Platform's summary rule, or None when it keeps it."""
    if len(summary) > 80:
        return f"{len(summary)} characters, at most 80"
    if summary.endswith("."):
        return "ends with a period"
    first, *rest = summary.split()
    if not first[0].isupper():
        return "does not start with a capital"
    capitals = [w for w in rest if w[0].isupper() and not w.isupper() and w not in PROPER_NOUNS]
    return f"not sentence case: {capitals}" if capitals else None


@pytest.mark.parametrize(
    ("summary", "problem"),
    [
        ("Send a message to a contact", None),
        ("Send a Message to a contact", "not sentence case: ['Message']"),
        ("Send a message.", "ends with a period"),
        ("send a message", "does not start with a capital"),
        ("Get a URL from Text Request", None),
        ("A" * 81, "81 characters, at most 80"),
    ],
)
def test_sentence_case_rule(summary: str, problem: str | None) -> None:
    assert sentence_case_problem(summary) == problem


def test_operation_summaries(spec: dict) -> None:
    problems = {
        op["operationId"]: sentence_case_problem(op.get("summary") or " ")
        for *_, op in operations(spec)
    }
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_operation_has_a_description(spec: dict) -> None:
    missing = [op["operationId"] for *_, op in operations(spec) if not op.get("description")]
    assert missing == []


def test_operation_ids_are_pascal_case_and_unique(spec: dict) -> None:
    ids = [op["operationId"] for *_, op in operations(spec)]
    assert [i for i in ids if not PASCAL_CASE.fullmatch(i)] == []
    assert len(ids) == len(set(ids))


def test_every_parameter_has_a_summary(spec: dict) -> None:
    missing = [
        f"{op['operationId']}: {param['name']}"
        for path, _, op in operations(spec)
        for param in parameters(spec, path, op)
        if not param.get("x-ms-summary")
    ]
    assert missing == []


def test_every_schema_property_has_a_summary(spec: dict) -> None:
    """Inline or through its reference; a property Power Platform shows without a label fails."""
    missing = [
        f"{pointer}/properties/{name}"
        for pointer, schema in object_schemas(spec)
        for name, prop in schema["properties"].items()
        if not deref(spec, prop).get("x-ms-summary")
    ]
    assert missing == []


@pytest.mark.parametrize("code", ["401", "429"])
def test_every_operation_declares_auth_and_throttle_failures(spec: dict, code: str) -> None:
    missing = [op["operationId"] for *_, op in operations(spec) if code not in op["responses"]]
    assert missing == []


def test_throttle_response_documents_retry_after(spec: dict) -> None:
    assert spec["responses"]["TooManyRequests"]["headers"]["Retry-After"]["type"] == "integer"


def test_every_operation_has_one_declared_tag(spec: dict) -> None:
    assert tuple(tag["name"] for tag in spec["tags"]) == TAGS
    wrong = [op["operationId"] for *_, op in operations(spec) if len(op.get("tags", [])) != 1]
    assert wrong == []
    assert {op["tags"][0] for *_, op in operations(spec)} == set(TAGS)


def test_path_parameters_say_their_url_encoding(spec: dict) -> None:
    missing = [
        f"{op['operationId']}: {param['name']}"
        for path, _, op in operations(spec)
        for param in parameters(spec, path, op)
        if param["in"] == "path" and "x-ms-url-encoding" not in param
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("parameter", "operation_id"), [("dashboard_id", "GetDashboards"), ("group_id", "GetGroups")]
)
def test_ids_are_picked_by_name(spec: dict, parameter: str, operation_id: str) -> None:
    """The picker's operation takes the inputs it is given and returns what the picker reads."""
    dynamic = spec["parameters"][parameter]["x-ms-dynamic-values"]
    assert dynamic["operationId"] == operation_id
    path, _, source = next(o for o in operations(spec) if o[2]["operationId"] == operation_id)
    inputs = {p["name"] for p in parameters(spec, path, source)}
    assert set(dynamic["parameters"]) <= inputs
    listed = {path for path, _, _ in fields(spec, source["responses"]["200"]["schema"])}
    collection = dynamic["value-collection"]
    assert collection in listed
    assert {f"{collection}.{dynamic['value-path']}", f"{collection}.{dynamic['value-title']}"} <= (
        listed
    )


def test_trigger_is_a_single_webhook(spec: dict) -> None:
    path = "/dashboards/{dashboard_id}/hooks"
    trigger = spec["paths"][path]["post"]
    assert trigger["x-ms-trigger"] == "single"
    body = deref(spec, next(p for p in trigger["parameters"] if p.get("in") == "body")["schema"])
    assert body["properties"]["target_url"]["x-ms-notification-url"] is True
    assert body["properties"]["event"]["enum"] == ["msg_received", "msg_sent"]
    assert {body["properties"][k]["x-ms-visibility"] for k in ("target_url", "httpVerb")} == {
        "internal"
    }
    notification = spec["paths"][path]["x-ms-notification-content"]["schema"]
    assert notification == {"$ref": "#/definitions/MessageNotification"}


def _response_schemas(spec: dict, *, notifications: bool = True) -> list[dict]:
    found = [
        deref(spec, r).get("schema")
        for *_, op in operations(spec)
        for r in op["responses"].values()
    ]
    found += [
        item["x-ms-notification-content"]["schema"]
        for item in spec["paths"].values()
        if notifications and "x-ms-notification-content" in item
    ]
    return [s for s in found if s is not None]


def test_response_fields_have_no_enum(spec: dict) -> None:
    """A new value the API adds must not make a generated client reject a response."""
    with_enum = [
        path
        for schema in _response_schemas(spec)
        for path, field, _ in fields(spec, schema)
        if "enum" in field
    ]
    assert with_enum == []


def test_timestamps_are_date_times(spec: dict) -> None:
    """Every response field named like a time carries format date-time.

    Not the trigger's notification: Power Automate hands its fields to a flow as the API
    wrote them, and the facts show plain strings there.
    """
    plain = [
        path
        for schema in _response_schemas(spec, notifications=False)
        for path, field, _ in fields(spec, schema)
        if re.search(r"(_utc|_date|^date|\.date)$", path) and field.get("format") != "date-time"
    ]
    assert plain == []


def test_shared_parameter_samples_are_examples_not_defaults(spec: dict) -> None:
    for name in ("dashboard_id", "phone_number", "group_id", "payment_id"):
        assert "default" not in spec["parameters"][name]
        assert "x-example" in spec["parameters"][name]
