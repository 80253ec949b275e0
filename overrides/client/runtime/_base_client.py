"""The request loop under every operation: build, throttle, send, retry, check, parse.

Generated resource methods describe a call (an ``Endpoint`` and the
arguments) and hand it to ``SyncAPIClient.request`` or its async twin; all
behaviour lives here, once. Transport failures leave as ``APIConnectionError``
(``APITimeoutError`` for timeouts), raised outside the ``except`` block so
that no exception chains back to the httpx error, whose request holds the
credential.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from . import _constants as C
from ._auth import NoAuth, _SecretAuth
from ._bodies import body_arguments, header_values
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    NotFound,
    status_error,
)
from ._limiter import RateLimiter
from ._models import compact, parse, to_json
from ._pagination import AsyncPage, SyncPage
from ._policies import ROUTE_EXTENSION, Policies, Route
from ._response import RAW, APIResponse
from ._retry import NO_RETRY, RetryPolicy
from ._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

logger = logging.getLogger(C.LOGGER_NAME)
Self = TypeVar("Self", bound="BaseClient")


@dataclass(frozen=True)
class Endpoint:
    """One operation as the request loop needs it; generated, one per operation."""

    operation: str
    method: str
    path: str
    cast: Any = None  # the answer's type: a model, list[Model], a scalar; None for no body
    paged: bool = False
    nullable: frozenset[str] = frozenset()  # arguments for which None is sent as null
    body_type: str = "json"  # or "data" (a form), "files" (multipart), "content" (raw)
    media_type: str = "application/json"


@dataclass(slots=True)
class Call:
    """The arguments of one call, kept so that a page can ask for the next one."""

    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    timeout: Timeout | NotGiven
    extra_headers: Headers | None
    extra_query: Query | None
    headers: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # header parameters

    def for_page(self, number: int) -> Call:
        return dataclasses.replace(self, query={**self.query, C.PAGE: number})


_NOT_PRESET = object()


class BaseClient:
    """Settings and the parts of a call that do not wait: request building and reading."""

    _page_type: type[SyncPage[Any, Any]] | type[AsyncPage[Any, Any]]

    def __init__(
        self,
        *,
        base_url: str,
        auth: _SecretAuth | None,
        timeout: Timeout,
        retry: RetryPolicy | None,
        rate_limit: RateLimiter | None,
        headers: Headers | None = None,
        policies: Policies | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry or NO_RETRY
        self.rate_limit = rate_limit
        # The connector's policy templates run with the credential, on every request.
        self._policies = policies
        self._auth = policies.wrap(auth or NoAuth()) if policies else auth or NoAuth()
        self._headers = {"user-agent": C.USER_AGENT, **(headers or {})}
        # What the httpx client was made with, when this client made it: then a call sends
        # only what differs (httpx merges headers and builds a Timeout for each it is given,
        # a third of the cost of building a request).
        self._http_headers: Headers = {}
        self._http_timeout: object = _NOT_PRESET

    def with_options(
        self: Self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven | None = NOT_GIVEN,
        rate_limit: RateLimiter | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A client sharing this one's connections and key, with other settings."""
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if not isinstance(retry, NotGiven):
            clone.retry = retry or NO_RETRY
        if not isinstance(rate_limit, NotGiven):
            clone.rate_limit = rate_limit
        clone._owns_http = False  # type: ignore[attr-defined]
        clone._bind()  # resources bound to the clone, not to this client
        return clone

    def _bind(self) -> None:
        """Make the resources (the generated clients do), bound to this client."""

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, retry={self.retry!r}, "
            f"rate_limit={self.rate_limit!r})"
        )

    def _build(self, http: httpx.Client | httpx.AsyncClient, ep: Endpoint, call: Call) -> Any:
        args = {k: quote(str(to_json(v, k)), safe="") for k, v in call.path.items()}
        path = ep.path.format_map(args)
        params = {**compact(call.query, ep.nullable), **(call.extra_query or {})}
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else call.timeout
        body = body_arguments(call.body, ep.body_type, ep.media_type, ep.nullable)
        headers = {
            **({} if self._http_headers is self._headers else self._headers),
            **body.pop("headers", {}),
            **header_values(call.headers, ep.nullable),
            **(call.extra_headers or {}),
        }
        if headers:
            body["headers"] = headers
        if timeout != self._http_timeout:
            body["timeout"] = timeout
        if self._policies is not None:
            route = Route(ep.operation, self.base_url, ep.path, args)
            body["extensions"] = {ROUTE_EXTENSION: route}
        return http.build_request(ep.method, self.base_url + path, params=params or None, **body)

    def _preset(self) -> dict[str, Any]:
        """The headers and timeout an httpx client made here carries, noted as carried."""
        self._http_headers, self._http_timeout = self._headers, self.timeout
        return {"headers": self._headers, "timeout": self.timeout}

    def _delay(
        self, method: str, outcome: httpx.Response | Exception, attempt: int
    ) -> float | None:
        if isinstance(outcome, httpx.Response):
            return self.retry.after_response(method, outcome, attempt, random.random)
        if isinstance(outcome, httpx.TransportError):
            return self.retry.after_error(method, outcome, attempt, random.random)
        return None

    def _check(self, ep: Endpoint, response: httpx.Response) -> None:
        """Raise the error a response means: a status that is not 2xx, or a read's 204."""
        if not 200 <= response.status_code <= 299:
            raise status_error(ep.operation, response, self._auth.secrets())
        if ep.method == "GET" and ep.cast is not None and not response.content:
            # The API's way of saying "no such item": the same error as its 404.
            raise NotFound(ep.operation, response.status_code, None, response.headers)

    def _result(self, ep: Endpoint, call: Call, response: httpx.Response, seen: int) -> Any:
        """The answer's value; for a list, a page that fetches the next through ``_page``."""
        value = self._value(ep, response)
        if not ep.paged:
            return value
        return self._page_type(
            value,
            number=int(call.query.get(C.PAGE) or C.FIRST_PAGE),
            page_size=call.query.get(C.PAGE_SIZE),
            seen=seen,
            fetch=lambda number, seen: self._page(ep, call.for_page(number), seen),
        )

    def _page(self, ep: Endpoint, call: Call, seen: int) -> Any:
        raise NotImplementedError  # each client fetches a page its own way (awaited or not)

    def _value(self, ep: Endpoint, response: httpx.Response) -> Any:
        if ep.cast is None or not response.content:
            return None
        try:
            data = response.json()
        except ValueError:
            data = response.text
        if self._policies is not None:
            data = self._policies.answer(ep.operation, data)
        return parse(ep.cast, data, ep.operation)


