"""Messages and conversations: send, read a conversation, archive, list conversations."""

from __future__ import annotations

import re
from typing import Any

from .. import records, texting
from ..context import Context, handles, page_of
from ..errors import BadRequest
from .contacts import existing_contact, required_phone


@handles("SendMessageByPhoneNumber")
def send_message(ctx: Context) -> Any:
    """Creates the contact and conversation when needed; unarchives the conversation."""
    dashboard = ctx.dashboard()
    phone = required_phone(ctx.params["phone_number"], "phone_number")
    body = ctx.body.get("body") or ""
    media = ctx.body.get("mms_media") or []
    if not body.strip() and not media:
        raise BadRequest("a message needs a body or mms_media", "body")
    row = texting.send(ctx, dashboard, phone, body, ctx.body.get("sender_name"), media)
    return records.message(row)


@handles("GetMessagesByContactPhone")
def get_messages(ctx: Context) -> Any:
    """Newest first."""
    _, contact = existing_contact(ctx)
    sql = "SELECT * FROM messages WHERE contact_id = ? ORDER BY id DESC"
    return page_of(ctx, sql, [contact["id"]], records.message)


@handles("ArchiveConversation")
def archive(ctx: Context) -> Any:
    _, contact = existing_contact(ctx)
    ctx.db.execute("UPDATE contacts SET is_archived = 1 WHERE id = ?", (contact["id"],))
    return f"conversation with {contact['phone_number']} archived"


@handles("UnarchiveConversation")
def unarchive(ctx: Context) -> Any:
    """No effect on a conversation that is not archived."""
    _, contact = existing_contact(ctx)
    ctx.db.execute("UPDATE contacts SET is_archived = 0 WHERE id = ?", (contact["id"],))
    return f"conversation with {contact['phone_number']} unarchived"


@handles("GetConversations")
def get_conversations(ctx: Context) -> Any:
    """Contacts with at least one message, most recent conversation first."""
    where = ["dashboard_id = ?", "last_contact_date_utc IS NOT NULL"]
    args: list[Any] = [ctx.dashboard()["id"]]
    if _flag(ctx, "show_unresolved_only"):
        where.append("is_resolved = 0")
    if _flag(ctx, "include_archived") is False:
        where.append("is_archived = 0")
    tags = [t.strip() for t in (ctx.params.get("tags") or "").split(",") if t.strip()]
    if tags:
        where.append(
            "EXISTS (SELECT 1 FROM contact_tags l WHERE l.contact_id = contacts.id "
            f"AND l.tag_id IN ({', '.join('?' * len(tags))}))"
        )
        args.extend(tags)
    search = (ctx.params.get("search") or "").strip()
    if search:
        digits = re.sub(r"\D", "", search)
        where.append(
            "(COALESCE(display_name, '') LIKE ? OR COALESCE(first_name, '') || ' ' || "
            "COALESCE(last_name, '') LIKE ?" + (" OR phone_number LIKE ?)" if digits else ")")
        )
        args.extend([f"%{search}%", f"%{search}%"] + ([f"%{digits}%"] if digits else []))
    sql = (
        f"SELECT * FROM contacts WHERE {' AND '.join(where)} "
        "ORDER BY last_contact_date_utc DESC, id DESC"
    )
    return page_of(ctx, sql, args, lambda row: _conversation(ctx, row))


def _conversation(ctx: Context, row: Any) -> dict[str, Any]:
    last = records.last_message(ctx.db, row["id"])
    return {"phone_number": row["phone_number"], "last_message": last}


def _flag(ctx: Context, name: str) -> bool | None:
    """A "true"/"false" text parameter (the spec declares these as strings)."""
    value = ctx.params.get(name)
    if value is None or isinstance(value, bool):
        return value
    if value.lower() not in ("true", "false"):
        raise BadRequest(f"{name} must be true or false, not {value!r}", name)
    return value.lower() == "true"
