"""What every handler receives, the registry of handlers by operationId, and paging."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .config import SandboxConfig
from .errors import BadRequest, MissingDashboard
from .store import Database

Handler = Callable[["Context"], Any]
HANDLERS: dict[str, Handler] = {}
MAX_PAGE_SIZE = 1000
INT32_LIMIT = 2**31


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register ``func`` as the behaviour of ``operation_id`` (a name from the spec)."""

    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


@dataclass
class Context:
    """One request, already authenticated and validated, inside its transaction.

    ``outbox`` collects the webhook deliveries written by this request; they are sent
    only after the transaction commits, so a rolled-back request notifies no one.
    ``hook_refusal`` says why a hook may not target a URL (see :mod:`sandbox.receivers`);
    without receivers, every target is refused.
    """

    db: Database
    account_id: int
    params: dict[str, Any]
    body: Any
    config: SandboxConfig
    shape_notification: Callable[[Any], Any] = lambda payload: payload
    hook_refusal: Callable[[str], str | None] = lambda _url: "no receiver is named"
    outbox: list[int] = field(default_factory=list)

    def dashboard(self) -> sqlite3.Row:
        """The dashboard named by the path, if it belongs to the caller's account."""
        raw = self.params["dashboard_id"]
        number = raw if isinstance(raw, int) else int(raw) if _ascii_digits(raw) else None
        row = self.db.one(
            "SELECT * FROM dashboards WHERE id = ? AND account_id = ?", (number, self.account_id)
        )
        if row is None:
            raise MissingDashboard(
                f"dashboard {raw} does not exist in this account", "dashboard_id"
            )
        return row


def _ascii_digits(value: Any) -> bool:
    """``str.isdigit`` alone also admits fullwidth "\\uff11", which ``int`` reads as 1."""
    text = str(value)
    return text.isascii() and text.isdigit()


def paging(ctx: Context) -> tuple[int, int]:
    """(page, page_size) from the query; absent values take 0 and 50.

    The spec bounds them below; above, a page_size over ``MAX_PAGE_SIZE`` is served as
    ``MAX_PAGE_SIZE`` (``meta.page_size`` tells how many came) rather than refused.
    """
    page = ctx.params.get("page", 0)
    size = ctx.params.get("page_size", 50)
    # meta.page is an int32 in the answer, so a page beyond it cannot be answered.
    if not 0 <= page < INT32_LIMIT:
        raise BadRequest(f"page must be between 0 and {INT32_LIMIT - 1}", "page")
    if not 1 <= size < INT32_LIMIT:
        raise BadRequest(f"page_size must be between 1 and {INT32_LIMIT - 1}", "page_size")
    return page, min(size, MAX_PAGE_SIZE)


def page_of(
    ctx: Context, sql: str, args: list[Any], render: Callable[[sqlite3.Row], Any]
) -> dict[str, Any]:
    """One page of ``sql`` (a SELECT without LIMIT) in the API's ``{meta, items}`` form."""
    page, size = paging(ctx)
    total = ctx.db.value(f"SELECT COUNT(*) FROM ({sql})", args)
    offset = page * size
    rows = ctx.db.all(f"{sql} LIMIT ? OFFSET ?", [*args, size, offset]) if offset < total else []
    items = [render(row) for row in rows]
    return {"meta": {"page": page, "page_size": len(items), "total_items": total}, "items": items}
