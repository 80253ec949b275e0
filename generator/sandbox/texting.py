"""Texts in and out of a dashboard, and what they do to the contact and conversation.

A conversation is the contact's message history; its archived/resolved state lives on
the contact (``is_archived``, ``is_resolved``), as the API presents it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid

from . import webhooks
from .clock import now_utc
from .context import Context
from .errors import BadRequest

OPT_OUT = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"}
OPT_IN = {"START", "UNSTOP", "YES"}
# NANP reserves 555-0100..0199 for fiction: texts to them fail, so errors can be tried.
UNREACHABLE = re.compile(r"\d{3}55501\d{2}")
DEFAULT_SENDER = "api"


def find_contact(ctx: Context, dashboard_id: int, phone: str) -> sqlite3.Row | None:
    return ctx.db.one(
        "SELECT * FROM contacts WHERE dashboard_id = ? AND phone_number = ?", (dashboard_id, phone)
    )


def can_text(ctx: Context, dashboard_id: int, phone: str) -> bool:
    row = find_contact(ctx, dashboard_id, phone)
    return row is None or row["opted_out_utc"] is None


def contact_for(ctx: Context, dashboard_id: int, phone: str) -> sqlite3.Row:
    """The contact with ``phone``, created (with no name) if the dashboard has none."""
    row = find_contact(ctx, dashboard_id, phone)
    if row is not None:
        return row
    cursor = ctx.db.execute(
        "INSERT INTO contacts (dashboard_id, phone_number, date_created_utc) VALUES (?, ?, ?)",
        (dashboard_id, phone, now_utc()),
    )
    return ctx.db.row("SELECT * FROM contacts WHERE id = ?", (cursor.lastrowid,))


def send(
    ctx: Context,
    dashboard: sqlite3.Row,
    phone: str,
    body: str,
    sender: str | None = None,
    media: list[str] | None = None,
) -> sqlite3.Row:
    """Text ``phone`` from the dashboard: the message is stored and msg_sent hooks fire."""
    contact = contact_for(ctx, dashboard["id"], phone)
    if contact["opted_out_utc"] is not None:
        raise BadRequest(f"{phone} has opted out (texted STOP); nothing was sent", "phone_number")
    failed = UNREACHABLE.fullmatch(phone) is not None
    message = _store(
        ctx,
        contact,
        "S",
        body,
        sender or DEFAULT_SENDER,
        media or [],
        ("error", "the number is unreachable (fictional 555-01XX range)") if failed else None,
    )
    stamp = message["timestamp_utc"]
    ctx.db.execute(
        """UPDATE contacts SET total_msgs_sent = total_msgs_sent + 1, last_msg_sent_utc = ?,
           last_contact_date_utc = ?, first_contact_utc = COALESCE(first_contact_utc, ?),
           is_archived = 0 WHERE id = ?""",
        (stamp, stamp, stamp, contact["id"]),
    )
    webhooks.enqueue(ctx, dashboard, contact, message, "msg_sent")
    return message


def receive(
    ctx: Context, dashboard: sqlite3.Row, phone: str, body: str, media: list[str]
) -> sqlite3.Row | None:
    """A text from ``phone`` arrives; None when the contact is blocked (nothing is stored).

    STOP (and the carriers' other opt-out words) opts the contact out and archives the
    conversation; START opts back in. Any other text unarchives and unresolves it.
    """
    contact = contact_for(ctx, dashboard["id"], phone)
    if contact["is_blocked"]:
        return None
    previous = ctx.db.value(
        "SELECT direction FROM messages WHERE contact_id = ? ORDER BY id DESC LIMIT 1",
        (contact["id"],),
    )
    message = _store(ctx, contact, "R", body, None, media, None)
    stamp = message["timestamp_utc"]
    word = body.strip().upper()
    opted_out = contact["opted_out_utc"]
    if word in OPT_OUT:
        opted_out = opted_out or stamp
    elif word in OPT_IN:
        opted_out = None
    ctx.db.execute(
        """UPDATE contacts SET total_msgs_received = total_msgs_received + 1,
           response_count = response_count + ?, last_msg_received_utc = ?,
           last_contact_date_utc = ?, first_contact_utc = COALESCE(first_contact_utc, ?),
           is_resolved = 0, opted_out_utc = ?, is_archived = ? WHERE id = ?""",
        (
            int(previous == "S"),
            stamp,
            stamp,
            stamp,
            opted_out,
            int(word in OPT_OUT),
            contact["id"],
        ),
    )
    webhooks.enqueue(ctx, dashboard, contact, message, "msg_received")
    return message


def _store(
    ctx: Context,
    contact: sqlite3.Row,
    direction: str,
    body: str,
    sender: str | None,
    media: list[str],
    failure: tuple[str, str] | None,
) -> sqlite3.Row:
    status, error = failure or ("delivered", None)
    cursor = ctx.db.execute(
        """INSERT INTO messages (message_id, contact_id, body, direction, response_by_username,
           timestamp_utc, delivery_status, delivery_error, mms_media)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            str(uuid.uuid4()),
            contact["id"],
            body,
            direction,
            sender,
            now_utc(),
            status,
            error,
            json.dumps(media),
        ),
    )
    return ctx.db.row("SELECT * FROM messages WHERE id = ?", (cursor.lastrowid,))
