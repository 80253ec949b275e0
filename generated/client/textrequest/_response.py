"""Raw access: the ``httpx.Response`` of a call, with ``.parse()`` for the typed result.

``client.with_raw_response.contacts.retrieve(...)`` runs the same method in
raw mode (a context variable, so threads and tasks do not see each other's
mode) and hands back an ``APIResponse``: headers, status and body as they
came, the typed value only when asked. Error statuses still raise.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

P = ParamSpec("P")
R = TypeVar("R")

RAW = contextvars.ContextVar("raw_response", default=False)


class APIResponse(Generic[R]):
    """One answer as received; ``parse()`` gives what the method would have returned."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> R:
        return self._parse()

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``func`` (a resource method), returning its ``APIResponse`` instead of its value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW.set(True)
        try:
            return cast(APIResponse[R], func(*args, **kwargs))
        finally:
            RAW.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """``to_raw_response_wrapper`` for the methods of ``AsyncClient``."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = RAW.set(True)
        try:
            return cast(APIResponse[R], await func(*args, **kwargs))
        finally:
            RAW.reset(token)

    return wrapped
