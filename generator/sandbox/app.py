"""The ASGI application: every API request goes through one pipeline driven by the spec.

match route -> authenticate (401) -> throttle (429) -> read body (413) -> validate
parameters and body (400) -> run the handler in a transaction -> shape and, in tests,
validate the answer -> apply deliberate faults. No route is declared by hand except
the sandbox-only ones under ``/_sandbox/``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..load.operations import HTTP_METHODS
from . import admin, faults
from .accounts import account_for_key, digest, ensure_demo_account
from .config import SandboxConfig
from .context import Context
from .errors import (
    ApiError,
    MissingDashboard,
    NotFound,
    PayloadTooLarge,
    TooManyRequests,
    Unauthorized,
)
from .handlers import HANDLERS
from .schemas import SchemaSet, SchemaWalker, error_field
from .spec import ApiSpec, Operation
from .store import Database
from .throttle import Throttle
from .validation import parse_body, parse_parameters
from .webhooks import Dispatcher

log = logging.getLogger("sandbox")
ALL_METHODS = [method.upper() for method in HTTP_METHODS]
# When an item (contact, group, payment) is missing, the first of these the operation
# declares is answered: reads say "no content" (204), as the facts give them; changes say 404.
# A missing dashboard is always 404, which every operation under it declares.
MISSING_ON_READ = (204, 404)
MISSING_ON_CHANGE = (404, 204)


class Sandbox:
    """The state one running sandbox shares across requests."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.spec = ApiSpec.load(config.spec_path)
        self.schemas = SchemaSet(self.spec.definitions)
        self.walker = SchemaWalker(self.spec.definitions)
        self.throttle = Throttle(config.throttle_limit, config.throttle_window)
        self.key_header = _key_header(self.spec.data)
        self.notification_schema = self.spec.notification_schema()
        self.undocumented: set[tuple[str, int]] = set()
        self.db: Database | None = None
        self.dispatcher: Dispatcher | None = None

    @asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self.db = Database(self.config.db_path)
        ensure_demo_account(self.db, self.config.demo_key)
        self.dispatcher = Dispatcher(self.db, self.config)
        await self.dispatcher.start()
        try:
            yield
        finally:
            await self.dispatcher.stop()
            self.db.close()

    def account(self, request: Request) -> tuple[int, str]:
        """(account id, key digest) for the request's API key; 401 without a valid one."""
        key = request.headers.get(self.key_header)
        if not key:
            raise Unauthorized(f"the {self.key_header} header with an API key is required")
        assert self.db is not None
        account_id = account_for_key(self.db, key)
        if account_id is None:
            raise Unauthorized("the API key is not valid")
        return account_id, digest(key)

    async def api(self, request: Request) -> Response:
        op: Operation | None = None
        try:
            op, raw_path = self.spec.match(request.method, "/" + request.path_params["path"])
            account_id, who = self.account(request)
            wait = self.throttle.admit(who)
            if wait is not None:
                limit, window = self.config.throttle_limit, self.config.throttle_window
                message = f"over {limit} calls in {window:g} s for this key; retry in {wait} s"
                raise TooManyRequests(message, wait)
            raw_body = await read_limited(request, self.config.max_body_bytes)
            params = parse_parameters(
                op, self.schemas, raw_path, request.query_params.multi_items(), request.headers
            )
            content_type = request.headers.get("content-type")
            body = parse_body(op, self.schemas, self.walker, raw_body, content_type)
            status, payload = self.run(op, account_id, params, body)
        except TooManyRequests as exc:
            return JSONResponse(exc.body(), status_code=429, headers=exc.headers())
        except NotFound as exc:
            status, payload = self.missing(op, exc), exc.body()
        except ApiError as exc:
            return self.respond(op, exc.status, exc.body(), exc.headers())
        except Exception:
            log.exception("sandbox failure in %s", op.operation_id if op else request.url.path)
            status, payload = 500, {"message": "the sandbox failed; this is a sandbox bug"}
        return self.respond(op, status, payload)

    def run(
        self, op: Operation, account_id: int, params: dict[str, Any], body: Any
    ) -> tuple[int, Any]:
        handler = HANDLERS.get(op.operation_id)
        if handler is None:
            return 501, {"message": f"{op.operation_id} is not implemented by the sandbox"}
        assert self.db is not None and self.dispatcher is not None
        ctx = Context(self.db, account_id, params, body, self.config, self.shape_notification)
        with self.db.transaction():
            result = handler(ctx)
        self.dispatcher.submit(ctx.outbox)
        return 200, self.walker.shape(result, op.response_schema(200))

    def shape_notification(self, payload: Any) -> Any:
        return self.walker.shape(payload, self.notification_schema)

    def missing(self, op: Operation | None, exc: NotFound) -> int:
        if op is None or isinstance(exc, MissingDashboard):
            return 404
        order = MISSING_ON_READ if op.method == "get" else MISSING_ON_CHANGE
        return next((s for s in order if op.declares(s)), 404)

    def respond(
        self, op: Operation | None, status: int, payload: Any, headers: dict[str, str] | None = None
    ) -> Response:
        if op is not None:
            if self.config.validate_responses:
                status, payload = self.checked(op, status, payload)
            status, payload = faults.apply(self.config.faults.get(op.operation_id), status, payload)
        if status == 204:
            return Response(status_code=204)
        return JSONResponse(payload, status_code=status, headers=headers)

    def checked(self, op: Operation, status: int, payload: Any) -> tuple[int, Any]:
        """The answer, or a 500 naming how it breaks the spec (a sandbox bug)."""
        if not op.declares(status) and "default" not in op.responses:
            self.undocumented.add((op.operation_id, status))
            return status, payload
        schema = op.response_schema(status)
        if schema is None or status == 204:
            return status, payload
        error = self.schemas.first_error(schema, payload)
        if error is None:
            return status, payload
        place = error_field(error)
        log.error("%s answered %s, off the spec at %s", op.operation_id, status, place)
        message = f"sandbox answer breaks the spec at {place}: {error.message}"
        return 500, {"message": message}


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request body exceeds {limit} bytes", "body")
        chunks.append(chunk)
    return b"".join(chunks)


def _key_header(data: dict[str, Any]) -> str:
    for scheme in data.get("securityDefinitions", {}).values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme["name"]).lower()
    return "x-api-key"


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
    return JSONResponse({"message": f"nothing at {request.url.path}"}, status_code=404)


async def http_error(request: Request, exc: Exception) -> Response:
    """Whatever Starlette itself refuses is answered in JSON too, like every API error."""
    assert isinstance(exc, HTTPException)
    return JSONResponse({"message": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def create_app(config: SandboxConfig) -> Starlette:
    sandbox = Sandbox(config)
    base = sandbox.spec.base_path
    routes = [
        Route(base + "/{path:anypath}", sandbox.api, methods=ALL_METHODS),
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
