"""The trigger end to end: register a hook, text, and the receiver gets the spec's payload."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from jsonschema import Draft4Validator
from trconnect.load import load_document
from trconnect.sandbox.testing import SandboxServer

SPEC = Path(__file__).resolve().parents[2] / "spec" / "textrequest.yaml"


@pytest.fixture(scope="module")
def notification_validator():
    """The spec's notification schema, read independently of the sandbox's own code."""
    data = load_document(SPEC).data
    schema = data["paths"]["/dashboards/{dashboard_id}/hooks"]["x-ms-notification-content"]
    root = {"allOf": [schema["schema"]], "definitions": data["definitions"]}
    return Draft4Validator(root, format_checker=Draft4Validator.FORMAT_CHECKER)


def hook(api, ok, dashboard, url, event):
    body = {"target_url": url, "event": event, "httpVerb": "POST"}
    return ok(api.post(f"/dashboards/{dashboard['id']}/hooks", json=body))


def test_sent_message_notifies_the_receiver_once(
    api, ok, dashboard, receiver, notification_validator, sandbox
):
    registered = hook(api, ok, dashboard, receiver.url, "msg_sent")
    assert registered["target_url"] == receiver.url and registered["event"] == "msg_sent"
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559001", json={"first_name": "Ada"}))
    sent = ok(
        api.post(f"/dashboards/{dashboard['id']}/contacts/4235559001/messages", json={"body": "Hi"})
    )
    [payload] = receiver.wait_for(1)
    time.sleep(0.3)
    assert len(receiver.bodies) == 1
    errors = [e.message for e in notification_validator.iter_errors(payload)]
    assert errors == []
    assert payload["messageUniqueIdentifier"] == sent["message_id"]
    assert payload["yourPhoneNumber"]["id"] == dashboard["id"]
    assert payload["yourPhoneNumber"]["phoneNumber"] == dashboard["phone"]
    conversation = payload["conversation"]
    assert conversation["consumerPhoneNumber"] == "4235559001"
    assert (conversation["messageDirection"], conversation["message"]) == ("S", "Hi")
    assert conversation["consumerFriendlyName"] == "Ada"
    [logged] = sandbox.deliveries(registered["id"])
    assert logged["state"] == "delivered" and logged["attempts_log"][0]["status_code"] == 200


def test_inbound_text_notifies_msg_received_hooks_only(
    api, ok, dashboard, make_receiver, notification_validator, sandbox
):
    received, sent = make_receiver(), make_receiver()
    hook(api, ok, dashboard, received.url, "msg_received")
    hook(api, ok, dashboard, sent.url, "msg_sent")
    sandbox.inbound(dashboard["id"], "4235559002", "Is it open today?")
    [payload] = received.wait_for(1)
    assert not list(notification_validator.iter_errors(payload))
    assert payload["conversation"]["messageDirection"] == "R"
    assert payload["conversation"]["message"] == "Is it open today?"
    time.sleep(0.2)
    assert sent.bodies == []


def test_registering_twice_gives_the_same_hook(api, ok, dashboard, receiver):
    first = hook(api, ok, dashboard, receiver.url, "msg_sent")
    assert hook(api, ok, dashboard, receiver.url, "msg_sent") == first
    assert hook(api, ok, dashboard, receiver.url, "msg_received")["id"] != first["id"]


def test_failed_deliveries_are_retried_with_backoff(api, ok, dashboard, make_receiver, sandbox):
    flaky = make_receiver(fail_first=2)
    registered = hook(api, ok, dashboard, flaky.url, "msg_sent")
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559003/messages", json={"body": "x"}))
    assert len(flaky.wait_for(1)) == 1
    log = sandbox.wait_for_deliveries(1)
    [entry] = [d for d in log if d["hook_id"] == registered["id"]]
    assert entry["state"] == "delivered"
    assert [a["status_code"] for a in entry["attempts_log"]] == [503, 503, 200]


def test_unreachable_hook_fails_after_the_configured_attempts():
    with SandboxServer(hook_attempts=3, hook_backoff=0.01) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "x", "phone": "4236109999"}).json()
        body = {"target_url": "http://127.0.0.1:9/none", "event": "msg_sent", "httpVerb": "POST"}
        assert api.post(f"/dashboards/{dashboard['id']}/hooks", json=body).status_code == 200
        api.post(f"/dashboards/{dashboard['id']}/contacts/4235559004/messages", json={"body": "x"})
        [entry] = sandbox.wait_for_deliveries(1, state="failed")
        assert len(entry["attempts_log"]) == 3
        assert all(a["error"] for a in entry["attempts_log"])


def test_removed_hook_is_not_notified(api, ok, dashboard, receiver, sandbox):
    registered = hook(api, ok, dashboard, receiver.url, "msg_sent")
    assert [h["id"] for h in sandbox.hooks()].count(registered["id"]) == 1
    sandbox.delete_hook(registered["id"])
    assert registered["id"] not in [h["id"] for h in sandbox.hooks()]
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559005/messages", json={"body": "x"}))
    time.sleep(0.3)
    assert receiver.bodies == []


def test_other_accounts_cannot_remove_or_read_hooks(api, ok, dashboard, receiver, sandbox):
    registered = hook(api, ok, dashboard, receiver.url, "msg_sent")
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559006/messages", json={"body": "x"}))
    receiver.wait_for(1)
    intruder = sandbox.new_account()
    with pytest.raises(httpx.HTTPStatusError, match="404"):
        sandbox.delete_hook(registered["id"], api_key=intruder)
    assert sandbox.hooks(intruder) == [] and sandbox.deliveries(api_key=intruder) == []
    assert registered["id"] in [h["id"] for h in sandbox.hooks()]


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("http://127.0.0.1:8080/x", True),
        ("https://example.com/hook", True),
        ("ftp://127.0.0.1/x", True),
        ("not a url", False),
        ("/relative/path", False),
    ],
)
def test_any_absolute_uri_is_accepted(api, dashboard, url, accepted):
    """The spec's format: uri, no more: where the sandbox delivers is decided at delivery."""
    body = {"target_url": url, "event": "msg_sent", "httpVerb": "POST"}
    response = api.post(f"/dashboards/{dashboard['id']}/hooks", json=body)
    assert (response.status_code == 200) is accepted, response.text
    if not accepted:
        assert response.json()["field"] == "target_url"


