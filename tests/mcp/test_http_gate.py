"""Over HTTP the MCP server is a door to the operator's account: it never opens unlocked.

An OAuth2 and a basic-auth connector (the definitions of ``tests/client/test_auth_schemes``)
are rendered, served with ``--http`` in front of a local upstream, and knocked on: without
the credential, with a wrong one, from ``Host: evil.example`` or a foreign ``Origin``. Only
the caller showing the credential reaches a tool, and only then does the upstream hear
from the server. A connector that takes no credential needs a serve token to be served.
"""

from __future__ import annotations

import base64
import contextlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from trconnect.model import Definition
from trconnect.render.client import render_client

from tests.client.test_auth_schemes import CASES, SECRET, USER, definition, local_server

from .conftest import MODES, OVERRIDES, http_session, serving

SERVE_TOKEN = "serve-Tk9-only-for-agents-5512"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "knock", "version": "1"},
    },
}
MCP_HEADERS = {"accept": "application/json, text/event-stream"}


@dataclass(frozen=True)
class Served:
    """A rendered connector: its package, where it is, and the credential a caller shows."""

    kind: str
    package: str
    folder: Path
    env: dict[str, str]  # the client's credential variables
    header: str
    proof: str

    def environment(self, base_url: str, **extra: str) -> dict[str, str]:
        return {"PYTHONPATH": str(self.folder), f"{self.prefix}_BASE_URL": base_url, **extra}

    @property
    def prefix(self) -> str:
        return self.package.upper()


def rendered(kind: str, scheme: dict[str, Any] | None, out: Path) -> tuple[str, Path]:
    swagger = definition(next(c for c in CASES if c.kind == "bearer"))
    swagger["info"]["title"] = f"Gate {kind}"
    if scheme is None:
        del swagger["securityDefinitions"], swagger["security"]
    else:
        swagger["securityDefinitions"] = {"credential": scheme}
    report = render_client(Definition.from_data(swagger), out, overrides=OVERRIDES)
    return report.package, out


