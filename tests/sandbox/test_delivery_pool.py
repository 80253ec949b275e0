"""The delivery pool: a fixed number of POSTs at a time, however many are pending, a wait
for a pooled connection is not an attempt (a POST that failed is), and a stop is bounded."""

from __future__ import annotations

import asyncio
import socket
import time
from dataclasses import replace

import httpx
from trconnect.sandbox.config import SandboxConfig
from trconnect.sandbox.server import STOP_SECONDS
from trconnect.sandbox.store import Database
from trconnect.sandbox.testing import SandboxServer
from trconnect.sandbox.webhooks import STOP_GRACE, Dispatcher

CONFIG = SandboxConfig(db_path="unused", hook_workers=4, hook_attempts=1, hook_backoff=0.01)


def pending(db: Database, count: int) -> None:
    with db.transaction():
        for _ in range(count):
            db.execute(
                """INSERT INTO deliveries (account_id, hook_id, dashboard_id, target_url, event,
                   payload, state, created_utc, updated_utc)
                   VALUES (1, 1, 1, 'http://127.0.0.1:1/hook', 'msg_sent', '{}', 'pending',
                   't', 't')"""
            )


def drain(db: Database, config: SandboxConfig, handler) -> None:
    """Runs a dispatcher over ``db``'s pending deliveries, POSTing through ``handler``."""

    async def write(work) -> None:
        work(db)

    async def run() -> None:
        transport = httpx.MockTransport(handler)
        dispatcher = Dispatcher(db, write, config, lambda _url: None, transport)
        await dispatcher.start()
        try:
            async with asyncio.timeout(20):
                while db.value("SELECT COUNT(*) FROM deliveries WHERE state = 'pending'"):
                    await asyncio.sleep(0.01)
        finally:
            await dispatcher.stop()

    asyncio.run(run())


def states(db: Database) -> list[tuple[str, int, int]]:
    """(state, attempts counted, attempts logged) of every delivery."""
    rows = db.all(
        """SELECT d.state, d.attempts, COUNT(a.id) AS logged FROM deliveries d
           LEFT JOIN delivery_attempts a ON a.delivery_id = d.id GROUP BY d.id"""
    )
    return [(row["state"], row["attempts"], row["logged"]) for row in rows]


def test_at_most_the_configured_workers_post_at_once_and_tasks_do_not_grow(tmp_path):
    db = Database(tmp_path / "pool.db")
    pending(db, 120)
    in_flight, peak, tasks = [0], [0], [0]

    async def receiver(_request: httpx.Request) -> httpx.Response:
        in_flight[0] += 1
        peak[0] = max(peak[0], in_flight[0])
        tasks[0] = max(tasks[0], len(asyncio.all_tasks()))
        await asyncio.sleep(0.005)
        in_flight[0] -= 1
        return httpx.Response(200)

    drain(db, CONFIG, receiver)
    assert states(db) == [("delivered", 1, 1)] * 120
    assert peak[0] == CONFIG.hook_workers
    # The workers and the draining loop: not one task per delivery.
    assert tasks[0] <= CONFIG.hook_workers + 1


def test_a_wait_for_a_connection_is_not_an_attempt(tmp_path):
    """With one attempt allowed, deliveries that first found no free connection are still
    delivered, each with the one attempt that reached the receiver."""
    db = Database(tmp_path / "wait.db")
    pending(db, 10)
    calls = [0]

    def crowded(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        if calls[0] <= 15:
            raise httpx.PoolTimeout("no connection free in time", request=request)
        return httpx.Response(200)

    drain(db, CONFIG, crowded)
    assert calls[0] == 25
    assert states(db) == [("delivered", 1, 1)] * 10


def test_a_failed_post_is_an_attempt(tmp_path):
    """The contrast: the receiver not answering in time uses up the one attempt."""
    db = Database(tmp_path / "failed.db")
    pending(db, 3)

    def silent(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer in time", request=request)

    drain(db, replace(CONFIG, hook_attempts=2), silent)
    assert states(db) == [("failed", 2, 2)] * 3
    errors = db.all("SELECT error FROM delivery_attempts")
    assert all(row["error"].startswith("ReadTimeout") for row in errors)


def test_a_stop_with_a_receiver_that_never_answers_is_bounded(tmp_path):
    """The delivery in flight gets STOP_GRACE seconds, then is cancelled; it stays pending."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # accepts connections (the kernel does), never answers
        host, port = silent.getsockname()
        named = (f"{host}:{port}",)
        sandbox = SandboxServer(tmp_path / "stop.db", hook_hosts=named, hook_attempts=1)
        sandbox.start()
        with sandbox.client() as api:
            dashboard = api.post("/dashboards", json={"name": "x", "phone": "4236103333"}).json()
            hook = {
                "target_url": f"http://{host}:{port}/h",
                "event": "msg_sent",
                "httpVerb": "POST",
            }
            api.post(f"/dashboards/{dashboard['id']}/hooks", json=hook).raise_for_status()
            sent = {"body": "x"}
            api.post(f"/dashboards/{dashboard['id']}/contacts/4235550123/messages", json=sent)
        silent.settimeout(10)
        connection, _ = silent.accept()  # the POST is in flight
        with connection:
            begun = time.monotonic()
            sandbox.stop()
            took = time.monotonic() - begun
    assert STOP_GRACE <= took < STOP_GRACE + STOP_SECONDS
    db = Database(tmp_path / "stop.db")
    assert states(db) == [("pending", 0, 0)]
