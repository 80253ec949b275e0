"""Sandbox-only endpoints under ``/_sandbox/``: not part of the Text Request API.

They do what the real service does by other means (a customer texting in, tags and
custom fields made in the web app, a second account) and expose what a test needs to
see (the webhook delivery log). They take the same API key in the same header, and those
that write (an inbound text above all, which fans out into one delivery per hook) count
against the key's throttle like API calls (429); creating an account takes the admin key
instead (one key never opens more than its account), and ``/health`` takes none. Bodies
are refused as on the API: over the same size limit (413), not JSON in UTF-8 (415), or
off their schema (400).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import records, texting
from .accounts import create_account
from .context import Context
from .errors import ApiError, BadRequest, NotFound
from .intake import read_limited
from .phones import normalize
from .responses import JsonAnswer
from .schemas import SpecValidator, error_field, error_message
from .state import Sandbox
from .store import Database
from .validation import check_media_type, check_values, decode_json

PREFIX = "/_sandbox"
STRING = {"type": "string"}
COLOR = "^#[0-9a-fA-F]{6}$"
BODIES: dict[str, dict[str, Any]] = {
    "account": {
        "type": "object",
        "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 200}},
    },
    "inbound": {
        "type": "object",
        "required": ["phone_number", "body"],
        "properties": {
            "phone_number": STRING,
            "body": STRING,
            "mms_media": {"type": "array", "items": STRING},
        },
    },
    "tag": {
        "type": "object",
        "required": ["tag"],
        "properties": {"tag": STRING, "tag_color": {"type": "string", "pattern": COLOR}},
    },
    "field": {"type": "object", "required": ["name"], "properties": {"name": STRING}},
}
for _schema in BODIES.values():
    _schema["additionalProperties"] = False

Action = Callable[[Context, Request], Any]
# Who may call an endpoint: any account (by its API key), or only the admin key's holder.
Auth = Literal["account", "admin"]
log = logging.getLogger("sandbox")


def routes(sandbox: Sandbox) -> list[Route]:
    def endpoint(action: Action, body: str | None = None, auth: Auth = "account") -> Any:
        async def serve(request: Request) -> Response:
            try:
                return JsonAnswer(await _run(sandbox, request, action, body, auth))
            except ApiError as exc:
                return JsonAnswer(exc.body(), status_code=exc.status, headers=exc.headers())
            except Exception:
                log.exception("sandbox failure in %s", request.url.path)
                message = "the sandbox failed; this is a sandbox bug"
                return JsonAnswer({"message": message}, status_code=500)

        return serve

    return [
        Route(f"{PREFIX}/health", health),
        Route(f"{PREFIX}/accounts", endpoint(new_account, "account", "admin"), methods=["POST"]),
        Route(
            PREFIX + "/dashboards/{dashboard_id:int}/inbound",
            endpoint(inbound, "inbound"),
            methods=["POST"],
        ),
        Route(
            PREFIX + "/dashboards/{dashboard_id:int}/tags",
            endpoint(new_tag, "tag"),
            methods=["POST"],
        ),
        Route(
            PREFIX + "/dashboards/{dashboard_id:int}/fields",
            endpoint(new_field, "field"),
            methods=["POST"],
        ),
        Route(f"{PREFIX}/hooks", endpoint(list_hooks)),
        Route(PREFIX + "/hooks/{hook_id:int}", endpoint(delete_hook), methods=["DELETE"]),
        Route(f"{PREFIX}/deliveries", endpoint(deliveries)),
        Route(
            f"{PREFIX}/undocumented",
            endpoint(lambda ctx, r: sorted(sandbox.undocumented)),
        ),
    ]


async def health(_request: Request) -> Response:
    """Ready to serve; touches nothing (start-up probes and the benchmark's baseline)."""
    return JsonAnswer({"status": "ok"})


async def _run(
    sandbox: Sandbox, request: Request, action: Action, body_kind: str | None, auth: Auth
) -> Any:
    writes = request.method not in ("GET", "HEAD")
    if auth == "admin":
        sandbox.check_admin(request)
        account_id = 0
    else:
        account_id, who = sandbox.account(request)
        if writes:
            sandbox.admit(who)
    config = sandbox.config
    raw = await read_limited(request, config.max_body_bytes, config.body_timeout)
    body = None if body_kind is None else _body(raw, request.headers.get("content-type"), body_kind)
    params = dict(request.path_params)

    def work(db: Database) -> Any:
        return sandbox.execute(db, lambda ctx: action(ctx, request), account_id, params, body)

    return await sandbox.perform(work, writes)


def _body(raw: bytes, content_type: str | None, kind: str) -> Any:
    """The body as the schema of ``kind`` allows it; none at all is an empty object."""
    if not raw.strip():
        body: Any = {}
    else:
        check_media_type(content_type)
        body = decode_json(raw)
        check_values(body)
    error = next(iter(SpecValidator(BODIES[kind]).iter_errors(body)), None)
    if error is not None:
        place = error_field(error)
        raise BadRequest(f"{place}: {error_message(error)}", place)
    return body


def new_account(ctx: Context, _request: Request) -> Any:
    """A second account, to prove that one key never reaches another's data."""
    account_id, key = create_account(ctx.db, ctx.body.get("name") or "Sandbox account")
    return {"account_id": account_id, "api_key": key}


def inbound(ctx: Context, _request: Request) -> Any:
    """A customer texts the dashboard's number (fires msg_received hooks)."""
    dashboard = ctx.dashboard()
    phone = normalize(ctx.body["phone_number"])
    if phone is None:
        raise BadRequest("phone_number must be a 10-digit North American number", "phone_number")
    row = texting.receive(ctx, dashboard, phone, ctx.body["body"], ctx.body.get("mms_media", []))
    return {"stored": row is not None, "message": None if row is None else records.message(row)}


def new_tag(ctx: Context, _request: Request) -> Any:
    dashboard = ctx.dashboard()
    tag_id = _guid()
    color = ctx.body.get("tag_color", "#3366ff")
    ctx.db.execute(
        "INSERT INTO tags (id, dashboard_id, tag, tag_color) VALUES (?, ?, ?, ?)",
        (tag_id, dashboard["id"], ctx.body["tag"], color),
    )
    return {"id": tag_id, "tag": ctx.body["tag"], "tag_color": color}


def new_field(ctx: Context, _request: Request) -> Any:
    dashboard = ctx.dashboard()
    field_id = _guid()
    ctx.db.execute(
        "INSERT INTO custom_fields (id, dashboard_id, name) VALUES (?, ?, ?)",
        (field_id, dashboard["id"], ctx.body["name"]),
    )
    return {"id": field_id, "name": ctx.body["name"]}


def list_hooks(ctx: Context, _request: Request) -> Any:
    rows = ctx.db.all(
        """SELECT h.* FROM hooks h JOIN dashboards d ON d.id = h.dashboard_id
           WHERE d.account_id = ? ORDER BY h.id""",
        (ctx.account_id,),
    )
    return [dict(row) for row in rows]


def delete_hook(ctx: Context, _request: Request) -> Any:
    """Unsubscribe: the API itself declares no way to remove a hook."""
    hook_id = ctx.params["hook_id"]
    deleted = ctx.db.execute(
        """DELETE FROM hooks WHERE id = ? AND dashboard_id IN
           (SELECT id FROM dashboards WHERE account_id = ?)""",
        (hook_id, ctx.account_id),
    ).rowcount
    if not deleted:
        raise NotFound(f"hook {hook_id} does not exist in this account", "hook_id")
    return {"deleted": hook_id}


def deliveries(ctx: Context, request: Request) -> Any:
    """The delivery log, oldest first; ``?hook_id=`` narrows it to one hook."""
    sql = "SELECT * FROM deliveries WHERE account_id = ?"
    args: list[Any] = [ctx.account_id]
    hook_id = request.query_params.get("hook_id")
    if hook_id is not None:
        if not (hook_id.isascii() and hook_id.isdigit()):
            raise BadRequest("hook_id must be an integer", "hook_id")
        sql += " AND hook_id = ?"
        args.append(int(hook_id))
    out = []
    for row in ctx.db.all(sql + " ORDER BY id", args):
        attempts = ctx.db.all(
            "SELECT attempt, at_utc, status_code, error FROM delivery_attempts "
            "WHERE delivery_id = ? ORDER BY attempt",
            (row["id"],),
        )
        entry = dict(zip(row.keys(), tuple(row), strict=True))
        entry["payload"] = json.loads(entry["payload"])
        entry["attempts_log"] = [dict(a) for a in attempts]
        out.append(entry)
    return out


def _guid() -> str:
    return str(uuid.uuid4())