@pytest.fixture(scope="module", params=["bearer", "basic"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Served:
    case = next(c for c in CASES if c.kind == request.param)
    package, folder = rendered(case.kind, case.scheme, tmp_path_factory.mktemp(case.kind) / "c")
    env = {f"{package.upper()}_{suffix}": value for suffix, value in case.env.items()}
    if case.kind == "bearer":
        return Served(case.kind, package, folder, env, "authorization", f"Bearer {SECRET}")
    basic = "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
    return Served(case.kind, package, folder, env, "authorization", basic)


@contextlib.contextmanager
def upstream_and_server(
    served: Served, tmp_path: Path, *args: str, **extra: str
) -> Iterator[tuple[str, list[httpx.Request]]]:
    """The local upstream API (recording what reaches it) and the MCP server in front."""
    seen: list[httpx.Request] = []
    with local_server(seen) as base_url:
        env = served.environment(base_url, **served.env, **extra)
        with serving(served.package, served.folder, env, *args, log=tmp_path / "log") as url:
            yield url, seen


def knock(url: str, **headers: str) -> httpx.Response:
    return httpx.post(url, json=INITIALIZE, headers={**MCP_HEADERS, **headers}, timeout=30)


@pytest.mark.parametrize("mode", MODES)
def test_only_a_caller_with_the_credential_reaches_the_tools(
    served: Served, tmp_path: Path, mode: str
) -> None:
    with upstream_and_server(served, tmp_path) as (url, seen):
        for refused in (knock(url), knock(url, authorization="Bearer not-it")):
            assert refused.status_code == 401
            assert SECRET not in refused.text and "not-it" not in refused.text
        assert seen == []  # no refused caller made the server spend the operator's credential

        async def run() -> None:
            async with http_session(url, served.proof, mode, served.header) as session:
                assert [t.name for t in (await session.list_tools()).tools] == ["GetThing"]
                got = await session.call_tool("GetThing", {"id": "t-1"})
                assert not got.is_error, got.content

        anyio.run(run)
    assert len(seen) == 1 and seen[0].headers["authorization"] == served.proof
    assert SECRET not in (tmp_path / "log").read_text()


@pytest.mark.parametrize(
    "foreign", [{"host": "evil.example"}, {"origin": "http://evil.example"}], ids=["host", "origin"]
)
def test_a_foreign_host_or_origin_gets_403_even_with_the_credential(
    served: Served, tmp_path: Path, foreign: dict[str, str]
) -> None:
    with upstream_and_server(served, tmp_path) as (url, _):
        port = httpx.URL(url).port
        assert knock(url, **foreign).status_code == 403  # without the credential too
        refused = knock(url, **{served.header: served.proof}, **foreign)
        assert refused.status_code == 403 and SECRET not in refused.text
        loopback = knock(url, **{served.header: served.proof}, origin=f"http://localhost:{port}")
        assert loopback.status_code == 200


def test_allow_host_and_allow_origin_widen_what_is_accepted(served: Served, tmp_path: Path) -> None:
    args = ("--allow-host", "mcp.example:*", "--allow-origin", "https://app.example")
    with upstream_and_server(served, tmp_path, *args) as (url, _):
        proof = {served.header: served.proof}
        port = httpx.URL(url).port
        widened = knock(url, **proof, host=f"mcp.example:{port}", origin="https://app.example")
        assert widened.status_code == 200
        assert knock(url, **proof, host=f"mcp.example:{port}").status_code == 200
        assert knock(url, **proof, host="evil.example").status_code == 403
        assert knock(url, host=f"mcp.example:{port}").status_code == 401  # still locked


def test_a_serve_token_replaces_the_client_credential_at_the_door(
    served: Served, tmp_path: Path
) -> None:
    token = {f"{served.prefix}_MCP_TOKEN": SERVE_TOKEN}
    with upstream_and_server(served, tmp_path, **token) as (url, _):
        assert knock(url, **{served.header: served.proof}).status_code == 401
        assert knock(url, authorization=f"Bearer {SERVE_TOKEN}").status_code == 200
    assert SERVE_TOKEN not in (tmp_path / "log").read_text()


def start(
    package: str, folder: Path, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", f"{package}.mcp", "--http", "127.0.0.1:9", *args],
        env={"PYTHONPATH": str(folder), **env},
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_the_client_credential_it_does_not_start(served: Served) -> None:
    done = start(served.package, served.folder, {})
    wanted = (
        f"{served.prefix}_ACCESS_TOKEN" if served.kind == "bearer" else f"{served.prefix}_PASSWORD"
    )
    assert done.returncode == 2 and wanted in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "usage" not in done.stderr
    assert "Traceback" not in done.stderr


def test_a_connector_without_a_credential_is_served_only_behind_a_serve_token(
    tmp_path: Path,
) -> None:
    package, folder = rendered("open", None, tmp_path / "open")
    done = start(package, folder, {})
    assert done.returncode == 2 and f"{package.upper()}_MCP_TOKEN" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "usage" not in done.stderr
    env = {
        f"{package.upper()}_MCP_TOKEN": SERVE_TOKEN,
        f"{package.upper()}_BASE_URL": "http://127.0.0.1:9",
    }
    with serving(package, folder, {"PYTHONPATH": str(folder), **env}, log=tmp_path / "log") as url:
        assert knock(url).status_code == 401
        assert knock(url, authorization=f"Bearer {SERVE_TOKEN}").status_code == 200
    with serving(
        package,
        folder,
        {"PYTHONPATH": str(folder)},
        "--serve-token",
        SERVE_TOKEN,
        log=tmp_path / "log2",
    ) as url:
        assert knock(url, authorization=f"Bearer {SERVE_TOKEN}").status_code == 200
