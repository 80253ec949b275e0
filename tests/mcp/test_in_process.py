"""The server in process, as ``mcp.Client(server)`` reaches it (the way bench/mcp_overhead.py
times it): the same tool work as over stdio, the arguments checked and the answer read."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import anyio
from mcp import Client

from tests.conftest import isolated_import

from .conftest import PACKAGE


def test_in_process_calls_do_the_tool_work(client_dir: Path, sandbox: Any) -> None:
    with isolated_import(client_dir, PACKAGE) as package:
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
