"""A redirect to another origin carries no credential, whatever ``http_client`` the caller brings.

httpx strips only ``Authorization`` on such a redirect: with
``http_client=httpx.Client(follow_redirects=True)`` an ``x-api-key`` header, a key in the
query (its extension rides along) or any header made from a secret would reach the other
host. Each case here redirects the client's call to ``evil.example`` through the caller's
own client, sync and async, and looks at what arrived there.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import CONTACT, json_response
from .test_auth_schemes import SECRET, Generated, generated, get_thing

__all__ = ["generated"]  # the fixture of test_auth_schemes: one client per scheme

EVIL = "http://evil.example/steal"
BASE_URL = "https://api.example.test/v1"


class Redirecting:
    """The API answers 302 to ``location``; any other host answers 200. Records each request."""

    def __init__(self, location: str, body: Any) -> None:
        self.location, self.body = location, body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == "api.example.test" and request.url.path != "/moved":
            return httpx.Response(302, headers={"location": self.location})
        return json_response(200, self.body)


def shows(request: httpx.Request, secret: str) -> bool:
    """Whether ``secret`` (or its Basic encoding) is anywhere in what was sent."""
    sent = str(request.url) + repr(request.headers.raw)
    return secret in sent or "authorization" in {k.lower() for k in request.headers}


def tr_client(tr: ModuleType, http: httpx.Client, **options: Any) -> Any:
    return tr.Client(API_KEY, base_url=BASE_URL, http_client=http, retry=None, **options)


def test_the_key_header_does_not_follow_a_redirect_to_another_origin(tr: ModuleType) -> None:
    server = Redirecting(EVIL, CONTACT)
    seen_by_hook: list[str | None] = []
    with httpx.Client(
        transport=httpx.MockTransport(server),
        follow_redirects=True,
        event_hooks={"request": [lambda r: seen_by_hook.append(r.headers.get("x-api-key"))]},
    ) as http:
        api = tr_client(tr, http, default_headers={"x-copy-of-key": API_KEY, "x-trace": "t1"})
        assert api.contacts.retrieve(1, "1").first_name == "Ada"
    first, evil = server.requests
    assert first.headers["x-api-key"] == API_KEY and first.headers["x-copy-of-key"] == API_KEY
    assert evil.url.host == "evil.example"
    assert API_KEY not in repr(evil.headers.raw) + str(evil.url)
    assert evil.headers["x-trace"] == "t1"  # only what holds a secret is dropped
    assert seen_by_hook == [API_KEY, None]  # the caller's own hook runs after the guard


def test_the_async_client_drops_it_too(tr: ModuleType) -> None:
    server = Redirecting(EVIL, CONTACT)

    async def run() -> None:
        transport = httpx.MockTransport(server)
        async with httpx.AsyncClient(transport=transport, follow_redirects=True) as http:
            api = tr.AsyncClient(API_KEY, base_url=BASE_URL, http_client=http, retry=None)
            await api.contacts.retrieve(1, "1")

    asyncio.run(run())
    first, evil = server.requests
    assert first.headers["x-api-key"] == API_KEY
    assert evil.url.host == "evil.example" and API_KEY not in repr(evil.headers.raw)


def test_a_redirect_within_the_origin_keeps_the_key(tr: ModuleType) -> None:
    server = Redirecting("/moved", CONTACT)
    with httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True) as http:
        tr_client(tr, http).contacts.retrieve(1, "1")
    assert [r.url.path for r in server.requests][-1] == "/moved"
    assert server.requests[-1].headers["x-api-key"] == API_KEY


def test_other_requests_through_a_shared_http_client_are_left_alone(tr: ModuleType) -> None:
    """The guard acts on this client's requests only (it rides in their extensions)."""
    server = Redirecting(EVIL, CONTACT)
    with httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True) as http:
        tr_client(tr, http)
        tr_client(tr, http)  # a second client: the hook is installed once
        assert http.event_hooks["request"].count(http.event_hooks["request"][0]) == 1
        http.get("http://other.example/", headers={"x-api-key": "theirs"})
    assert server.requests[0].headers["x-api-key"] == "theirs"


def sync_call(gen: Generated, http: httpx.Client) -> None:
    get_thing(gen.package.Client(**gen.case.arguments, base_url=BASE_URL, http_client=http))


def async_call(gen: Generated, server: Callable[[httpx.Request], httpx.Response]) -> None:
    async def run() -> None:
        transport = httpx.MockTransport(server)
        async with httpx.AsyncClient(transport=transport, follow_redirects=True) as http:
            args = gen.case.arguments
            api = gen.package.AsyncClient(**args, base_url=BASE_URL, http_client=http)
            await api.things.get_thing("t-1", q="x")

    asyncio.run(run())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_no_scheme_s_credential_follows_a_redirect_to_another_origin(
    generated: Generated, flavour: str
) -> None:
    """Bearer, Basic and a key in the query: the query key would ride along in the
    request's extensions onto the redirect, and be put in evil.example's URL."""
    server = Redirecting(EVIL, {"id": "t-1"})
    if flavour == "sync":
        with httpx.Client(transport=httpx.MockTransport(server), follow_redirects=True) as http:
            sync_call(generated, http)
    else:
        async_call(generated, server)
    first, evil = server.requests
    assert generated.case.received(first)
    assert evil.url.host == "evil.example" and not shows(evil, SECRET)
