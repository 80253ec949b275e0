"""OAuth2, HTTP Basic and an API key in the query: sent as the scheme says, shown nowhere.

Each case renders a one-operation definition with that scheme, then talks to it through
``httpx.MockTransport``: the credential must reach the server, and must not appear in a repr,
an error (even when the server echoes it back), an httpx exception or any log record.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import isolated_import

from .conftest import Rendered, render
from .scripted import Scripted, json_response

SECRET = "s3cr3t-Zq8-CREDENTIAL-7781"
USER = "apikey.2_x"
BASIC = "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()


@dataclass(frozen=True)
class Case:
    """A scheme, how a caller passes its credential, and what the server must receive."""

    kind: str
    scheme: dict[str, Any]
    arguments: dict[str, str]
    env: dict[str, str]  # variable suffix after ``<PACKAGE>_`` -> value
    received: Callable[[httpx.Request], bool]


CASES = [
    Case(
        "bearer",
        {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://login.example.test/authorize",
            "tokenUrl": "https://login.example.test/token",
            "scopes": {"read": "read"},
        },
        {"access_token": SECRET},
        {"ACCESS_TOKEN": SECRET},
        lambda request: request.headers["Authorization"] == f"Bearer {SECRET}",
    ),
    Case(
        "basic",
        {"type": "basic"},
        {"username": USER, "password": SECRET},
        {"USERNAME": USER, "PASSWORD": SECRET},
        lambda request: request.headers["Authorization"] == BASIC,
    ),
    Case(
        "query",
        {"type": "apiKey", "in": "query", "name": "apikey"},
        {"api_key": SECRET},
        {"API_KEY": SECRET},
        lambda request: (
            request.url.params.get("apikey") == SECRET and request.url.params.get("q") == "x"
        ),
    ),
]


def definition(case: Case) -> dict[str, Any]:
    thing = {"type": "object", "properties": {"id": {"type": "string"}}}
    parameters = [
        {"name": "id", "in": "path", "required": True, "type": "string"},
        {"name": "q", "in": "query", "type": "string"},
    ]
    return {
        "swagger": "2.0",
        "info": {"title": f"Auth {case.kind}", "version": "1"},
        "host": "api.example.test",
        "basePath": "/v1",
        "schemes": ["https"],
        "securityDefinitions": {"credential": case.scheme},
        "security": [{"credential": []}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "GetThing",
                    "tags": ["Things"],
                    "parameters": parameters,
                    "responses": {
                        "200": {"description": "The thing", "schema": thing},
                        "400": {"description": "Bad request"},
                    },
                }
            }
        },
    }


@dataclass
class Generated:
    case: Case
    rendered: Rendered
    package: ModuleType

    def client(self, transport: httpx.BaseTransport | None = None, **options: Any) -> Any:
        return self.package.Client(**self.case.arguments, transport=transport, **options)

    def env(self, monkeypatch: pytest.MonkeyPatch, values: dict[str, str] | None = None) -> None:
        prefix = self.rendered.report.package.upper()
        for suffix, value in (self.case.env if values is None else values).items():
            monkeypatch.setenv(f"{prefix}_{suffix}", value)


@pytest.fixture(scope="module", params=CASES, ids=[c.kind for c in CASES])
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Each scheme's client, imported in isolation: the package is named ``textrequest`` too
    (the overrides name it), and must not replace the session's ``tr`` for later tests."""
    case: Case = request.param
    rendered = render(definition(case), tmp_path_factory.mktemp(case.kind) / "client")
    with isolated_import(rendered.path, rendered.report.package) as package:
        yield Generated(case, rendered, package)


def get_thing(client: Any) -> Any:
    return client.things.get_thing("t-1", q="x")


