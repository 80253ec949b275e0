"""The trigger's contract: what the sandbox posts to a hook matches the notification schema."""

from __future__ import annotations

import json
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator.contract.notification import notification_errors, notification_schema
from generator.load import load_document
from tests.conftest import SPEC


@pytest.fixture(scope="module")
def spec():
    return load_document(SPEC).data


@pytest.fixture
def receiver():
    """A hook target on 127.0.0.1 that hands every posted body to the test."""
    bodies: queue.Queue[bytes] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            bodies.put(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/flow", bodies
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("event", ["msg_sent", "msg_received"])
def test_sandbox_notification_matches_the_spec(spec, receiver, event):
    from sandbox.testing import SandboxServer

    url, bodies = receiver
    phone = "4235550123"
    with SandboxServer() as sandbox, sandbox.client(timeout=10) as api:
        dashboard = api.post("/dashboards", json={"name": "Contract", "phone": "4235550100"})
        assert dashboard.status_code == 200, dashboard.text
        dashboard_id = dashboard.json()["id"]
        hook = api.post(
            f"/dashboards/{dashboard_id}/hooks",
            json={"target_url": url, "event": event, "httpVerb": "POST"},
        )
        assert hook.status_code == 200, hook.text
        contact = api.post(
            f"/dashboards/{dashboard_id}/contacts/{phone}", json={"first_name": "Ada"}
        )
        assert contact.status_code == 200, contact.text
        if event == "msg_sent":
            sent = api.post(
                f"/dashboards/{dashboard_id}/contacts/{phone}/messages", json={"body": "Hello Ada"}
            )
            assert sent.status_code == 200, sent.text
        else:
            sandbox.inbound(dashboard_id, phone, "Hello Ada")
        payload = json.loads(bodies.get(timeout=10))
    assert notification_errors(spec, payload) == []
    assert payload["conversation"]["message"] == "Hello Ada"
    assert payload["conversation"]["consumerPhoneNumber"].endswith(phone)
    assert payload["yourPhoneNumber"]["id"] == dashboard_id


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
