"""How the credential reaches a request: the only objects that hold it.

Each scheme is an ``httpx.Auth`` that adds the credential as the request is
sent, so the client, its repr, its options and every exception stay free of
it. A key sent in the query rides in the request's extensions and is put in
the URL only of the copy handed to the network (``KeyInQueryTransport``):
``request.url``, which httpx logs and shows in errors, never holds it.

A redirect to another origin carries none of it, whatever ``http_client`` the caller
brings: httpx itself strips only ``Authorization``, so ``OriginGuard`` strips the rest
from each request before it is sent (an httpx event hook, which runs for redirects too).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Generator
from typing import ClassVar

import httpx

from ._exceptions import MissingApiKey
from ._scrub import Scrubber

API_KEY_EXTENSION = "api_key_in_query"


def credentials(what: str, *given: tuple[str | None, str]) -> list[str]:
    """Each ``(argument, variable)``: the argument, else the environment's variable.

    ``MissingApiKey`` names every variable when any value is missing.
    """
    values = [value if value is not None else os.environ.get(env, "") for value, env in given]
    if not all(values):
        names = " and ".join(env for _, env in given)
        raise MissingApiKey(f"no {what}: pass it to the client or set {names}")
    return values


class _SecretAuth(httpx.Auth):
    """The shared part: a secret, hidden from repr, listed for scrubbing answers."""

    _secrets: tuple[str, ...] = ()

    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def proof(self) -> tuple[str, str] | None:
        """``(header, value)`` that shows a caller holds this credential (the MCP server's
        HTTP gate asks for it): as the API takes it; None when there is no credential."""
        return ("authorization", f"Bearer {self._secrets[0]}") if self._secrets else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(***)"


class ApiKeyAuth(_SecretAuth):
    """An API key in the ``header`` named, or (no header) handed to ``KeyInQueryTransport``."""

    def __init__(self, key: str, header: str | None) -> None:
        self._header, self._secrets = header, (key,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._header:
            request.headers[self._header] = self._secrets[0]
        else:
            request.extensions[API_KEY_EXTENSION] = self._secrets[0]
        yield request

    def proof(self) -> tuple[str, str] | None:
        return (self._header.lower(), self._secrets[0]) if self._header else super().proof()


class BearerAuth(_SecretAuth):
    """An OAuth2 access token; the client runs no OAuth flow, the caller brings the token."""

    def __init__(self, token: str) -> None:
        self._secrets = (token,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._secrets[0]}"
        yield request


class BasicCredentials(_SecretAuth):
    def __init__(self, username: str, password: str) -> None:
        encoded = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._secrets = (encoded, password)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Basic {self._secrets[0]}"
        yield request

    def proof(self) -> tuple[str, str] | None:
        return ("authorization", f"Basic {self._secrets[0]}")


class NoAuth(_SecretAuth):
    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield request


class KeyInQueryTransport(httpx.BaseTransport):
    """Sends a copy of each request with the key (from its extensions) in the query."""

    def __init__(self, inner: httpx.BaseTransport, query_name: str) -> None:
        self._inner, self._name = inner, query_name

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(with_key(request, self._name))

    def close(self) -> None:
        self._inner.close()


class AsyncKeyInQueryTransport(httpx.AsyncBaseTransport):
    """``KeyInQueryTransport`` for ``httpx.AsyncClient``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, query_name: str) -> None:
        self._inner, self._name = inner, query_name

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(with_key(request, self._name))

    async def aclose(self) -> None:
        await self._inner.aclose()


def with_key(request: httpx.Request, query_name: str) -> httpx.Request:
    """The request to send: the key, taken out of the extensions, in the query of a copy."""
    extensions = dict(request.extensions)
    key = extensions.pop(API_KEY_EXTENSION, None)
    url = request.url.copy_merge_params({query_name: key}) if key else request.url
    return httpx.Request(
        request.method, url, headers=request.headers, stream=request.stream, extensions=extensions
    )


class OriginGuard:
    """Where a client's credential may go: the origin its request was sent to, and nowhere else.

    That origin is the one the request had when it first left, after the connector's policies
    ran (a ``dynamichosturl`` policy legitimately moves a call off the base URL's host); a
    redirect elsewhere loses the credential. Each request the client builds carries the guard
    in its extensions (httpx hands them to a redirect's request), so the hook acts on this
    client's requests only, even on an ``http_client`` shared with other code.
    """

    EXTENSION: ClassVar[str] = "credential_origin_guard"
    SENT_TO: ClassVar[str] = "credential_origin"

    def __init__(self, scrub: Scrubber) -> None:
        self._scrub = scrub

    def __repr__(self) -> str:
        return "OriginGuard()"

    def check(self, request: httpx.Request) -> None:
        """Off the origin: drop ``Authorization``, every header holding a secret, the query key."""
        origin = _origin(request.url)
        if request.extensions.setdefault(self.SENT_TO, origin) == origin:
            return
        request.extensions.pop(API_KEY_EXTENSION, None)
        for name, value in list(request.headers.items()):
            if name.lower() == "authorization" or self._scrub.finds(value):
                del request.headers[name]


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


def _guard(request: httpx.Request) -> None:
    guard = request.extensions.get(OriginGuard.EXTENSION)
    if isinstance(guard, OriginGuard):
        guard.check(request)


async def _async_guard(request: httpx.Request) -> None:
    _guard(request)


def guard_redirects(http: httpx.Client | httpx.AsyncClient) -> None:
    """Install the guard's hook on ``http``, first (before the caller's own hooks see a
    request), once however many clients share it."""
    hook = _guard if isinstance(http, httpx.Client) else _async_guard
    hooks = http.event_hooks
    if hook not in hooks["request"]:
        http.event_hooks = {**hooks, "request": [hook, *hooks["request"]]}
