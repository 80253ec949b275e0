"""The API key: sent as x-api-key, from the argument or the environment, and nowhere else."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
from types import ModuleType
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

from .conftest import API_KEY
from .scripted import CONTACT, Scripted, json_response

JSON = {"content-type": "application/json"}


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


SLASHED = "sbx_SECRET/KEY+9 z"  # a key with the characters servers escape or encode
SPELLINGS = {
    "php": SLASHED.replace("/", "\\/"),
    "unicode": "".join(f"\\u{ord(c):04x}" for c in SLASHED),
    "unicode-upper": "".join(f"\\u{ord(c):04X}" for c in SLASHED),
    "mixed": "sbx_\\u0053ECRET\\/KEY+9 z",
    "quote": quote(SLASHED, safe=""),
    "quote_plus": quote_plus(SLASHED),
}


def leaks(error: Exception) -> list[str]:
    """Where the key (in any spelling) still shows: str, message, body, headers, pickle."""
    places = {
        "str": str(error),
        "repr": repr(error),
        "message": getattr(error, "message", ""),
        "body": repr(getattr(error, "body", None)),
        "headers": repr(getattr(error, "headers", None)),
        "pickle": pickle.dumps(error).decode("latin-1"),
    }
    forms = [SLASHED, *SPELLINGS.values()]
    return [f"{where}: {form}" for where, text in places.items() for form in forms if form in text]


@pytest.mark.parametrize("spelling", SPELLINGS, ids=list(SPELLINGS))
def test_an_escaped_or_encoded_key_is_scrubbed_from_a_json_body(tr: ModuleType, spelling: str):
    raw = (
        '{"message": "key ' + SPELLINGS[spelling] + ' is not valid",'
        ' "you_sent": {"x-api-key": "' + SPELLINGS[spelling] + '"}}'
    )
    server = Scripted(httpx.Response(401, content=raw.encode(), headers=JSON))
    with pytest.raises(tr.Unauthorized) as caught:
        tr.Client(SLASHED, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    assert server.requests[0].headers["x-api-key"] == SLASHED
    error = caught.value
    assert leaks(error) == []
    assert error.message == "key *** is not valid"  # decoded, then scrubbed: still readable
    assert error.body["you_sent"]["x-api-key"] == "***"
    assert leaks(pickle.loads(pickle.dumps(error))) == []


@pytest.mark.parametrize("spelling", SPELLINGS, ids=list(SPELLINGS))
def test_an_escaped_or_encoded_key_is_scrubbed_from_a_text_body(tr: ModuleType, spelling: str):
    text = f"<html>GET /contacts?api_key={SPELLINGS[spelling]} refused</html>"
    server = Scripted(httpx.Response(500, text=text))
    with pytest.raises(tr.ServerError) as caught:
        tr.Client(SLASHED, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    assert leaks(caught.value) == []
    assert caught.value.body == "<html>GET /contacts?api_key=*** refused</html>"


def test_a_key_echoed_in_a_response_header_is_not_kept(tr: ModuleType) -> None:
    echoed = {"x-echo-key": SLASHED, "www-authenticate": f'Key realm="{quote_plus(SLASHED)}"'}
    server = Scripted(json_response(401, {"message": "no"}, **echoed))
    with pytest.raises(tr.Unauthorized) as caught:
        tr.Client(SLASHED, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    error = caught.value
    assert error.headers["x-echo-key"] == "***"
    assert error.headers["www-authenticate"] == 'Key realm="***"'
    assert leaks(error) == []


DEEP = 100_000


def deep(value: str = "") -> bytes:
    """An answer nested ``DEEP`` arrays deep, ``value`` at the bottom."""
    return ("[" * DEEP + value + "]" * DEEP).encode()


def test_a_100000_deep_answer_is_a_typed_error_not_a_recursion_error(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(200, content=deep(), headers=JSON))
    with pytest.raises(tr.ResponseValidationError) as caught:
        tr.Client(API_KEY, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    assert isinstance(caught.value, tr.TextRequestError)  # the root of the tree
    assert "nested too deeply" in str(caught.value) and "GetContactByPhoneNumber" in str(
        caught.value
    )
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_100000_deep_error_body_is_kept_as_scrubbed_text(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(400, content=deep(f'"{SPELLINGS["php"]}"'), headers=JSON))
    with pytest.raises(tr.BadRequest) as caught:
        tr.Client(SLASHED, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    assert caught.value.body == "[" * DEEP + '"***"' + "]" * DEEP
    assert leaks(caught.value) == []


def test_the_async_client_types_a_deep_answer_too(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(200, content=deep(), headers=JSON))

    async def run() -> None:
        async with tr.AsyncClient(API_KEY, retry=None, transport=server.transport()) as api:
            await api.contacts.retrieve(1, "1")

    with pytest.raises(tr.ResponseValidationError, match="nested too deeply"):
        asyncio.run(run())


def test_an_answer_httpx_cannot_decode_is_a_typed_error_sent_once(tr: ModuleType) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        stream = httpx.ByteStream(b"not gzip")
        return httpx.Response(200, stream=stream, headers={"content-encoding": "gzip"})

    server = Scripted(broken)
    api = tr.Client(SLASHED, retry=tr.RetryPolicy(backoff=0), transport=server.transport())
    with pytest.raises(tr.ResponseValidationError, match="cannot be decoded") as caught:
        api.contacts.retrieve(1, "1")
    assert server.count == 1  # an answer came: not a connection failure to retry
    assert caught.value.__context__ is None and leaks(caught.value) == []


def test_the_scrubber_blanks_a_secret_whole_in_every_spelling(rt: ModuleType) -> None:
    scrub = rt._scrub.Scrubber(["abc", "abc-def/1", "", "k\U0001f600y"])
    assert scrub.text("x abc-def/1 x") == "x *** x"  # the longer secret whole, not "***-def/1"
    assert scrub.text(json.dumps("k\U0001f600y")) == '"***"'  # a surrogate pair, escaped
    assert scrub.text("abc%2Ddef%2f1") == "***"
    assert scrub.value({"abc": ["abc\\/", 1, None]}) == {"***": ["***\\/", 1, None]}
    assert scrub.finds("ABC") is False and "abc" not in repr(scrub)
    nothing = rt._scrub.Scrubber([])
    assert nothing.text("abc") == "abc" and not nothing.finds("abc")


def test_a_transport_failure_s_text_is_scrubbed_too(tr: ModuleType) -> None:
    server = Scripted(httpx.ConnectError(f"refused GET ?key={quote(SLASHED, safe='')}"))
    with pytest.raises(tr.APIConnectionError) as caught:
        tr.Client(SLASHED, retry=None, transport=server.transport()).contacts.retrieve(1, "1")
    assert "key=***" in str(caught.value) and leaks(caught.value) == []
