"""The Text Request client, sync (``Client``) and async (``AsyncClient``).

The API key comes from the ``api_key`` argument or ``TEXTREQUEST_API_KEY`` and
travels only in the ``x-api-key`` header of the underlying httpx
client: no attribute, repr, log line or exception of this package holds it.
Retries and the optional rate limiter sit in the httpx transport, below every
operation. Operations are grouped by the spec's tags, one attribute each.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from types import TracebackType

import httpx

from .api.contacts import AsyncContactsApi, ContactsApi
from .api.conversations import AsyncConversationsApi, ConversationsApi
from .api.custom_fields import AsyncCustomFieldsApi, CustomFieldsApi
from .api.dashboards import AsyncDashboardsApi, DashboardsApi
from .api.groups import AsyncGroupsApi, GroupsApi
from .api.messages import AsyncMessagesApi, MessagesApi
from .api.payments import AsyncPaymentsApi, PaymentsApi
from .api.tags import AsyncTagsApi, TagsApi
from .api.webhooks import AsyncWebhooksApi, WebhooksApi
from .errors import MissingApiKey, retry_after

DEFAULT_BASE_URL = "https://api.textrequest.com/api/v3"
API_KEY_ENV = "TEXTREQUEST_API_KEY"
API_KEY_HEADER = "x-api-key"
USER_AGENT = "textrequest-client/3.0"
DEFAULT_TIMEOUT = 30.0

logger = logging.getLogger("textrequest")


class RateLimiter:
    """At most ``calls`` requests start in any window of ``period`` seconds.

    Off unless given to a client. One limiter serves every thread and task
    that uses the client it was given to (give the same one to a ``Client``
    and an ``AsyncClient`` to share it between them). Each request reserves
    the next free start time under a lock and then waits outside it, so a
    thread's wait never blocks another thread's reservation. Retries take a
    slot like any call: the server counts them too.
    """

    def __init__(
        self,
        calls: int = 100,
        period: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if calls < 1 or period <= 0:
            raise ValueError("a rate limit needs calls >= 1 and period > 0")
        self.calls = calls
        self.period = period
        self._clock = clock
        self._starts: deque[float] = deque(maxlen=calls)
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Claim the next start time; the seconds to wait until it (0 when it is now)."""
        with self._lock:
            now = self._clock()
            start = now
            if len(self._starts) == self.calls:
                start = max(now, self._starts[0] + self.period)
            self._starts.append(start)
        return start - now

    def __repr__(self) -> str:
        return f"RateLimiter(calls={self.calls}, period={self.period})"


@dataclass(frozen=True)
class RetryPolicy:
    """When a request is sent again, and after how long.

    A response with status 429 or 5xx is retried only for ``methods`` (GET,
    PUT, DELETE: repeating them changes nothing). A POST sends a text, a
    payment or a contact, so it is sent again only when the connection failed
    before the request went out. The wait before retry ``n`` is a random time
    up to ``backoff * 2 ** (n - 1)`` seconds (exponential, with full jitter),
    never more than ``max_backoff``; a ``Retry-After`` from the server is
    used as it is, and when it asks for more than ``max_backoff`` the error
    is raised instead of waiting. ``attempts`` counts every try (1: no retries).
    """

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0
    methods: frozenset[str] = frozenset({"GET", "PUT", "DELETE"})

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.backoff < 0 or self.max_backoff < 0:
            raise ValueError("a retry policy needs attempts >= 1 and backoffs >= 0")

    def after_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        attempt: int,
        draw: Callable[[], float],
    ) -> float | None:
        """Seconds to wait before sending ``request`` again, or None to keep ``response``."""
        status = response.status_code
        if request.method not in self.methods or not (status == 429 or 500 <= status <= 599):
            return None
        return self._wait(attempt, retry_after(response), draw)

    def after_error(
        self,
        request: httpx.Request,
        error: httpx.TransportError,
        attempt: int,
        draw: Callable[[], float],
    ) -> float | None:
        """Seconds to wait before sending ``request`` again, or None to raise ``error``."""
        never_sent = isinstance(error, NEVER_SENT)
        if not never_sent and not (
            request.method in self.methods and isinstance(error, MAYBE_SENT)
        ):
            return None
        return self._wait(attempt, None, draw)

    def _wait(self, attempt: int, advised: float | None, draw: Callable[[], float]) -> float | None:
        if attempt >= self.attempts:
            return None
        if advised is not None:
            return advised if advised <= self.max_backoff else None
        return draw() * min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))