def echo(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """A careless server: its answer repeats the URL, the headers and the decoded password."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = {"url": str(request.url), "headers": dict(request.headers), "password": SECRET}
        return json_response(status, body)

    return answer


def test_the_report_has_no_security_warning(generated: Generated) -> None:
    assert generated.rendered.report.warnings == []


def test_the_credential_is_sent_as_the_scheme_says(generated: Generated) -> None:
    server = Scripted(json_response(200, {"id": "t-1"}))
    assert get_thing(generated.client(server.transport())).id == "t-1"
    assert generated.case.received(server.requests[0])
    assert server.requests[0].url.path == "/v1/things/t-1"


def test_the_async_client_sends_it_too(generated: Generated) -> None:
    server = Scripted(json_response(200, {"id": "t-1"}))

    async def run() -> None:
        args = generated.case.arguments
        async with generated.package.AsyncClient(**args, transport=server.transport()) as api:
            await api.things.get_thing("t-1", q="x")

    asyncio.run(run())
    assert generated.case.received(server.requests[0])


def test_the_credential_comes_from_the_environment(
    generated: Generated, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated.env(monkeypatch)
    server = Scripted(json_response(200, {"id": "t-1"}))
    get_thing(generated.package.Client(transport=server.transport()))
    assert generated.case.received(server.requests[0])


def test_no_credential_is_a_clear_error_naming_the_variables(
    generated: Generated, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = generated.rendered.report.package.upper()
    for suffix in generated.case.env:
        monkeypatch.delenv(f"{prefix}_{suffix}", raising=False)
    with pytest.raises(generated.package.MissingApiKey) as caught:
        generated.package.Client()
    assert all(f"{prefix}_{suffix}" in str(caught.value) for suffix in generated.case.env)


def shown(thing: Any) -> str:
    return repr(thing) + str(thing)


def test_the_credential_is_in_no_repr(generated: Generated) -> None:
    api = generated.client()
    objects = [api, api._http, api._auth, api._http._transport, api.things, api.with_options()]
    objects += [generated.package.AsyncClient(**generated.case.arguments)]
    for thing in objects:
        assert SECRET not in shown(thing) and BASIC not in shown(thing), type(thing)


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500])
def test_the_credential_is_in_no_error_even_when_the_server_echoes_it(
    generated: Generated, status: int
) -> None:
    server = Scripted(echo(status))
    with pytest.raises(generated.package.APIStatusError) as caught:
        get_thing(generated.client(server.transport(), retry=None))
    error = caught.value
    assert generated.case.received(server.requests[0])
    for text in (str(error), repr(error), repr(error.body), repr(vars(error))):
        assert SECRET not in text and BASIC.split()[1] not in text
    assert error.body["password"] == "***"


def test_a_transport_failure_is_ours_and_chains_to_nothing_that_holds_the_credential(
    generated: Generated,
) -> None:
    server = Scripted(httpx.ConnectError("refused"))
    with pytest.raises(generated.package.APIConnectionError) as caught:
        get_thing(generated.client(server.transport(), retry=None))
    assert generated.case.received(server.requests[0])
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None  # no httpx request behind it
    assert SECRET not in shown(error) and SECRET.encode() not in pickle.dumps(error)


def test_the_credential_is_in_no_log_record_of_any_logger(
    generated: Generated, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the package's, httpx's and httpcore's
    server = Scripted(json_response(503, {}), httpx.ConnectError("refused"), echo(400))
    retry = generated.package.RetryPolicy(backoff=0)
    with pytest.raises(generated.package.BadRequest):
        get_thing(generated.client(server.transport(), retry=retry))
    assert server.count == 3 and all(generated.case.received(r) for r in server.requests)
    package = generated.rendered.report.package
    names = {record.name for record in caplog.records}
    assert package in names and "httpx" in names  # the retries and httpx's request line
    for record in caplog.records:
        assert SECRET not in record.getMessage() and BASIC not in record.getMessage()


@contextmanager
def local_server(seen: list[httpx.Request]) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 answering 200 ``{}``; its base URL while it runs."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(httpx.Request("GET", self.path, headers=dict(self.headers)))
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_over_a_real_connection_httpcore_debug_lines_hold_no_credential(
    generated: Generated, caplog: pytest.LogCaptureFixture
) -> None:
    """httpcore logs each step at DEBUG; with a real socket those lines are there to check."""
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []
    arguments = generated.case.arguments
    with (
        local_server(seen) as base_url,
        generated.package.Client(**arguments, base_url=base_url, retry=None) as api,
    ):
        get_thing(api)
    assert generated.case.received(seen[0])
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    for record in caplog.records:
        assert SECRET not in record.getMessage() and BASIC not in record.getMessage()


def test_the_generated_package_documents_how_to_authenticate(generated: Generated) -> None:
    readme = (generated.rendered.path / "README.md").read_text()
    prefix = generated.rendered.report.package.upper()
    assert all(f"{prefix}_{suffix}" in readme for suffix in generated.case.env)
    if generated.case.kind == "bearer":
        docstring = generated.package.Client.__doc__ or ""
        assert "runs no OAuth flow" in readme and "runs no OAuth flow" in docstring


def test_ruff_and_mypy_strict_are_clean(generated: Generated) -> None:
    path, package = generated.rendered.path, generated.rendered.report.package
    tools = Path(sys.executable).parent
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir"]
    for command in (
        [tools / "ruff", "check", "--no-cache", "."],
        [tools / "ruff", "format", "--check", "--no-cache", "."],
        [*mypy, "/dev/null", package],
    ):
        done = subprocess.run(command, cwd=path, capture_output=True, text=True)
        assert done.returncode == 0, json.dumps([str(c) for c in command]) + done.stdout
