"""What one running sandbox shares across requests, and the one way a request's work is done.

Both the API pipeline (``app``) and the sandbox-only endpoints (``admin``) build on this
module and on nothing of each other: authenticating a key, running an action in a
transaction, then sending the webhook deliveries it wrote, happen here and only here.

Writes run on one writer thread, so a long one (a 9,000-contact bulk upsert) leaves the
event loop free; reads run on the loop on a read-only connection, which sees the last
commit while the writer works.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request

from ..model import Definition
from .accounts import account_for_key, digest, ensure_demo_account
from .config import SandboxConfig
from .context import Context
from .errors import TooManyRequests, Unauthorized
from .receivers import Address, Receivers
from .repair import repair_unservable
from .schemas import SchemaSet, SchemaWalker
from .spec import Routes
from .store import Database
from .throttle import Throttle
from .webhooks import Dispatcher

# The header a definition without an API key scheme is served with.
DEFAULT_KEY_HEADER = "x-api-key"
log = logging.getLogger("sandbox")
T = TypeVar("T")


class Sandbox:
    """The definition served, its schemas, the throttle, the database and the dispatcher.

    ``db`` is the writer connection, used only on the ``writer`` thread once serving;
    ``reads`` is the read-only one, used on the event loop. ``own`` is the address the
    sandbox listens on, which no hook may target.
    """

    def __init__(self, config: SandboxConfig, own: Address | None = None) -> None:
        self.config = config
        self.receivers = Receivers(config.hook_hosts, own)
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
        self.reads: Database | None = None
        self.writer: ThreadPoolExecutor | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.dispatcher: Dispatcher | None = None

    @asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        self.db = Database(self.config.db_path)
        ensure_demo_account(self.db, self.config.demo_key)
        for report in repair_unservable(self.db):
            log.warning("repaired at start-up: %s", report)
        self.reads = Database(self.config.db_path, read_only=True)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="sandbox-writer")
        self.loop = asyncio.get_running_loop()
        self.dispatcher = Dispatcher(self.reads, self.write, self.config, self.receivers.refusal)
        await self.dispatcher.start()
        try:
            yield
        finally:
            await self.dispatcher.stop()
            self.writer.shutdown(wait=True)
            self.reads.close()
            self.db.close()

    def account(self, request: Request) -> tuple[int, str]:
        """(account id, key digest) for the request's API key; 401 without a valid one."""
        key = self._key(request)
        assert self.reads is not None
        account_id = account_for_key(self.reads, key)
        if account_id is None:
            raise Unauthorized("the API key is not valid")
        return account_id, digest(key)

    def admit(self, who: str) -> None:
        """Count a call by ``who`` (a key's digest) against the throttle; 429 when over it."""
        wait = self.throttle.admit(who)
        if wait is not None:
            limit, window = self.config.throttle_limit, self.config.throttle_window
            message = f"over {limit} calls in {window:g} s for this key; retry in {wait} s"
            raise TooManyRequests(message, wait)

    def check_admin(self, request: Request) -> None:
        """401 unless the request carries the admin key (creating accounts needs it)."""
        given = self._key(request)
        if not hmac.compare_digest(digest(given), digest(self.config.admin_key or "")):
            raise Unauthorized("this endpoint needs the sandbox's admin key")

    def _key(self, request: Request) -> str:
        key = request.headers.get(self.key_header)
        if not key:
            raise Unauthorized(f"the {self.key_header} header with an API key is required")
        return key

    async def write(self, work: Callable[[Database], T]) -> T:
        """``work(db)`` on the writer thread, the one place writes happen."""
        assert self.loop is not None and self.db is not None
        return await self.loop.run_in_executor(self.writer, work, self.db)

    async def perform(self, work: Callable[[Database], T], writes: bool) -> T:
        """``work(db)``: on the writer thread if it ``writes``, else here on the read connection."""
        if writes:
            return await self.write(work)
        assert self.reads is not None
        return work(self.reads)

    def execute(
        self,
        db: Database,
        action: Callable[[Context], Any],
        account_id: int,
        params: dict[str, Any],
        body: Any,
    ) -> Any:
        """Run ``action`` in one transaction on ``db``; its deliveries go out once it commits."""
        assert self.loop is not None and self.dispatcher is not None
        ctx = Context(
            db,
            account_id,
            params,
            body,
            self.config,
            self.shape_notification,
            self.receivers.refusal,
        )
        with db.transaction():
            result = action(ctx)
        if ctx.outbox:
            self.loop.call_soon_threadsafe(self.dispatcher.submit, ctx.outbox)
        return result

    def shape_notification(self, payload: Any) -> Any:
        return self.walker.shape(payload, self.notification_schema)
