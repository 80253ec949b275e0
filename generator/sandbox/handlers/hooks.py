"""The trigger's subscription: register a URL to be POSTed on msg_sent or msg_received."""

from __future__ import annotations

from typing import Any

from ..clock import now_utc
from ..context import Context, handles
from ..errors import BadRequest
from ..webhooks import EVENTS


@handles("TextingWebhook")
def register_hook(ctx: Context) -> Any:
    """Registering the same URL for the same event twice answers the existing hook.

    Beyond the spec's ``format: uri``, the target must be one of the receivers the sandbox
    was started with (``--hook-host``), without credentials and not the sandbox itself:
    anything else is refused here with the reason (400), so no delivery is ever written
    for it and the sandbox never posts to the internet.
    """
    dashboard = ctx.dashboard()
    url, event = ctx.body.get("target_url", ""), ctx.body.get("event")
    # Kept as given; events are POSTed whatever it says, as the spec's default has it.
    verb = ctx.body.get("httpVerb") or "POST"
    if event not in EVENTS:
        raise BadRequest(f"event must be one of {', '.join(EVENTS)}", "event")
    refusal = ctx.hook_refusal(url)
    if refusal is not None:
        raise BadRequest(f"target_url {refusal}", "target_url")
    row = ctx.db.one(
        "SELECT id FROM hooks WHERE dashboard_id = ? AND target_url = ? AND event = ?",
        (dashboard["id"], url, event),
    )
    if row is None:
        cursor = ctx.db.execute(
            """INSERT INTO hooks (dashboard_id, target_url, event, http_verb, created_utc)
               VALUES (?, ?, ?, ?, ?)""",
            (dashboard["id"], url, event, verb, now_utc()),
        )
        hook_id = int(cursor.lastrowid or 0)
    else:
        hook_id = row["id"]
    return {"id": hook_id, "target_url": url, "event": event}
