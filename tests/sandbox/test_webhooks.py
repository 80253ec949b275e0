"""The trigger end to end: register a hook, text, and the receiver gets the spec's payload."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from jsonschema import Draft4Validator
from trconnect.load import load_document
from trconnect.sandbox.testing import SandboxServer

from .conftest import address

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
    named = ("127.0.0.1:9",)  # the discard port: nothing listens
    with (
        SandboxServer(hook_attempts=3, hook_backoff=0.01, hook_hosts=named) as sandbox,
        sandbox.client() as api,
    ):
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


def test_a_named_receiver_is_accepted_with_or_without_its_default_port(ok):
    """The receivers are named; a URL with the scheme's default port names the same one."""
    with SandboxServer(hook_hosts=("hooks.example.test:443",)) as sandbox, sandbox.client() as api:
        dashboard = ok(api.post("/dashboards", json={"name": "x", "phone": "4236108888"}))
        url = f"/dashboards/{dashboard['id']}/hooks"
        for target in ("https://hooks.example.test/a", "https://HOOKS.example.test:443/b"):
            ok(api.post(url, json={"target_url": target, "event": "msg_sent", "httpVerb": "POST"}))
        other_port = {"target_url": "https://hooks.example.test:8443/a", "event": "msg_sent"}
        assert api.post(url, json=other_port).status_code == 400


def refused(api, dashboard, url: str) -> dict:
    body = {"target_url": url, "event": "msg_sent", "httpVerb": "POST"}
    response = api.post(f"/dashboards/{dashboard['id']}/hooks", json=body)
    assert response.status_code == 400, response.text
    answer = response.json()
    assert answer["field"] == "target_url"
    return answer


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example.com/hook", "not a receiver this sandbox delivers to"),
        ("http://10.0.0.5/x", "not a receiver this sandbox delivers to"),
        ("http://127.0.0.1:8080/x", "--hook-host 127.0.0.1:8080"),
        ("http://localhost:8080/x", "not a receiver"),
        ("ftp://[::1]/x", "http or https"),
        ("not a url", "uri"),
        ("/relative/path", "uri"),
    ],
)
def test_targets_outside_the_named_receivers_are_refused(api, dashboard, sandbox, url, reason):
    answer = refused(api, dashboard, url)
    assert reason in answer["message"]
    assert url not in [h["target_url"] for h in sandbox.hooks()]


def test_a_loopback_port_not_named_is_refused_even_beside_a_named_one(
    api, dashboard, receiver, sandbox
):
    host, port = receiver.url.split("/")[2].split(":")
    answer = refused(api, dashboard, f"http://{host}:{int(port) + 1}/hook")
    assert "named: " in answer["message"] and f"{host}:{port}" in answer["message"]


def test_the_sandbox_itself_is_refused(api, dashboard, sandbox):
    """Its own endpoints: an inbound text posting to inbound would fan out for ever."""
    port = sandbox.root_url.rsplit(":", 1)[1]
    inbound = f"{sandbox.root_url}/_sandbox/dashboards/{dashboard['id']}/inbound"
    for url in (inbound, f"http://localhost:{port}/api/v3/x", f"http://[::1]:{port}/"):
        assert "the sandbox itself" in refused(api, dashboard, url)["message"]


def test_credentials_in_the_url_are_refused_and_never_echoed(api, dashboard, receiver, sandbox):
    """They would go out as a Basic header; the answer does not repeat them."""
    host = receiver.url.split("/")[2]
    for url in (f"http://user:s3cret@{host}/hook", f"http://s3cret@{host}/hook"):
        answer = refused(api, dashboard, url)
        assert "user name or password" in answer["message"]
        assert "s3cret" not in json.dumps(answer)
    assert all("s3cret" not in h["target_url"] for h in sandbox.hooks())


def test_a_receiver_no_longer_named_gets_nothing(tmp_path, make_receiver):
    """Checked again before each delivery: a hook kept from a run that named its receiver
    fails unsent, saying why, once the sandbox is started without it."""
    receiver = make_receiver()
    db = tmp_path / "renamed.db"
    with SandboxServer(db, hook_hosts=(address(receiver),)) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "x", "phone": "4236107777"}).json()
        body = {"target_url": receiver.url, "event": "msg_sent", "httpVerb": "POST"}
        assert api.post(f"/dashboards/{dashboard['id']}/hooks", json=body).status_code == 200
        key = sandbox.api_key
    with SandboxServer(db, api_key=key) as sandbox, sandbox.client() as api:
        sent = {"body": "x"}
        api.post(f"/dashboards/{dashboard['id']}/contacts/4235559101/messages", json=sent)
        [entry] = sandbox.wait_for_deliveries(1, state="failed")
    [attempt] = entry["attempts_log"]
    assert attempt["status_code"] is None and "not a receiver" in attempt["error"]
    assert receiver.bodies == []


def test_hook_needs_a_known_event_and_is_always_posted(api, ok, dashboard, receiver):
    """The spec leaves httpVerb a free string (default POST): kept, but events are POSTed."""
    url = f"/dashboards/{dashboard['id']}/hooks"
    ok(api.post(url, json={"target_url": receiver.url, "event": "msg_sent", "httpVerb": "GET"}))
    event = api.post(url, json={"target_url": receiver.url, "event": "typing", "httpVerb": "POST"})
    assert (event.status_code, event.json()["field"]) == (400, "event")
    ok(api.post(f"/dashboards/{dashboard['id']}/contacts/4235559102/messages", json={"body": "x"}))
    assert len(receiver.wait_for(1)) == 1
