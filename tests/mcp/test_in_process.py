"""The server in process, as ``mcp.Client(server)`` reaches it (the way bench/mcp_overhead.py
times it): the same tool work as over stdio, the arguments checked and the answer read."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import anyio
import httpx
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


KEY = "sbx_SECRET/KEY-4417"


def answering(status: int, content: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(
        lambda request: httpx.Response(status, content=content, headers=headers)
    )


def test_a_tool_result_holds_no_key_the_api_echoes_nor_a_bare_recursion_error(
    client_dir: Path,
) -> None:
    """A success answer echoing the key (PHP-escaped), and one 100,000 arrays deep."""
    echoed = b'{"id": 1, "name": "sbx_SECRET\\/KEY-4417", "phone": "4235550111"}'
    with isolated_import(client_dir, PACKAGE) as package:
        tools = importlib.import_module(f"{PACKAGE}.mcp").TOOLS
        tool_server = importlib.import_module(f"{PACKAGE}._mcp_server").ToolServer

        async def call(transport: httpx.MockTransport) -> Any:
            async with package.AsyncClient(KEY, transport=transport, retry=None) as client:
                return await tool_server(tools, client).call("GetDashboard", {"dashboard_id": 1})

        read = anyio.run(call, answering(200, echoed))
        assert not read.is_error and read.structured_content["name"] == "***"
        assert "KEY-4417" not in read.model_dump_json()
        deep = anyio.run(call, answering(200, b"[" * 100_000 + b"]" * 100_000))
        assert deep.is_error and "nested too deeply" in deep.content[0].text
