"""Stored rows rendered as the API's records (complete, with None for unknown values)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .clock import age_days
from .store import Database

PAST_DUE_DAYS = 30


def message(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "message_id": row["message_id"],
        "body": row["body"],
        "message_direction": row["direction"],
        "response_by_username": row["response_by_username"],
        "message_timestamp_utc": row["timestamp_utc"],
        "delivery_status": row["delivery_status"],
        "delivery_error": row["delivery_error"],
        "mms_media": json.loads(row["mms_media"]),
    }


def last_message(db: Database, contact_id: int) -> dict[str, Any] | None:
    row = db.one(
        "SELECT * FROM messages WHERE contact_id = ? ORDER BY id DESC LIMIT 1", (contact_id,)
    )
    return None if row is None else message(row)


def contact(db: Database, row: sqlite3.Row) -> dict[str, Any]:
    cid = row["id"]
    groups = db.all("SELECT group_id FROM contact_groups WHERE contact_id = ? ORDER BY 1", (cid,))
    tags = db.all("SELECT tag_id FROM contact_tags WHERE contact_id = ? ORDER BY 1", (cid,))
    fields = db.all(
        "SELECT field_id, value FROM contact_fields WHERE contact_id = ? ORDER BY 1", (cid,)
    )
    record: dict[str, Any] = {"phone_number": row["phone_number"]}
    for name in ("first_name", "last_name", "display_name"):
        record[name] = row[name]
    for name in ("is_suppressed", "is_archived", "is_blocked"):
        record[name] = bool(row[name])
    record["suppressed_reason"] = row["suppressed_reason"]
    record["note"] = row["note"]
    record["groups"] = [g[0] for g in groups]
    record["contact_tags"] = [t[0] for t in tags]
    record["custom_fields"] = [{"id": f[0], "value": f[1]} for f in fields]
    record["is_resolved"] = bool(row["is_resolved"])
    for name in (
        "first_contact_utc",
        "opted_out_utc",
        "last_msg_sent_utc",
        "last_msg_received_utc",
        "total_msgs_sent",
        "total_msgs_received",
        "response_count",
        "date_created_utc",
        "last_contact_date_utc",
    ):
        record[name] = row[name]
    record["last_message"] = last_message(db, cid)
    return record


def group(db: Database, row: sqlite3.Row) -> dict[str, Any]:
    members = db.value("SELECT COUNT(*) FROM contact_groups WHERE group_id = ?", (row["id"],))
    return {
        "id": row["id"],
        "group_member_count": members,
        "is_keyword": bool(row["is_keyword"]),
        "name": row["name"],
        "notes": row["notes"],
        "last_message_sent_utc": row["last_message_sent_utc"],
    }


def dashboard(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "phone": row["phone"]}


def tag(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "tag_color": row["tag_color"], "tag": row["tag"]}


def custom_field(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"]}


def payment(db: Database, row: sqlite3.Row) -> dict[str, Any]:
    recipient = db.value(
        "SELECT display_name FROM contacts WHERE dashboard_id = ? AND phone_number = ?",
        (row["dashboard_id"], row["customer_phone"]),
    )
    status = row["textrequest_payment_status"]
    return {
        "payment_id": row["id"],
        "request_date": row["request_date"],
        "recipient": recipient,
        "description": row["description"],
        "customer_phone": row["customer_phone"],
        "amount_requested": row["amount_requested"],
        "is_past_due": status == "sent" and age_days(row["request_date"]) > PAST_DUE_DAYS,
        "reminder_was_sent": bool(row["reminder_was_sent"]),
        "transaction_status": row["transaction_status"],
        "textrequest_payment_status": status,
        "reference_number": row["reference_number"],
    }
