"""Tags and custom fields: per-dashboard vocabularies that contacts refer to by id.

The API only reads them; the sandbox creates them through ``/_sandbox/`` (and demo data).
"""

from __future__ import annotations

from typing import Any

from .. import records
from ..context import Context, handles, page_of


@handles("GetTags")
def get_tags(ctx: Context) -> Any:
    sql = "SELECT * FROM tags WHERE dashboard_id = ? ORDER BY tag, id"
    return page_of(ctx, sql, [ctx.dashboard()["id"]], records.tag)


@handles("GetCustomFields")
def get_custom_fields(ctx: Context) -> Any:
    rows = ctx.db.all(
        "SELECT * FROM custom_fields WHERE dashboard_id = ? ORDER BY name, id",
        (ctx.dashboard()["id"],),
    )
    return [records.custom_field(row) for row in rows]