def _connection_error(ep: Endpoint, error: Exception) -> APIError:
    """The httpx failure as ours; its text only: the httpx error holds the request."""
    detail = str(error) or type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"timed out ({detail})", operation=ep.operation)
    return APIConnectionError(detail, operation=ep.operation)


def _log_retry(method: str, url: httpx.URL, reason: str, attempt: int, delay: float) -> None:
    """Method and path only: headers (the key) and query never reach a log."""
    logger.info(
        "retrying %s %s after %s (try %d failed), in %.2f s",
        method,
        url.path,
        reason,
        attempt,
        delay,
    )


def _reason(outcome: httpx.Response | Exception) -> str:
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__


class SyncAPIClient(BaseClient):
    """``BaseClient`` over an ``httpx.Client``, one call at a time per thread."""

    _page_type = SyncPage

    def __init__(
        self,
        *,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, **self._preset())
        self._sleep: Callable[[float], None] = time.sleep

    def request(self, ep: Endpoint, call: Call) -> Any:
        response = self._send(ep, self._build(self._http, ep, call))
        self._check(ep, response)
        if RAW.get():
            return APIResponse(response, lambda: self._result(ep, call, response, 0))
        return self._result(ep, call, response, 0)

    def _page(self, ep: Endpoint, call: Call, seen: int) -> Any:
        response = self._send(ep, self._build(self._http, ep, call))
        self._check(ep, response)
        return self._result(ep, call, response, seen)

    def _send(self, ep: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            outcome = self._try(request)
            delay = self._delay(request.method, outcome, attempt)
            if isinstance(outcome, httpx.Response) and delay is None:
                return outcome
            if delay is None:
                break
            if isinstance(outcome, httpx.Response):
                outcome.close()
            _log_retry(request.method, request.url, _reason(outcome), attempt, delay)
            self._sleep(delay)
            attempt += 1
        assert isinstance(outcome, Exception)
        raise _connection_error(ep, outcome)

    def _try(self, request: httpx.Request) -> httpx.Response | Exception:
        """One try, in a rate-limit slot; a transport failure is returned, not raised."""
        limiter = self.rate_limit
        slot = limiter.reserve() if limiter else None
        if limiter and slot:
            while (wait := limiter.wait(slot)) > 0:
                self._sleep(wait)
        try:
            response = self._http.send(request, auth=self._auth)
            response.read()
            return response
        except httpx.TransportError as error:
            return error
        finally:
            if limiter and slot:
                limiter.finished(slot)

    def close(self) -> None:
        """Release the connections (not those of an ``http_client`` you brought)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    """``SyncAPIClient`` for asyncio, over an ``httpx.AsyncClient``."""

    _page_type = AsyncPage

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None = None,
        **settings: Any,
    ) -> None:
        super().__init__(**settings)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, **self._preset())
        self._sleep: Callable[[float], Any] = asyncio.sleep

    async def request(self, ep: Endpoint, call: Call) -> Any:
        response = await self._send(ep, self._build(self._http, ep, call))
        self._check(ep, response)
        if RAW.get():
            return APIResponse(response, lambda: self._result(ep, call, response, 0))
        return self._result(ep, call, response, 0)

    async def _page(self, ep: Endpoint, call: Call, seen: int) -> Any:
        response = await self._send(ep, self._build(self._http, ep, call))
        self._check(ep, response)
        return self._result(ep, call, response, seen)

    async def _send(self, ep: Endpoint, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            outcome = await self._try(request)
            delay = self._delay(request.method, outcome, attempt)
            if isinstance(outcome, httpx.Response) and delay is None:
                return outcome
            if delay is None:
                break
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            _log_retry(request.method, request.url, _reason(outcome), attempt, delay)
            await self._sleep(delay)
            attempt += 1
        assert isinstance(outcome, Exception)
        raise _connection_error(ep, outcome)

    async def _try(self, request: httpx.Request) -> httpx.Response | Exception:
        limiter = self.rate_limit
        slot = limiter.reserve() if limiter else None
        if limiter and slot:
            while (wait := limiter.wait(slot)) > 0:
                await self._sleep(wait)
        try:
            response = await self._http.send(request, auth=self._auth)
            await response.aread()
            return response
        except httpx.TransportError as error:
            return error
        finally:
            if limiter and slot:
                limiter.finished(slot)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
