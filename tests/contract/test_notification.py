"""The trigger's contract: what the sandbox posts to a hook matches the notification schema."""

from __future__ import annotations

import copy

import pytest
from trconnect.contract.notification import notification_errors, notification_schema
from trconnect.contract.trigger import check_trigger
from trconnect.load import load_document

from tests.conftest import SPEC


@pytest.fixture(scope="module")
def spec():
    return load_document(SPEC).data


def _check_on_sandbox(spec):
    from trconnect.sandbox.testing import SandboxServer

    with SandboxServer() as sandbox:
        headers = {"x-api-key": sandbox.api_key}
        return check_trigger(spec, sandbox.base_url, headers, sandbox.inbound)


def test_the_sandbox_notifications_match_the_spec(spec):
    checked, problems = _check_on_sandbox(spec)
    assert checked == ["msg_sent", "msg_received"]
    assert problems == []


def test_a_notification_that_breaks_the_schema_is_reported(spec):
    broken = copy.deepcopy(spec)
    conversation = broken["definitions"]["NotificationConversation"]["properties"]
    conversation["message"]["type"] = "integer"
    checked, problems = _check_on_sandbox(broken)
    assert checked == ["msg_sent", "msg_received"]
    assert [(p.operation_id, p.check) for p in problems] == [
        ("TextingWebhook", "notification_conformance")
    ] * 2
    assert all("/conversation/message" in p.message for p in problems)


def test_undeclared_fields_are_errors_at_every_level(spec):
    errors = notification_errors(spec, {"surprise": 1, "conversation": {"extra": "x"}})
    assert any(error.startswith("/:") and "surprise" in error for error in errors)
    assert any(error.startswith("/conversation:") and "extra" in error for error in errors)
    assert notification_errors(spec, {"conversation": {"message": "hi"}}) == []


def test_a_wrongly_typed_field_is_named(spec):
    schema = notification_schema(spec)
    conversation = schema["properties"]["conversation"]["properties"]
    assert conversation["numSegments"]["type"] == "integer"
    errors = notification_errors(spec, {"conversation": {"numSegments": "two"}})
    assert "/conversation/numSegments: 'two' is not of type 'integer'" in errors


def test_null_only_where_the_spec_allows_it(spec):
    schema = notification_schema(spec)
    fields = schema["properties"]["conversation"]["properties"]
    for name, field in fields.items():
        errors = notification_errors(spec, {"conversation": {name: None}})
        nullable = isinstance(field.get("type"), list) and "null" in field["type"]
        assert (errors == []) == nullable, (name, errors)
