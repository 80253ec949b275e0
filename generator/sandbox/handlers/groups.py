"""Groups of contacts in a dashboard; membership is set on the contact (``groups``)."""

from __future__ import annotations

import sqlite3
from typing import Any

from .. import records
from ..context import Context, handles, page_of
from ..errors import NotFound


def _group(ctx: Context) -> sqlite3.Row:
    dashboard = ctx.dashboard()
    row = ctx.db.one(
        "SELECT * FROM groups WHERE id = ? AND dashboard_id = ?",
        (ctx.params["group_id"], dashboard["id"]),
    )
    if row is None:
        raise NotFound(f"group {ctx.params['group_id']} does not exist", "group_id")
    return row


def _render(ctx: Context, group_id: int) -> dict[str, Any]:
    return records.group(ctx.db, ctx.db.row("SELECT * FROM groups WHERE id = ?", (group_id,)))


@handles("GetGroups")
def get_groups(ctx: Context) -> Any:
    sql = "SELECT * FROM groups WHERE dashboard_id = ? ORDER BY id"
    return page_of(ctx, sql, [ctx.dashboard()["id"]], lambda row: records.group(ctx.db, row))


@handles("GetGroupById")
def get_group(ctx: Context) -> Any:
    return records.group(ctx.db, _group(ctx))


@handles("CreateGroup")
def create_group(ctx: Context) -> Any:
    """The name is required and not empty (the spec says so, and validation checked it)."""
    dashboard = ctx.dashboard()
    cursor = ctx.db.execute(
        "INSERT INTO groups (dashboard_id, name, notes) VALUES (?, ?, ?)",
        (dashboard["id"], ctx.body["name"], ctx.body.get("notes")),
    )
    return _render(ctx, int(cursor.lastrowid or 0))


@handles("UpdateGroup")
def update_group(ctx: Context) -> Any:
    """A new name; the notes change only when given."""
    row = _group(ctx)
    notes = ctx.body.get("notes", row["notes"])
    ctx.db.execute(
        "UPDATE groups SET name = ?, notes = ? WHERE id = ?", (ctx.body["name"], notes, row["id"])
    )
    return _render(ctx, row["id"])


@handles("DeleteGroup")
def delete_group(ctx: Context) -> Any:
    """The group goes; its members stay as contacts, only their membership ends."""
    row = _group(ctx)
    ctx.db.execute("DELETE FROM groups WHERE id = ?", (row["id"],))
    return f"group {row['id']} deleted"
