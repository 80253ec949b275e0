"""Contacts: upsert by phone number, bulk upsert, filtered listing, deletion."""

from __future__ import annotations

import sqlite3
from typing import Any

from .. import clock, phones, records
from ..context import Context, handles, page_of
from ..errors import BadRequest, NotFound
from ..texting import contact_for, find_contact

TEXT_FIELDS = ("first_name", "last_name", "display_name", "suppressed_reason", "note")
FLAGS = ("is_suppressed", "is_archived", "is_blocked", "is_resolved")
# GetContacts filters that compare one column: parameter -> (column, operator, converter).
COLUMN_FILTERS = {
    "last_message_timestamp_before_utc": ("last_contact_date_utc", "<", clock.normalize),
    "last_message_timestamp_after_utc": ("last_contact_date_utc", ">", clock.normalize),
    "contact_created_before": ("date_created_utc", "<", clock.normalize),
    "contact_created_after": ("date_created_utc", ">", clock.normalize),
    "last_message_sent_before": ("last_msg_sent_utc", "<", clock.normalize),
    "last_message_sent_after": ("last_msg_sent_utc", ">", clock.normalize),
    "last_message_received_before": ("last_msg_received_utc", "<", clock.normalize),
    "last_message_received_after": ("last_msg_received_utc", ">", clock.normalize),
    "is_resolved": ("is_resolved", "=", int),
    "is_blocked": ("is_blocked", "=", int),
    "is_archived": ("is_archived", "=", int),
    "is_suppressed": ("is_suppressed", "=", int),
    "has_opted_out": ("(opted_out_utc IS NOT NULL)", "=", int),
}
CUSTOM_FIELD_PAIRS = 3


def phone_of(ctx: Context, name: str = "phone_number") -> str | None:
    return phones.normalize(str(ctx.params.get(name, "")))


def required_phone(text: Any, field: str) -> str:
    phone = phones.normalize(text if isinstance(text, str) else "")
    if phone is None:
        raise BadRequest(f"{field} must be a 10-digit North American number", field)
    return phone


def existing_contact(ctx: Context) -> tuple[sqlite3.Row, sqlite3.Row]:
    """(dashboard, contact) for the path's phone number; NotFound when there is none."""
    dashboard = ctx.dashboard()
    phone = phone_of(ctx)
    row = find_contact(ctx, dashboard["id"], phone) if phone else None
    if row is None:
        raise NotFound(f"no contact with phone number {ctx.params['phone_number']}", "phone_number")
    return dashboard, row


def upsert(ctx: Context, dashboard_id: int, phone: str, data: dict[str, Any]) -> int:
    """Create or update one contact; only the fields given change. Returns its row id."""
    contact_id = contact_for(ctx, dashboard_id, phone)["id"]
    changes = {key: data[key] for key in TEXT_FIELDS if key in data}
    changes.update({key: int(bool(data[key])) for key in FLAGS if key in data})
    if data.get("is_suppressed") is False:
        changes["suppressed_reason"] = None
    if "display_name" not in data and ({"first_name", "last_name"} & data.keys()):
        current = ctx.db.row("SELECT * FROM contacts WHERE id = ?", (contact_id,))
        if not current["display_name"]:
            first = data.get("first_name", current["first_name"]) or ""
            last = data.get("last_name", current["last_name"]) or ""
            changes["display_name"] = f"{first} {last}".strip() or None
    if changes:
        assignments = ", ".join(f"{key} = ?" for key in changes)
        ctx.db.execute(
            f"UPDATE contacts SET {assignments} WHERE id = ?", [*changes.values(), contact_id]
        )
    _set_links(ctx, dashboard_id, contact_id, data)
    return contact_id


def _set_links(ctx: Context, dashboard_id: int, contact_id: int, data: dict[str, Any]) -> None:
    """Groups and tags are replaced by the lists given; custom fields are merged by id.

    An id that is not one of this dashboard's is ignored, as the spec says: the lists are
    schema-valid whatever ids they hold, and a stale id must not refuse the whole contact.
    """
    for key, table, link in (
        ("groups", "groups", "contact_groups"),
        ("contact_tags", "tags", "contact_tags"),
    ):
        if data.get(key) is None:
            continue
        ctx.db.execute(f"DELETE FROM {link} WHERE contact_id = ?", (contact_id,))
        for item in data[key]:
            if _known(ctx, table, dashboard_id, item):
                ctx.db.execute(f"INSERT OR IGNORE INTO {link} VALUES (?, ?)", (contact_id, item))
    for entry in data.get("custom_fields") or []:
        if _known(ctx, "custom_fields", dashboard_id, entry.get("id")):
            ctx.db.execute(
                "INSERT OR REPLACE INTO contact_fields VALUES (?, ?, ?)",
                (contact_id, entry["id"], entry.get("value")),
            )


