"""Dashboards: one phone line each, owned by one account."""

from __future__ import annotations

from typing import Any

from .. import phones, records
from ..clock import now_utc
from ..context import Context, handles, page_of
from ..errors import BadRequest


@handles("GetDashboards")
def get_dashboards(ctx: Context) -> Any:
    sql = "SELECT * FROM dashboards WHERE account_id = ? ORDER BY id"
    return page_of(ctx, sql, [ctx.account_id], records.dashboard)


@handles("GetDashboard")
def get_dashboard(ctx: Context) -> Any:
    return records.dashboard(ctx.dashboard())


@handles("CreateDashboard")
def create_dashboard(ctx: Context) -> Any:
    """A phone number serves one dashboard in the whole service, so a reused one is refused.

    The spec's pattern has already admitted the number; without a name, the number names it.
    """
    phone = phones.normalize(ctx.body["phone"])
    if ctx.db.value("SELECT 1 FROM dashboards WHERE phone = ?", (phone,)):
        raise BadRequest(f"phone {phone} is already used by a dashboard", "phone")
    name = ctx.body.get("name") or phone
    cursor = ctx.db.execute(
        "INSERT INTO dashboards (account_id, name, phone, created_utc) VALUES (?, ?, ?, ?)",
        (ctx.account_id, name, phone, now_utc()),
    )
    row = ctx.db.row("SELECT * FROM dashboards WHERE id = ?", (cursor.lastrowid,))
    return records.dashboard(row)


@handles("UpdateDashboardsName")
def rename_dashboard(ctx: Context) -> Any:
    """Only the name (required, not empty: the spec says so) changes; the phone never does."""
    row = ctx.dashboard()
    ctx.db.execute("UPDATE dashboards SET name = ? WHERE id = ?", (ctx.body["name"], row["id"]))
    return records.dashboard(ctx.db.row("SELECT * FROM dashboards WHERE id = ?", (row["id"],)))


@handles("DeleteDashboard")
def delete_dashboard(ctx: Context) -> Any:
    """Everything in the dashboard goes with it (contacts, messages, groups, payments, hooks)."""
    row = ctx.dashboard()
    ctx.db.execute("DELETE FROM dashboards WHERE id = ?", (row["id"],))
    return f"dashboard {row['id']} deleted"
