"""The API key: sent as x-api-key, from the argument or the environment, and nowhere else."""

from __future__ import annotations

import asyncio
import logging
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import CONTACT, Scripted, json_response


def echo_headers(status: int) -> Any:
    """A server that repeats the request's headers in its (error) answer."""
    return lambda request: json_response(status, {"you_sent": dict(request.headers)})


def test_the_key_is_sent_as_x_api_key(tr: ModuleType) -> None:
    server = Scripted(json_response(200, CONTACT))
    tr.Client(API_KEY, transport=server.transport()).contacts.retrieve(1, "1")
    assert server.requests[0].headers["x-api-key"] == API_KEY


def test_the_key_comes_from_the_environment(tr: ModuleType, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TEXTREQUEST_API_KEY", "from-env")
    server = Scripted(json_response(200, CONTACT))
    tr.Client(transport=server.transport()).contacts.retrieve(1, "1")
    assert server.requests[0].headers["x-api-key"] == "from-env"


def test_no_key_is_a_clear_error(tr: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTREQUEST_API_KEY", raising=False)
    with pytest.raises(tr.MissingApiKey, match="TEXTREQUEST_API_KEY"):
        tr.Client()


def test_base_url_defaults_to_the_real_api_and_can_point_elsewhere(tr: ModuleType) -> None:
    assert (
        tr.Client(API_KEY).base_url == tr.DEFAULT_BASE_URL == "https://api.textrequest.com/api/v3"
    )
    server = Scripted(json_response(200, CONTACT))
    api = tr.Client(API_KEY, base_url="http://127.0.0.1:9/api/v3", transport=server.transport())
    api.contacts.retrieve(12, "4235550100")
    assert (
        str(server.requests[0].url) == "http://127.0.0.1:9/api/v3/dashboards/12/contacts/4235550100"
    )


def test_the_key_is_in_no_repr(tr: ModuleType) -> None:
    limiter = tr.RateLimiter()
    api = tr.Client(API_KEY, rate_limit=limiter)
    aapi = tr.AsyncClient(API_KEY, rate_limit=limiter)
    objects = [api, aapi, api._http, api._auth, api._http.headers, api.retry, limiter]
    objects += [api.contacts, aapi.contacts, api.with_raw_response, api.with_options(timeout=1)]
    objects += [api.with_raw_response.contacts, vars(api), vars(aapi)]
    for thing in objects:
        assert API_KEY not in repr(thing) and API_KEY not in str(thing), type(thing)


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500, 418])
def test_the_key_is_in_no_error_even_when_the_server_echoes_it(tr: ModuleType, status: int):
    server = Scripted(echo_headers(status))
    api = tr.Client(API_KEY, retry=None, transport=server.transport())
    with pytest.raises(tr.APIStatusError) as caught:
        api.contacts.retrieve(1, "1")
    error = caught.value
    assert API_KEY not in str(error) and API_KEY not in repr(error)
    assert API_KEY not in repr(error.body) and API_KEY not in repr(vars(error))
    assert error.body["you_sent"]["x-api-key"] == "***"


def test_the_key_is_in_no_log_line(tr: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    server = Scripted(json_response(503, {}), httpx.ConnectError("refused"), echo_headers(400))
    caplog.set_level(logging.DEBUG)
    api = tr.Client(API_KEY, retry=tr.RetryPolicy(backoff=0), transport=server.transport())
    with pytest.raises(tr.BadRequest):
        api.contacts.retrieve(1, "1")
    assert server.count == 3
    assert any(
        "retrying GET /api/v3/dashboards/1/contacts/1" in r.getMessage() for r in caplog.records
    )
    assert all(API_KEY not in r.getMessage() for r in caplog.records)


def test_the_async_client_keeps_the_key_out_too(tr: ModuleType) -> None:
    server = Scripted(echo_headers(401))

    async def run() -> Any:
        async with tr.AsyncClient(API_KEY, transport=server.transport()) as api:
            with pytest.raises(tr.Unauthorized) as caught:
                await api.contacts.retrieve(1, "1")
            return caught.value

    error = asyncio.run(run())
    assert server.requests[0].headers["x-api-key"] == API_KEY
    assert API_KEY not in str(error) and API_KEY not in repr(error)
