"""Which operations a live run may send, and recognising them on the wire."""

from __future__ import annotations

import pytest
from trconnect.contract.safety import RequestGate, blocked, endpoints, unknown_names
from trconnect.model import Definition
from trconnect.model.profile import GENERIC, GENERIC_REASON

from tests.contract.conftest import text_request

SPEC = {
    "basePath": "/api/v3",
    "paths": {
        "/dashboards/{dashboard_id}/contacts/{phone_number}": {
            "parameters": [],
            "get": {"operationId": "GetContactByPhoneNumber"},
            "post": {"operationId": "CreateContact"},
            "delete": {"operationId": "DeleteContact"},
        },
        "/dashboards/{dashboard_id}/contacts/{phone_number}/messages": {
            "get": {"operationId": "GetMessagesByContactPhone"},
            "post": {"operationId": "SendMessageByPhoneNumber"},
        },
        "/dashboards/{dashboard_id}/payments": {"post": {"operationId": "CreatePayment"}},
    },
}
DEFINITION = Definition.from_data(SPEC)
PROFILE = text_request()[1]


def test_every_write_is_unsafe_with_the_profiles_reason_or_a_generic_one():
    judged = {e.operation_id: e.unsafe_reason for e in endpoints(DEFINITION, PROFILE)}
    assert judged == {
        "GetContactByPhoneNumber": None,
        "CreateContact": "changes data",
        "DeleteContact": "deletes data",
        "GetMessagesByContactPhone": None,
        "SendMessageByPhoneNumber": "texts a person",
        "CreatePayment": "texts a payment request to a person",
    }


def test_without_a_profile_every_change_is_unsafe():
    judged = {e.operation_id: e.unsafe_reason for e in endpoints(DEFINITION, GENERIC)}
    assert judged == {
        "GetContactByPhoneNumber": None,
        "CreateContact": GENERIC_REASON,
        "DeleteContact": GENERIC_REASON,
        "GetMessagesByContactPhone": None,
        "SendMessageByPhoneNumber": GENERIC_REASON,
        "CreatePayment": GENERIC_REASON,
    }


def test_allowing_one_unblocks_only_that_one():
    names = [e.operation_id for e in blocked(endpoints(DEFINITION, PROFILE), ["CreatePayment"])]
    assert names == ["CreateContact", "DeleteContact", "SendMessageByPhoneNumber"]


def test_unknown_allow_names_are_reported():
    found = unknown_names(endpoints(DEFINITION, PROFILE), ["CreatePayment", "SendSms"])
    assert found == ["SendSms"]


@pytest.fixture
def gate():
    return RequestGate("/api/v3", blocked(endpoints(DEFINITION, PROFILE), []))


@pytest.mark.parametrize(
    ("method", "url", "operation_id"),
    [
        ("POST", "http://h/api/v3/dashboards/1/contacts/555/messages", "SendMessageByPhoneNumber"),
        ("post", "http://h/api/v3/dashboards/1/contacts/555/messages/", "SendMessageByPhoneNumber"),
        (
            "POST",
            "http://h/api/v3/dashboards/1/contacts/555%2Fmessages",
            "SendMessageByPhoneNumber",
        ),
        (
            "POST",
            "http://h/api/v3/dashboards/1/contacts/x/../555/messages",
            "SendMessageByPhoneNumber",
        ),
        ("DELETE", "http://h/api/v3/dashboards/1/contacts/555?x=1", "DeleteContact"),
        ("POST", "http://h/api/v3/dashboards/-7/payments", "CreatePayment"),
        ("POST", "http://h/api/v3/dashboards/1/contacts/555", "CreateContact"),
    ],
)
def test_gate_refuses_every_spelling_of_an_unsafe_request(gate, method, url, operation_id):
    """The request is refused, and recognised as what it would do under some spelling
    (``555%2Fmessages`` is a contact's phone number raw, a text decoded)."""
    assert gate.match(method, url) is not None
    assert operation_id in {endpoint.operation_id for endpoint, _ in gate.matches(method, url)}


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("GET", "http://h/api/v3/dashboards/1/contacts/555/messages"),
        ("GET", "http://h/api/v3/dashboards/1/payments"),
        ("POST", "http://h/api/v3/dashboards/1/payments/9"),
        ("DELETE", "http://h/api/v3/dashboards/1/contacts"),
    ],
)
def test_gate_lets_safe_requests_pass(gate, method, url):
    assert gate.match(method, url) is None


def test_given_the_permitted_writes_an_undeclared_method_is_refused():
    permitted = [e for e in endpoints(DEFINITION, PROFILE) if e.operation_id == "CreatePayment"]
    gate = RequestGate("/api/v3", [], permitted)
    assert gate.match("POST", "http://h/api/v3/dashboards/1/payments") is None
    assert gate.match("GET", "http://h/api/v3/dashboards/1/payments") is None
    refused = gate.match("PATCH", "http://h/api/v3/dashboards/1/payments")
    assert refused is not None and "no operation of the spec" in refused.unsafe_reason
