"""The server in process, as ``mcp.Client(server)`` reaches it (the way bench/mcp_overhead.py
times it): the same tool work as over stdio, the arguments checked and the answer read."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import anyio
import pytest
from mcp import Client

from .conftest import PACKAGE


@pytest.fixture(scope="module")
def package(client_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(client_dir))
    try:
        yield __import__(PACKAGE)
    finally:
        sys.path.remove(str(client_dir))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def test_in_process_calls_do_the_tool_work(package: ModuleType, sandbox: Any) -> None:
    tools = importlib.import_module(f"{PACKAGE}.mcp").TOOLS
    tool_server = importlib.import_module(f"{PACKAGE}._mcp_server").ToolServer

    async def run() -> None:
        async with package.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as client:
            made = await client.dashboards.create(phone="4235550110", name="In process")
            server = tool_server(tools, client).server
            # What the SDK checks an HTTP call's Mcp-Param headers against.
            assert server.get_tool_input_schema("GetDashboard")["required"] == ["dashboard_id"]
            assert server.get_tool_input_schema("NoSuchTool") is None
            async with Client(server) as session:
                read = await session.call_tool("GetDashboard", {"dashboard_id": made.id})
                assert not read.is_error, read.content
                assert read.structured_content == {
                    "id": made.id,
                    "name": "In process",
                    "phone": "4235550110",
                }
                wrong = await session.call_tool("GetDashboard", {"dashboard_id": "one"})
                assert wrong.is_error
                assert "dashboard_id" in wrong.content[0].text  # type: ignore[union-attr]

    anyio.run(run)
