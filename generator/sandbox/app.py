"""The ASGI application: every API request goes through one pipeline driven by the spec.

match route -> authenticate (401) -> throttle (429) -> read body (413) -> validate
parameters and body (415, 400) -> run the handler in a transaction -> shape and, in tests,
validate the answer -> apply deliberate faults. No route is declared by hand except
the sandbox-only ones under ``/_sandbox/``. Everything after reading the body runs as one
piece of work: on the writer thread for an operation that may write, else on the loop.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..model import HTTP_METHODS, SAFE_METHODS, Operation
from . import admin, faults
from .accounts import ensure_demo_account
from .config import SandboxConfig
from .errors import ApiError, MissingDashboard, NotFound, TooManyRequests
from .handlers import HANDLERS
from .intake import read_limited
from .receivers import Address
from .responses import JsonAnswer
from .schemas import error_field
from .state import Sandbox
from .store import Database
from .validation import parse_body, parse_parameters

log = logging.getLogger("sandbox")
ALL_METHODS = [method.upper() for method in HTTP_METHODS]
# When an item (contact, group, payment) is missing, the first of these the operation
# declares is answered: reads say "no content" (204), as the facts give them; changes say 404.
# A missing dashboard is always 404, which every operation under it declares.
MISSING_ON_READ = (204, 404)
MISSING_ON_CHANGE = (404, 204)


@dataclass(frozen=True)
class Call:
    """One request as read off the connection: what the rest of the pipeline works on."""

    op: Operation
    account_id: int
    raw_path: dict[str, str]
    query: Sequence[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes


class Api:
    """The pipeline every request below the base path goes through (see the module docstring)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.config = sandbox.config

    async def serve(self, request: Request) -> Response:
        sandbox = self.sandbox
        op: Operation | None = None
        try:
            op, raw_path = sandbox.routes.match(request.method, "/" + request.path_params["path"])
            account_id, who = sandbox.account(request)
            sandbox.admit(who)
            config = self.config
            raw_body = await read_limited(request, config.max_body_bytes, config.body_timeout)
        except TooManyRequests as exc:
            return JsonAnswer(exc.body(), status_code=429, headers=exc.headers())
        except ApiError as exc:
            return self.respond(op, exc.status, exc.body(), exc.headers())
        except Exception:
            return self.failed(op, request.url.path)
        query = request.query_params.multi_items()
        call = Call(op, account_id, raw_path, query, request.headers, raw_body)
        return await sandbox.perform(partial(self.answer, call), op.method not in SAFE_METHODS)

    def answer(self, call: Call, db: Database) -> Response:
        """Validate, run and answer ``call`` with ``db`` (the writer or the read connection)."""
        op, sandbox = call.op, self.sandbox
        try:
            params = parse_parameters(op, sandbox.schemas, call.raw_path, call.query, call.headers)
            content_type = call.headers.get("content-type")
            body = parse_body(op, sandbox.schemas, sandbox.walker, call.body, content_type)
            status, payload = self.run(db, op, call.account_id, params, body)
        except NotFound as exc:
            status, payload = self.missing(op, exc), exc.body()
        except ApiError as exc:
            return self.respond(op, exc.status, exc.body(), exc.headers())
        except Exception:
            return self.failed(op, op.label)
        return self.respond(op, status, payload)

    def failed(self, op: Operation | None, where: str) -> Response:
        log.exception("sandbox failure in %s", where)
        return self.respond(op, 500, {"message": "the sandbox failed; this is a sandbox bug"})

    def run(
        self, db: Database, op: Operation, account_id: int, params: dict[str, Any], body: Any
    ) -> tuple[int, Any]:
        handler = HANDLERS.get(op.id or "")
        if handler is None:
            return 501, {"message": f"{op.label} is not implemented by the sandbox"}
        result = self.sandbox.execute(db, handler, account_id, params, body)
        return 200, self.sandbox.walker.shape(result, _schema(op, 200))

    def missing(self, op: Operation | None, exc: NotFound) -> int:
        if op is None or isinstance(exc, MissingDashboard):
            return 404
        order = MISSING_ON_READ if op.method == "get" else MISSING_ON_CHANGE
        return next((s for s in order if str(s) in op.responses), 404)

    def respond(
        self, op: Operation | None, status: int, payload: Any, headers: dict[str, str] | None = None
    ) -> Response:
        if op is not None:
            if self.config.validate_responses:
                status, payload = self.checked(op, status, payload)
            fault = self.config.faults.get(op.id or op.label)
            status, payload = faults.apply(fault, status, payload)
        if status == 204:
            return Response(status_code=204)
        return JsonAnswer(payload, status_code=status, headers=headers)

    def checked(self, op: Operation, status: int, payload: Any) -> tuple[int, Any]:
        """The answer, or a 500 naming how it breaks the spec (a sandbox bug)."""
        response = op.response(status)
        if response is None:
            self.sandbox.undocumented.add((op.label, status))
            return status, payload
        if response.schema is None or status == 204:
            return status, payload
        error = self.sandbox.schemas.first_error(response.pointer, response.schema, payload)
        if error is None:
            return status, payload
        place = error_field(error)
        log.error("%s answered %s, off the spec at %s", op.label, status, place)
        message = f"sandbox answer breaks the spec at {place}: {error.message}"
        return 500, {"message": message}


def _schema(op: Operation, status: int) -> dict[str, Any] | None:
    response = op.response(status)
    return None if response is None else response.schema


class AnyPath(Convertor[str]):
    """Starlette's ``path`` without its blind spot: ``.`` skips a newline, so an encoded
    newline in a path parameter would miss every route. Every API path reaches the pipeline."""

    regex = "(?s:.*)"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("anypath", AnyPath())


async def not_found(request: Request) -> Response:
    return JsonAnswer({"message": f"nothing at {request.url.path}"}, status_code=404)


async def http_error(request: Request, exc: Exception) -> Response:
    """Whatever Starlette itself refuses is answered in JSON too, like every API error."""
    assert isinstance(exc, HTTPException)
    return JsonAnswer({"message": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def create_app(config: SandboxConfig, own: Address | None = None) -> Starlette:
    """The app; ``own`` is the address it will listen on (no hook may target it)."""
    sandbox = Sandbox(config, own)
    routes = [
        Route(sandbox.base_path + "/{path:anypath}", Api(sandbox).serve, methods=ALL_METHODS),
        *admin.routes(sandbox),
        Route("/{path:anypath}", not_found, methods=ALL_METHODS),
    ]
    app = Starlette(
        routes=routes, lifespan=sandbox.lifespan, exception_handlers={HTTPException: http_error}
    )
    app.state.sandbox = sandbox
    return app


def prepare_database(config: SandboxConfig) -> str:
    """Create the database if needed and return the demo key (before serving)."""
    db = Database(config.db_path)
    try:
        return ensure_demo_account(db, config.demo_key)
    finally:
        db.close()
