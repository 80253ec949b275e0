"""The MCP server of a client rendered fresh from the spec, run as its users run it.

``python -m textrequest.mcp`` is started as a process (stdio, or Streamable HTTP on a free
port) against a sandbox, and spoken to with the official MCP client in either protocol era:
``auto`` negotiates the current per-request protocol (2026-07-28), ``legacy`` the initialize
handshake that hosts made before it (2025-11-25), as Copilot Studio and most hosts still do.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from trconnect.model import Definition
from trconnect.model.profile import for_spec
from trconnect.render.client import render_client
from trconnect.sandbox.testing import SandboxServer

from tests.conftest import ROOT, SPEC

OVERRIDES = ROOT / "overrides" / "client"
PACKAGE = "textrequest"
MODES = ("auto", "legacy")


@pytest.fixture(scope="session")
def client_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    definition = Definition.load(SPEC)
    out = tmp_path_factory.mktemp("mcp") / "client"
    render_client(definition, out, overrides=OVERRIDES, profile=for_spec(definition))
    return out


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def server_env(client_dir: Path, sandbox: SandboxServer, key: str | None = None) -> dict[str, str]:
    return {
        "PYTHONPATH": str(client_dir),
        "TEXTREQUEST_API_KEY": key or sandbox.api_key,
        "TEXTREQUEST_BASE_URL": sandbox.base_url,
    }


@contextlib.asynccontextmanager
async def stdio_session(
    client_dir: Path,
    sandbox: SandboxServer,
    *args: str,
    key: str | None = None,
    mode: str = "auto",
) -> AsyncIterator[Client]:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", f"{PACKAGE}.mcp", *args],
        env=server_env(client_dir, sandbox, key),
        cwd=str(client_dir),
    )
    async with Client(params, mode=mode) as session:
        yield session


@contextlib.contextmanager
def http_server(client_dir: Path, sandbox: SandboxServer, *args: str, log: Path) -> Iterator[str]:
    """``python -m textrequest.mcp --http`` on a free port; yields the /mcp URL."""
    env = {**os.environ, **server_env(client_dir, sandbox)}
    with serving(PACKAGE, client_dir, env, *args, log=log) as url:
        yield url


@contextlib.contextmanager
def serving(
    package: str, client_dir: Path, env: dict[str, str], *args: str, log: Path
) -> Iterator[str]:
    """``python -m <package>.mcp --http`` on a free loopback port; yields the /mcp URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with log.open("w") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", f"{package}.mcp", "--http", f"127.0.0.1:{port}", *args],
            env=env,
            cwd=client_dir,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        try:
            _wait_for_port(port, process)
            yield f"http://127.0.0.1:{port}/mcp"
        finally:
            process.terminate()
            process.wait(timeout=10)


def _wait_for_port(port: int, process: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, "the MCP server exited before listening"
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise AssertionError("the MCP server did not listen within 20 s")


@contextlib.asynccontextmanager
async def http_session(
    url: str, key: str, mode: str = "auto", header: str = "x-api-key"
) -> AsyncIterator[Client]:
    async with (
        httpx2.AsyncClient(headers={header: key}, timeout=30) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode) as session,
    ):
        yield session
