"""Notifications survive a restart; concurrent writers end in the exact state.

Acknowledged writes surviving ``kill -9``: test_crash_load.py.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from trconnect.sandbox.store import Database
from trconnect.sandbox.testing import SandboxServer

from .conftest import address

PAGE = {"page": 0, "page_size": 1000}
CLIENTS, WRITES = 8, 200
SHARED = "4235550999"


def test_pending_notifications_resume_after_restart(tmp_path, make_receiver):
    db = tmp_path / "outbox.db"
    receiver = make_receiver(fail_first=10_000)
    named = (address(receiver),)
    with SandboxServer(db, hook_backoff=0.05, hook_attempts=50, hook_hosts=named) as sandbox:
        api = sandbox.client()
        dashboard = api.post("/dashboards", json={"name": "D", "phone": "4236200002"}).json()
        body = {"target_url": receiver.url, "event": "msg_sent", "httpVerb": "POST"}
        api.post(f"/dashboards/{dashboard['id']}/hooks", json=body)
        api.post(f"/dashboards/{dashboard['id']}/contacts/4235550001/messages", json={"body": "x"})
        sandbox.stop()
        assert [d["state"] for d in _log(sandbox)] == ["pending"]
        receiver.failures_left = 0
        sandbox.start()
        assert receiver.wait_for(1)[0]["conversation"]["message"] == "x"
        assert sandbox.wait_for_deliveries(1)[0]["state"] == "delivered"


def _log(sandbox: SandboxServer) -> list[dict]:
    """The delivery log read with the server stopped (straight from the file)."""
    db = Database(sandbox.db_path)
    try:
        return [dict(row) for row in db.all("SELECT state FROM deliveries")]
    finally:
        db.close()


def _client_writes(sandbox: SandboxServer, base: str, worker: int) -> int:
    """200 mixed writes; returns how many were not answered 200."""
    failures = 0
    with sandbox.client(timeout=30) as api:
        for j in range(WRITES):
            step, n = j % 4, j // 4
            phone = f"4238{worker}{n:05d}"
            if step == 0:
                response = api.post(f"{base}/contacts/{phone}", json={"first_name": f"w{worker}"})
            elif step == 1:
                response = api.post(f"{base}/contacts/{SHARED}/messages", json={"body": f"{j}"})
            elif step == 2:
                response = api.post(f"{base}/contacts/{phone}/messages", json={"body": "hi"})
            elif n % 2 == 0:
                response = api.delete(f"{base}/contacts/{phone}")
            else:
                response = api.post(f"{base}/contacts/{phone}", json={"note": "kept"})
            failures += response.status_code != 200
    return failures


@pytest.mark.slow
def test_eight_concurrent_clients_end_in_the_expected_state(tmp_path):
    with SandboxServer(tmp_path / "busy.db", subprocess=True) as sandbox:
        api = sandbox.client(timeout=30)
        dashboard = api.post("/dashboards", json={"name": "Busy", "phone": "4236200003"}).json()
        base = f"/dashboards/{dashboard['id']}"
        with ThreadPoolExecutor(CLIENTS) as pool:
            failures = list(pool.map(lambda w: _client_writes(sandbox, base, w), range(CLIENTS)))
        assert failures == [0] * CLIENTS
        contacts = api.get(f"{base}/contacts", params=PAGE).json()
    per_client = WRITES // 4
    by_phone = {c["phone_number"]: c for c in contacts["items"]}
    assert contacts["meta"]["total_items"] == CLIENTS * per_client // 2 + 1
    assert by_phone[SHARED]["total_msgs_sent"] == CLIENTS * per_client
    for worker in range(CLIENTS):
        for n in range(per_client):
            phone = f"4238{worker}{n:05d}"
            if n % 2 == 0:
                assert phone not in by_phone
            else:
                kept = by_phone[phone]
                assert (kept["first_name"], kept["note"]) == (f"w{worker}", "kept")
                assert kept["total_msgs_sent"] == 1
