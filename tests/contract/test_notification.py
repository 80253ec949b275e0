"""The trigger's contract: what the sandbox posts to a hook matches the notification schema."""

from __future__ import annotations

import copy

import pytest
from trconnect.cli.contract_test import sandbox_target
from trconnect.contract.notification import notification_errors, notification_schema
from trconnect.contract.trigger import check_trigger
from trconnect.model import Definition

from tests.conftest import SPEC
from tests.contract.conftest import text_request


@pytest.fixture(scope="module")
def spec():
    return text_request()[0].data


def _check_on_sandbox(spec):
    plan = text_request()[1].trigger
    with sandbox_target(SPEC) as target:
        headers = {"x-api-key": target.api_key}
        definition = Definition.from_data(spec)
        return check_trigger(
            definition, plan, target.base_url, headers, target.inbound, target.receiver_port
        )


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
    spec = Definition.from_data(spec)
    errors = notification_errors(spec, {"surprise": 1, "conversation": {"extra": "x"}})
    assert any(error.startswith("/:") and "surprise" in error for error in errors)
    assert any(error.startswith("/conversation:") and "extra" in error for error in errors)
    assert notification_errors(spec, {"conversation": {"message": "hi"}}) == []


def test_a_wrongly_typed_field_is_named(spec):
    spec = Definition.from_data(spec)
    schema = notification_schema(spec)
    conversation = schema["properties"]["conversation"]["properties"]
    assert conversation["numSegments"]["type"] == "integer"
    errors = notification_errors(spec, {"conversation": {"numSegments": "two"}})
    assert "/conversation/numSegments: 'two' is not of type 'integer'" in errors


def test_null_only_where_the_spec_allows_it(spec):
    spec = Definition.from_data(spec)
    schema = notification_schema(spec)
    fields = schema["properties"]["conversation"]["properties"]
    for name, field in fields.items():
        errors = notification_errors(spec, {"conversation": {name: None}})
        nullable = isinstance(field.get("type"), list) and "null" in field["type"]
        assert (errors == []) == nullable, (name, errors)
