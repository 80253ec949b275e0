"""What one running sandbox shares across requests, and the one way a request's work is done.

Both the API pipeline (``app``) and the sandbox-only endpoints (``admin``) build on this
module and on nothing of each other: authenticating a key and running an action in a
transaction, then sending the webhook deliveries it wrote, happen here and only here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request

from ..model import Definition
from .accounts import account_for_key, digest, ensure_demo_account
from .config import SandboxConfig
from .context import Context
from .errors import Unauthorized
from .schemas import SchemaSet, SchemaWalker
from .spec import Routes
from .store import Database
from .throttle import Throttle
from .webhooks import Dispatcher

# The header a definition without an API key scheme is served with.
DEFAULT_KEY_HEADER = "x-api-key"


class Sandbox:
    """The definition served, its schemas, the throttle, the database and the dispatcher."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.definition = Definition.load(config.spec_path)
        self.base_path = self.definition.api.base_path
        self.routes = Routes(self.definition)
        self.schemas = SchemaSet(self.definition.definitions)
        self.walker = SchemaWalker(self.definition)
        self.throttle = Throttle(config.throttle_limit, config.throttle_window)
        self.key_header = (self.definition.api.api_key_header() or DEFAULT_KEY_HEADER).lower()
        self.notification_schema = self.definition.notification_schema()
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

    def execute(
        self, action: Callable[[Context], Any], account_id: int, params: dict[str, Any], body: Any
    ) -> Any:
        """Run ``action`` in one transaction; its webhook deliveries go out once it commits."""
        assert self.db is not None and self.dispatcher is not None
        ctx = Context(self.db, account_id, params, body, self.config, self.shape_notification)
        with self.db.transaction():
            result = action(ctx)
        self.dispatcher.submit(ctx.outbox)
        return result

    def shape_notification(self, payload: Any) -> Any:
        return self.walker.shape(payload, self.notification_schema)
