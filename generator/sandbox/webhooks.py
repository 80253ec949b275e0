"""Webhook notifications: written with the message (outbox), then POSTed in the background.

A delivery row is inserted in the same transaction as the message that caused it, so a
notification is never lost between commit and send: one still pending when the server
stops is resumed at the next start. A fixed number of workers send them (a burst of
thousands waits its turn in a queue instead of racing for connections, the loop and the
writer); failed POSTs are retried with exponential backoff; every attempt is logged in
``delivery_attempts`` (readable at ``/_sandbox/deliveries``). Where a hook may POST is
decided by :mod:`sandbox.receivers`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx

from .clock import now_utc
from .config import SandboxConfig
from .context import Context
from .store import Database

EVENTS = ("msg_received", "msg_sent")
# Seconds a delivery in flight may take to finish when the sandbox stops.
STOP_GRACE = 2.0
SINGLE_SEGMENT, MULTI_SEGMENT = 160, 153
# How the dispatcher writes: the work is run with the writer connection, off the loop.
Write = Callable[[Callable[[Database], None]], Awaitable[None]]
log = logging.getLogger("sandbox")


def notification(
    ctx: Context, dashboard: sqlite3.Row, contact: sqlite3.Row, message: sqlite3.Row
) -> dict[str, Any]:
    """The payload the API POSTs to a hook (the spec's notification schema)."""
    external = ctx.db.value("SELECT external_id FROM accounts WHERE id = ?", (ctx.account_id,))
    name = ctx.db.value("SELECT display_name FROM contacts WHERE id = ?", (contact["id"],))
    body = message["body"] or ""
    return {
        "messageUniqueIdentifier": message["message_id"],
        "account": {"id": ctx.account_id, "externalAccountId": external},
        "yourPhoneNumber": {
            "id": dashboard["id"],
            "externalPhoneId": f"sandbox-phone-{dashboard['id']}",
            "description": dashboard["name"],
            "phoneNumber": dashboard["phone"],
        },
        "conversation": {
            "id": contact["id"],
            "date": message["timestamp_utc"],
            "consumerPhoneNumber": contact["phone_number"],
            "messageDirection": message["direction"],
            "message": body,
            "numSegments": segments(body),
            "status": message["delivery_status"],
            "claimedBy": message["response_by_username"],
            "consumerFriendlyName": name,
            "mmsAttachments": json.loads(message["mms_media"]),
        },
    }


def segments(body: str) -> int:
    if len(body) <= SINGLE_SEGMENT:
        return 1
    return math.ceil(len(body) / MULTI_SEGMENT)


def enqueue(
    ctx: Context, dashboard: sqlite3.Row, contact: sqlite3.Row, message: sqlite3.Row, event: str
) -> None:
    """Write one pending delivery per hook of ``dashboard`` listening for ``event``."""
    hooks = ctx.db.all(
        "SELECT id, target_url FROM hooks WHERE dashboard_id = ? AND event = ? ORDER BY id",
        (dashboard["id"], event),
    )
    if not hooks:
        return
    payload = json.dumps(ctx.shape_notification(notification(ctx, dashboard, contact, message)))
    stamp = now_utc()
    for hook in hooks:
        cursor = ctx.db.execute(
            """INSERT INTO deliveries (account_id, hook_id, dashboard_id, target_url, event,
               payload, state, created_utc, updated_utc)
               VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)""",
            (
                ctx.account_id,
                hook["id"],
                dashboard["id"],
                hook["target_url"],
                event,
                payload,
                stamp,
                stamp,
            ),
        )
        ctx.outbox.append(int(cursor.lastrowid or 0))


class Dispatcher:
    """Sends pending deliveries with ``hook_workers`` workers draining one queue.

    However many deliveries a burst writes, at most ``hook_workers`` POSTs are in flight
    and their attempts are written a batch at a time, so the loop and the writer stay free
    for requests (one task per delivery once starved both, and waits for a connection ran
    out into failures). The rest wait in the queue as ids (their rows are already in the
    database, so stopping loses none). A delivery waiting out its backoff holds no worker:
    it joins the queue again when the backoff ends. Only a POST that reached the receiver,
    or failed to, is an attempt: a wait for a pooled connection that runs out is queued
    again, uncounted. It reads through ``reads`` and records attempts through ``write``
    (the sandbox's writer thread), so that writes keep their one thread. ``transport``
    stands in for the network in tests.
    """

    def __init__(
        self,
        reads: Database,
        write: Write,
        config: SandboxConfig,
        refusal: Callable[[str], str | None],
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.reads = reads
        self.write = write
        self.config = config
        self.refusal = refusal
        self.transport = transport
        self.queue: asyncio.Queue[int | None] = asyncio.Queue()
        self.workers: list[asyncio.Task[None]] = []
        self.retries: set[asyncio.TimerHandle] = set()
        self.unwritten: list[Attempt] = []
        self.writing = asyncio.Lock()
        self.stopping = False
        self.client: httpx.AsyncClient | None = None

    async def start(self) -> None:
        workers = self.config.hook_workers
        self.client = httpx.AsyncClient(
            timeout=self.config.hook_timeout,
            limits=httpx.Limits(max_connections=workers, max_keepalive_connections=workers),
            follow_redirects=False,
            trust_env=False,
            transport=self.transport,
        )
        pending = self.reads.all("SELECT id FROM deliveries WHERE state = 'pending' ORDER BY id")
        self.submit([row["id"] for row in pending])
        loop = asyncio.get_running_loop()
        self.workers = [loop.create_task(self._work()) for _ in range(workers)]

    def submit(self, delivery_ids: list[int]) -> None:
        for delivery_id in delivery_ids:
            self.queue.put_nowait(delivery_id)

    async def stop(self) -> None:
        """Each worker finishes the delivery in hand (for up to ``STOP_GRACE`` seconds, then
        it is cancelled) and takes no other; whatever is left stays pending for the next
        start."""
        self.stopping = True
        for handle in self.retries:
            handle.cancel()
        for _worker in self.workers:
            self.queue.put_nowait(None)  # wakes a worker waiting on an empty queue
        if self.workers:
            _done, late = await asyncio.wait(self.workers, timeout=STOP_GRACE)
            for task in late:
                task.cancel()
            await asyncio.gather(*self.workers, return_exceptions=True)
        if self.client is not None:
            await self.client.aclose()

    async def _work(self) -> None:
        while True:
            delivery_id = await self.queue.get()
            if self.stopping or delivery_id is None:
                return
            try:
                await self._deliver(delivery_id)
            except Exception:
                # The row stays pending and is sent again at the next start.
                log.exception("delivery %s failed in the sandbox; it stays pending", delivery_id)

    def _later(self, delivery_id: int, delay: float) -> None:
        """Queue ``delivery_id`` again after ``delay`` seconds, holding no worker meanwhile."""

        def requeue() -> None:
            self.retries.discard(handle)
            if not self.stopping:
                self.queue.put_nowait(delivery_id)

        handle = asyncio.get_running_loop().call_later(delay, requeue)
        self.retries.add(handle)

    async def _deliver(self, delivery_id: int) -> None:
        row = self.reads.one("SELECT * FROM deliveries WHERE id = ?", (delivery_id,))
        if row is None or row["state"] != "pending":
            return
        refusal = self.refusal(row["target_url"])
        try:
            status, error = (None, refusal) if refusal else await self._post(row)
        except httpx.PoolTimeout:
            log.info("delivery %s found no free connection; queued again, no attempt", delivery_id)
            self._later(delivery_id, self.config.hook_backoff)
            return
        attempt = row["attempts"] + 1
        if status is not None and 200 <= status < 300:
            state = "delivered"
        elif refusal or attempt >= self.config.hook_attempts:
            state = "failed"
        else:
            state = "pending"
        await self._record(Attempt(delivery_id, attempt, state, status, error))
        if state == "pending":
            self._later(delivery_id, self.config.hook_backoff * 2 ** (attempt - 1))

    async def _record(self, attempt: Attempt) -> None:
        """Write ``attempt`` with those other workers finished meanwhile (group commit):
        while one batch is written, the next gathers, so a burst costs a commit per batch
        rather than per POST. Returns once ``attempt`` is written."""
        self.unwritten.append(attempt)
        async with self.writing:
            if any(waiting is attempt for waiting in self.unwritten):
                batch, self.unwritten = self.unwritten, []
                await self.write(partial(_record_all, batch))

    async def _post(self, row: sqlite3.Row) -> tuple[int | None, str | None]:
        """(status, error) of one POST; a wait for a pooled connection raises PoolTimeout."""
        assert self.client is not None
        try:
            response = await self.client.post(
                row["target_url"],
                content=row["payload"],
                headers={"content-type": "application/json", "user-agent": "textrequest-sandbox"},
            )
        except httpx.PoolTimeout:
            raise
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"
        error = None if response.is_success else f"answered {response.status_code}"
        return response.status_code, error


@dataclass(frozen=True, eq=False)
class Attempt:
    """One POST's outcome, as the delivery log records it."""

    delivery_id: int
    attempt: int
    state: str
    status: int | None
    error: str | None


def _record_all(attempts: list[Attempt], db: Database) -> None:
    """Every attempt in one transaction: one commit (one fsync) for a whole batch."""
    stamp = now_utc()
    with db.transaction():
        for a in attempts:
            db.execute(
                "UPDATE deliveries SET state = ?, attempts = ?, updated_utc = ? WHERE id = ?",
                (a.state, a.attempt, stamp, a.delivery_id),
            )
            db.execute(
                """INSERT INTO delivery_attempts (delivery_id, attempt, at_utc, status_code, error)
                   VALUES (?, ?, ?, ?, ?)""",
                (a.delivery_id, a.attempt, stamp, a.status, a.error),
            )
