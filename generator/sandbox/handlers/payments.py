"""Payment requests: texted to a contact, then paid, reminded once, or cancelled.

Status (``textrequest_payment_status``) starts "sent" and ends "paid" or "cancelled";
a closed payment changes no more. Every text here goes through :mod:`texting`, so an
opted-out contact gets none and hooks see each one.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .. import records, texting
from ..clock import now_utc
from ..context import Context, handles, page_of
from ..errors import BadRequest, NotFound
from .contacts import required_phone

SORT_COLUMNS = {
    "amount": "amount_requested",
    "contact": "customer_phone",
    "date": "request_date",
    "status": "textrequest_payment_status",
}
PORTAL = "https://pay.sandbox.invalid/p/"


def _payment(ctx: Context) -> tuple[sqlite3.Row, sqlite3.Row]:
    dashboard = ctx.dashboard()
    row = ctx.db.one(
        "SELECT * FROM payments WHERE id = ? AND dashboard_id = ?",
        (ctx.params["payment_id"], dashboard["id"]),
    )
    if row is None:
        raise NotFound(f"payment {ctx.params['payment_id']} does not exist", "payment_id")
    return dashboard, row


def _open(row: sqlite3.Row, action: str) -> None:
    status = row["textrequest_payment_status"]
    if status != "sent":
        raise BadRequest(f"payment {row['id']} is {status}; it cannot be {action}", "payment_id")


def _render(ctx: Context, payment_id: int) -> dict[str, Any]:
    return records.payment(ctx.db, ctx.db.row("SELECT * FROM payments WHERE id = ?", (payment_id,)))


@handles("CreatePayment")
def create_payment(ctx: Context) -> Any:
    dashboard = ctx.dashboard()
    phone = required_phone(ctx.body.get("customer_phone"), "customer_phone")
    amount = ctx.body.get("amount_requested")
    if not isinstance(amount, int | float) or amount <= 0:
        raise BadRequest("amount_requested must be a positive dollar amount", "amount_requested")
    text = ctx.body.get("message") or f"Please pay ${amount:.2f}."
    cursor = ctx.db.execute(
        """INSERT INTO payments (dashboard_id, request_date, description, customer_phone,
           amount_requested, message, reference_number, transaction_status,
           textrequest_payment_status) VALUES (?, ?, ?, ?, ?, ?, ?, 'unknown', 'sent')""",
        (
            dashboard["id"],
            now_utc(),
            ctx.body.get("description"),
            phone,
            float(amount),
            text,
            ctx.body.get("reference_number"),
        ),
    )
    payment_id = int(cursor.lastrowid or 0)
    texting.send(ctx, dashboard, phone, f"{text} {PORTAL}{payment_id}")
    return _render(ctx, payment_id)


@handles("GetPayment")
def get_payment(ctx: Context) -> Any:
    return records.payment(ctx.db, _payment(ctx)[1])


@handles("MarkPaymentPaid")
def mark_paid(ctx: Context) -> Any:
    """For payments settled outside the portal; a cancelled payment cannot be paid."""
    _, row = _payment(ctx)
    _open(row, "marked as paid")
    ctx.db.execute(
        "UPDATE payments SET textrequest_payment_status = 'paid' WHERE id = ?", (row["id"],)
    )
    return _render(ctx, row["id"])


@handles("CancelPayment")
def cancel_payment(ctx: Context) -> Any:
    """Texts the contact (unless opted out) that the request is withdrawn; only once."""
    dashboard, row = _payment(ctx)
    _open(row, "cancelled")
    ctx.db.execute(
        "UPDATE payments SET textrequest_payment_status = 'cancelled' WHERE id = ?", (row["id"],)
    )
    if texting.can_text(ctx, dashboard["id"], row["customer_phone"]):
        texting.send(
            ctx,
            dashboard,
            row["customer_phone"],
            f"Your payment request of ${row['amount_requested']:.2f} was cancelled.",
        )
    return _render(ctx, row["id"])


@handles("SendPaymentReminder")
def send_reminder(ctx: Context) -> Any:
    """One reminder per payment, to spare the contact spam; a second one is refused."""
    dashboard, row = _payment(ctx)
    _open(row, "reminded")
    if row["reminder_was_sent"]:
        raise BadRequest(f"a reminder for payment {row['id']} was already sent", "payment_id")
    ctx.db.execute("UPDATE payments SET reminder_was_sent = 1 WHERE id = ?", (row["id"],))
    texting.send(
        ctx,
        dashboard,
        row["customer_phone"],
        f"Reminder: ${row['amount_requested']:.2f} is still due. {PORTAL}{row['id']}",
    )
    return _render(ctx, row["id"])


@handles("GetPayments")
def get_payments(ctx: Context) -> Any:
    """Cancelled and paid payments included; newest first unless sorted otherwise."""
    where, args = ["dashboard_id = ?"], [ctx.dashboard()["id"]]
    if ctx.params.get("reference_number") is not None:
        where.append("reference_number = ?")
        args.append(ctx.params["reference_number"])
    if ctx.params.get("phone_number") is not None:
        phone = required_phone(ctx.params["phone_number"], "phone_number")
        where.append("customer_phone = ?")
        args.append(phone)
    sort = ctx.params.get("sort_type") or "date"
    direction = (ctx.params.get("sort_direction") or "desc").lower()
    if sort not in SORT_COLUMNS:
        raise BadRequest(f"sort_type must be one of {', '.join(SORT_COLUMNS)}", "sort_type")
    if direction not in ("asc", "desc"):
        raise BadRequest("sort_direction must be asc or desc", "sort_direction")
    order = f"{SORT_COLUMNS[sort]} {direction}, id {direction}"
    sql = f"SELECT * FROM payments WHERE {' AND '.join(where)} ORDER BY {order}"
    return page_of(ctx, sql, args, lambda row: records.payment(ctx.db, row))
