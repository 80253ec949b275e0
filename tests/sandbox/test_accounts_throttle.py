"""API keys: 401 without a valid one; one account never reaches another's data; throttle."""

from __future__ import annotations

import time

import httpx
from trconnect.sandbox.testing import SandboxServer


def test_missing_or_wrong_key_is_401(sandbox, dashboard):
    url = f"{sandbox.base_url}/dashboards/{dashboard['id']}"
    missing = httpx.get(url)
    wrong = httpx.get(url, headers={"x-api-key": "sbx_not_a_key"})
    assert missing.status_code == 401 and "x-api-key" in missing.json()["message"]
    assert wrong.status_code == 401
    assert "sbx_not_a_key" not in wrong.text


def test_other_account_cannot_read_or_change(sandbox, api, ok, dashboard):
    base = f"/dashboards/{dashboard['id']}"
    ok(api.post(f"{base}/contacts/4235551000", json={"first_name": "Mine"}))
    group = ok(api.post(f"{base}/groups", json={"name": "Mine"}))
    with sandbox.client(sandbox.new_account()) as intruder:
        listed = ok(intruder.get("/dashboards", params={"page": 0, "page_size": 50}))
        assert dashboard["id"] not in [d["id"] for d in listed["items"]]
        # Another account's dashboard is missing, so everything under it: 404.
        assert intruder.get(base).status_code == 404
        assert intruder.get(f"{base}/contacts/4235551000").status_code == 404
        assert intruder.get(f"{base}/groups/{group['id']}").status_code == 404
        assert intruder.put(base, json={"name": "Stolen"}).status_code == 404
        assert intruder.delete(f"{base}/contacts/4235551000").status_code == 404
        assert intruder.delete(base).status_code == 404
        sent = intruder.post(f"{base}/contacts/4235551000/messages", json={"body": "hi"})
        assert sent.status_code >= 400
    assert ok(api.get(base))["name"] == dashboard["name"]
    assert ok(api.get(f"{base}/contacts/4235551000"))["total_msgs_sent"] == 0


def test_throttle_answers_429_with_retry_after_then_recovers():
    with SandboxServer(throttle_limit=5, throttle_window=1.5) as sandbox, sandbox.client() as api:
        params = {"page": 0, "page_size": 1}
        statuses = [api.get("/dashboards", params=params).status_code for _ in range(6)]
        assert statuses == [200] * 5 + [429]
        refused = api.get("/dashboards", params=params)
        assert refused.status_code == 429
        wait = int(refused.headers["Retry-After"])
        assert 1 <= wait <= 2
        # Another key has its own allowance.
        with sandbox.client(sandbox.new_account()) as other:
            assert other.get("/dashboards", params=params).status_code == 200
        time.sleep(wait)
        assert api.get("/dashboards", params=params).status_code == 200


def test_inbound_texts_count_against_the_throttle_and_get_429_not_5xx():
    """Each inbound text fans out into a delivery per hook: it is throttled like a write
    through the API (same key, same allowance); reading the delivery log is not."""
    with SandboxServer(throttle_limit=4, throttle_window=60) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "x", "phone": "4236105555"}).json()
        url = f"{sandbox.root_url}/_sandbox/dashboards/{dashboard['id']}/inbound"
        body = {"phone_number": "4235550111", "body": "hi"}
        answers = [httpx.post(url, json=body, headers=sandbox.headers()) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        refused = answers[-1]
        assert "over 4 calls in 60 s" in refused.json()["message"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert len(sandbox.deliveries()) == 0  # no hooks, and reading is not throttled
        with sandbox.client() as reader:
            listed = reader.get(f"/dashboards/{dashboard['id']}/contacts", params={"page": 0})
            assert listed.status_code == 429  # one allowance for API and inbound alike