@pytest.mark.parametrize("url", ["https://example.com/hook", "http://10.0.0.5/x", "ftp://[::1]/x"])
def test_only_loopback_targets_are_delivered_to(api, ok, dashboard, sandbox, url):
    """A hook elsewhere is registered, but its deliveries fail unsent, saying why."""
    registered = hook(api, ok, dashboard, url, "msg_sent")
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559101/messages", json={"body": "x"}))
    deadline = time.monotonic() + 10
    while not (log := sandbox.deliveries(registered["id"])) or log[-1]["state"] == "pending":
        assert time.monotonic() < deadline, log
        time.sleep(0.05)
    assert [d["state"] for d in log] == ["failed"]
    [attempt] = log[0]["attempts_log"]
    assert attempt["status_code"] is None
    assert any(word in attempt["error"] for word in ("not a loopback", "http or https"))


def test_configured_host_is_allowed():
    with SandboxServer(hook_hosts=("hooks.example.test",)) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "x", "phone": "4236108888"}).json()
        body = {
            "target_url": "https://hooks.example.test/a",
            "event": "msg_sent",
            "httpVerb": "POST",
        }
        assert api.post(f"/dashboards/{dashboard['id']}/hooks", json=body).status_code == 200


def test_hook_needs_a_known_event_and_is_always_posted(api, ok, dashboard, receiver):
    """The spec leaves httpVerb a free string (default POST): kept, but events are POSTed."""
    url = f"/dashboards/{dashboard['id']}/hooks"
    ok(api.post(url, json={"target_url": receiver.url, "event": "msg_sent", "httpVerb": "GET"}))
    event = api.post(url, json={"target_url": receiver.url, "event": "typing", "httpVerb": "POST"})
    assert (event.status_code, event.json()["field"]) == (400, "event")
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559102/messages", json={"body": "x"}))
    assert len(receiver.wait_for(1)) == 1
