"""Webhook notifications: written with the message (outbox), then POSTed in the background.

A delivery row is inserted in the same transaction as the message that caused it, so a
notification is never lost between commit and send: one still pending when the server
stops is resumed at the next start. Failed POSTs are retried with exponential backoff;
every attempt is logged in ``delivery_attempts`` (readable at ``/_sandbox/deliveries``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import math
import sqlite3
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import httpx

from .clock import now_utc
from .config import SandboxConfig
from .context import Context
from .store import Database

EVENTS = ("msg_received", "msg_sent")
SINGLE_SEGMENT, MULTI_SEGMENT = 160, 153
# How the dispatcher writes: the work is run with the writer connection, off the loop.
Write = Callable[[Callable[[Database], None]], Awaitable[None]]


def target_refusal(url: str, allowed_hosts: tuple[str, ...]) -> str | None:
    """Why the sandbox will not POST to ``url``, or None when it may (loopback by default)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be an absolute http or https URL"
    host = parts.hostname
    if "*" in allowed_hosts or host in allowed_hosts or host == "localhost":
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (
        f"host {host} is not a loopback address; the sandbox delivers only to 127.0.0.1, "
        "::1 and localhost unless started with --hook-host"
    )


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
    """Sends pending deliveries on the server's event loop, one task per delivery.

    It reads through ``reads`` and records each attempt through ``write`` (the sandbox's
    writer thread), so that writes keep their one thread.
    """

    def __init__(self, reads: Database, write: Write, config: SandboxConfig) -> None:
        self.reads = reads
        self.write = write
        self.config = config
        self.tasks: set[asyncio.Task[None]] = set()
        self.client: httpx.AsyncClient | None = None

    async def start(self) -> None:
        self.client = httpx.AsyncClient(
            timeout=self.config.hook_timeout, follow_redirects=False, trust_env=False
        )
        pending = self.reads.all("SELECT id FROM deliveries WHERE state = 'pending' ORDER BY id")
        self.submit([row["id"] for row in pending])

    def submit(self, delivery_ids: list[int]) -> None:
        for delivery_id in delivery_ids:
            task = asyncio.get_running_loop().create_task(self._deliver(delivery_id))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.client is not None:
            await self.client.aclose()

    async def _deliver(self, delivery_id: int) -> None:
        while True:
            row = self.reads.one("SELECT * FROM deliveries WHERE id = ?", (delivery_id,))
            if row is None or row["state"] != "pending":
                return
            attempt = row["attempts"] + 1
            refusal = target_refusal(row["target_url"], self.config.hook_hosts)
            status, error = (None, refusal) if refusal else await self._post(row)
            if status is not None and 200 <= status < 300:
                state = "delivered"
            elif refusal or attempt >= self.config.hook_attempts:
                state = "failed"
            else:
                state = "pending"
            await self.write(partial(_record, delivery_id, attempt, state, status, error))
            if state != "pending":
                return
            await asyncio.sleep(self.config.hook_backoff * 2 ** (attempt - 1))

    async def _post(self, row: sqlite3.Row) -> tuple[int | None, str | None]:
        assert self.client is not None
        try:
            response = await self.client.post(
                row["target_url"],
                content=row["payload"],
                headers={"content-type": "application/json", "user-agent": "textrequest-sandbox"},
            )
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"
        error = None if response.is_success else f"answered {response.status_code}"
        return response.status_code, error


def _record(
    delivery_id: int,
    attempt: int,
    state: str,
    status: int | None,
    error: str | None,
    db: Database,
) -> None:
    stamp = now_utc()
    with db.transaction():
        db.execute(
            "UPDATE deliveries SET state = ?, attempts = ?, updated_utc = ? WHERE id = ?",
            (state, attempt, stamp, delivery_id),
        )
        db.execute(
            """INSERT INTO delivery_attempts (delivery_id, attempt, at_utc, status_code, error)
               VALUES (?, ?, ?, ?, ?)""",
            (delivery_id, attempt, stamp, status, error),
        )