# The connection failed before any byte of the request was sent: safe for every method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: safe only for methods that can repeat.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryingTransport(httpx.BaseTransport):
    """Wraps the network transport: takes a rate-limit slot per try, retries per policy.

    Living below ``httpx.Client`` means every operation gets the same
    behaviour without any generated code knowing about it.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        limiter: RateLimiter | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        draw: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._limiter = limiter
        self._sleep = sleep
        self._draw = draw

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            if self._limiter is not None and (wait := self._limiter.reserve()) > 0:
                self._sleep(wait)
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                delay = self._policy.after_error(request, error, attempt, self._draw)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                delay = self._policy.after_response(request, response, attempt, self._draw)
                if delay is None:
                    return response
                response.close()
                reason = f"HTTP {response.status_code}"
            _log_retry(request, reason, attempt, delay)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """``RetryingTransport`` for ``httpx.AsyncClient``: the same policy, awaiting instead of sleeping."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        limiter: RateLimiter | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        draw: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._limiter = limiter
        self._sleep = sleep
        self._draw = draw

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            if self._limiter is not None and (wait := self._limiter.reserve()) > 0:
                await self._sleep(wait)
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay = self._policy.after_error(request, error, attempt, self._draw)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                delay = self._policy.after_response(request, response, attempt, self._draw)
                if delay is None:
                    return response
                await response.aclose()
                reason = f"HTTP {response.status_code}"
            _log_retry(request, reason, attempt, delay)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def _log_retry(request: httpx.Request, reason: str, attempt: int, delay: float) -> None:
    """Method and path only: headers (the API key) and query never reach a log."""
    logger.info(
        "retrying %s %s after %s (try %d failed), in %.2f s",
        request.method,
        request.url.path,
        reason,
        attempt,
        delay,
    )


DEFAULT_RETRY = RetryPolicy()


class ApiKeyAuth(httpx.Auth):
    """Puts the key on each request as it is sent; the only object that holds it."""

    def __init__(self, api_key: str | None) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if API_KEY_HEADER and not key:
            raise MissingApiKey(f"no API key: pass api_key=... or set the {API_KEY_ENV} variable")
        self._key = key or ""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if API_KEY_HEADER:
            request.headers[API_KEY_HEADER] = self._key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(***)"


class Client:
    """Calls the API and waits for each answer.

    ``retry`` (a ``RetryPolicy``; None turns retries off), ``rate_limit`` (a
    ``RateLimiter``; off by default), ``timeout`` in seconds, and
    ``transport``, the httpx transport that reaches the network (a
    ``httpx.MockTransport`` in tests). Use it in a ``with`` block, or call
    ``close()``, to release its connections.
    """

    contacts: ContactsApi
    conversations: ConversationsApi
    custom_fields: CustomFieldsApi
    dashboards: DashboardsApi
    groups: GroupsApi
    messages: MessagesApi
    payments: PaymentsApi
    tags: TagsApi
    webhooks: WebhooksApi

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        rate_limit: RateLimiter | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url
        self.retry = retry or RetryPolicy(attempts=1)
        self.rate_limit = rate_limit
        network = transport if transport is not None else httpx.HTTPTransport()
        self.http = httpx.Client(
            base_url=base_url,
            auth=ApiKeyAuth(api_key),
            headers={"user-agent": USER_AGENT},
            timeout=timeout,
            transport=RetryingTransport(network, self.retry, rate_limit),
        )
        self.contacts = ContactsApi(self)
        self.conversations = ConversationsApi(self)
        self.custom_fields = CustomFieldsApi(self)
        self.dashboards = DashboardsApi(self)
        self.groups = GroupsApi(self)
        self.messages = MessagesApi(self)
        self.payments = PaymentsApi(self)
        self.tags = TagsApi(self)
        self.webhooks = WebhooksApi(self)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r}, retry={self.retry!r}, rate_limit={self.rate_limit!r})"


class AsyncClient:
    """``Client`` for asyncio: the same operations, to be awaited; ``async with`` or ``aclose()``."""

    contacts: AsyncContactsApi
    conversations: AsyncConversationsApi
    custom_fields: AsyncCustomFieldsApi
    dashboards: AsyncDashboardsApi
    groups: AsyncGroupsApi
    messages: AsyncMessagesApi
    payments: AsyncPaymentsApi
    tags: AsyncTagsApi
    webhooks: AsyncWebhooksApi

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        rate_limit: RateLimiter | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url
        self.retry = retry or RetryPolicy(attempts=1)
        self.rate_limit = rate_limit
        network = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.http = httpx.AsyncClient(
            base_url=base_url,
            auth=ApiKeyAuth(api_key),
            headers={"user-agent": USER_AGENT},
            timeout=timeout,
            transport=AsyncRetryingTransport(network, self.retry, rate_limit),
        )
        self.contacts = AsyncContactsApi(self)
        self.conversations = AsyncConversationsApi(self)
        self.custom_fields = AsyncCustomFieldsApi(self)
        self.dashboards = AsyncDashboardsApi(self)
        self.groups = AsyncGroupsApi(self)
        self.messages = AsyncMessagesApi(self)
        self.payments = AsyncPaymentsApi(self)
        self.tags = AsyncTagsApi(self)
        self.webhooks = AsyncWebhooksApi(self)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r}, retry={self.retry!r}, rate_limit={self.rate_limit!r})"


__all__ = [
    "DEFAULT_BASE_URL",
    "AsyncClient",
    "AsyncRetryingTransport",
    "Client",
    "RateLimiter",
    "RetryPolicy",
    "RetryingTransport",
]