def _known(ctx: Context, table: str, dashboard_id: int, item: Any) -> bool:
    found = ctx.db.value(
        f"SELECT 1 FROM {table} WHERE id = ? AND dashboard_id = ?", (item, dashboard_id)
    )
    return bool(found)


def render(ctx: Context, contact_id: int) -> dict[str, Any]:
    return records.contact(ctx.db, ctx.db.row("SELECT * FROM contacts WHERE id = ?", (contact_id,)))


@handles("CreateContact")
def create_contact(ctx: Context) -> Any:
    dashboard = ctx.dashboard()
    phone = required_phone(ctx.params["phone_number"], "phone_number")
    return render(ctx, upsert(ctx, dashboard["id"], phone, ctx.body or {}))


@handles("BulkUpdateContacts")
def bulk_update_contacts(ctx: Context) -> Any:
    """All or nothing: one bad entry refuses the whole list (the transaction rolls back)."""
    dashboard = ctx.dashboard()
    ids = []
    for index, entry in enumerate(ctx.body):
        phone = required_phone(entry.get("phone_number"), f"[{index}].phone_number")
        ids.append(upsert(ctx, dashboard["id"], phone, entry))
    return [render(ctx, contact_id) for contact_id in ids]


@handles("GetContactByPhoneNumber")
def get_contact(ctx: Context) -> Any:
    return records.contact(ctx.db, existing_contact(ctx)[1])


@handles("DeleteContact")
def delete_contact(ctx: Context) -> Any:
    """The contact goes with its conversation (messages)."""
    _, row = existing_contact(ctx)
    ctx.db.execute("DELETE FROM contacts WHERE id = ?", (row["id"],))
    return f"contact {row['phone_number']} deleted"


@handles("GetContacts")
def get_contacts(ctx: Context) -> Any:
    where, args = ["dashboard_id = ?"], [ctx.dashboard()["id"]]
    for name, (column, operator, convert) in COLUMN_FILTERS.items():
        if ctx.params.get(name) is not None:
            where.append(f"{column} {operator} ?")
            args.append(_converted(name, convert, ctx.params[name]))
    if ctx.params.get("contact_phone_number") is not None:
        where.append("phone_number = ?")
        args.append(phones.normalize(ctx.params["contact_phone_number"]))
    _link_filter(ctx, "tags", "contact_tags", "tag_id", where, args)
    _link_filter(ctx, "groups", "contact_groups", "group_id", where, args)
    _custom_field_filters(ctx, where, args)
    sql = f"SELECT * FROM contacts WHERE {' AND '.join(where)} ORDER BY date_created_utc, id"
    return page_of(ctx, sql, args, lambda row: records.contact(ctx.db, row))


def _converted(name: str, convert: Any, value: Any) -> Any:
    try:
        return convert(value)
    except ValueError:
        raise BadRequest(f"{name} must be an ISO 8601 date-time, not {value!r}", name) from None


def _link_filter(ctx: Context, name: str, table: str, column: str, where: list, args: list) -> None:
    """Contacts linked to any of the comma-separated ids in parameter ``name``; an id that
    names nothing matches nothing (SQLite compares "12" with a numeric id as the number)."""
    text = ctx.params.get(name)
    if not text:
        return
    ids = [part.strip() for part in text.split(",") if part.strip()]
    marks = ", ".join("?" * len(ids))
    where.append(
        f"EXISTS (SELECT 1 FROM {table} l "
        f"WHERE l.contact_id = contacts.id AND l.{column} IN ({marks}))"
    )
    args.extend(ids)


def _custom_field_filters(ctx: Context, where: list, args: list) -> None:
    """Each pair narrows the list; a value without its field id matches that value in any
    custom field, and a field id without a value matches contacts that have that field."""
    for number in range(1, CUSTOM_FIELD_PAIRS + 1):
        field_id = ctx.params.get(f"custom_field_id_{number}")
        value = ctx.params.get(f"custom_field_value_{number}")
        conditions = [
            (condition, given)
            for condition, given in (("l.field_id = ?", field_id), ("l.value = ?", value))
            if given is not None
        ]
        if not conditions:
            continue
        where.append(
            "EXISTS (SELECT 1 FROM contact_fields l WHERE l.contact_id = contacts.id AND "
            + " AND ".join(condition for condition, _ in conditions)
            + ")"
        )
        args.extend(given for _, given in conditions)
