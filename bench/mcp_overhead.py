"""What an MCP tool call costs over the same client call made directly, in one process.

One sandbox (its own process, so it does not share this one's GIL) holds a dashboard. The
same read, GetDashboard, is made through ``textrequest.AsyncClient`` directly and as the
tool ``GetDashboard`` of the package's MCP server, called with the official MCP client
(``mcp.Client``) in three ways:

- in process, as ``Client(server)`` connects to a server in the same process: the SDK hands
  each request to the server without JSON-RPC framing, and everything a tool call does
  stays (the arguments checked against the input schema, the client call, the answer
  checked by the client against the output schema);
- over in-memory streams, JSON-RPC messages both ways as over stdio without the pipe, in
  the current protocol (2026-07-28) and in the initialize-handshake era before it
  (2025-11-25, what Copilot Studio and most hosts speak today).

A fifth way makes the same call in process inside a tool that does nothing else (see
``floor_server``): what the SDK alone costs, so the server's own share shows. Calls
alternate one by one, so that drift in the machine's load hits all alike; the medians are
printed, and each tool way's ratio against the target of at most 1.3.

    .venv/bin/python bench/mcp_overhead.py [--calls 400] [--client generated/client]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import statistics
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
from mcp import Client, types
from mcp.shared.memory import create_client_server_memory_streams
from trconnect.sandbox.testing import SandboxServer

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3
PHONE = "4235550100"
WAYS = {
    "direct": "client directly",
    "in_process": "MCP tool call, in process",
    "floor": "same call in a do-nothing tool",
    "streams": "MCP tool call, JSON-RPC 2026-07-28",
    "handshake": "MCP tool call, JSON-RPC 2025-11-25",
}
TOOL_WAYS = ("in_process", "streams", "handshake")


def floor_server(server: Any, tools: Any, client: Any, dashboard: int) -> Any:
    """The SDK's floor: every tool makes the same client call and returns a fixed answer, so
    the only work besides the call is the MCP session's (messages, tasks, and the official
    client's check of the answer against the output schema)."""

    class Floor(server.ToolServer):  # type: ignore[misc]
        async def call(self, name: str, arguments: Any) -> types.CallToolResult:
            answer = await client.dashboards.retrieve(dashboard)
            fixed = {"id": answer.id, "name": answer.name, "phone": answer.phone}
            return types.CallToolResult(content=[server.text("fixed")], structured_content=fixed)

    return Floor(tools, client).server


@contextlib.asynccontextmanager
async def in_memory(server: Any) -> AsyncIterator[Any]:
    """A transport to ``server`` run in this process: JSON-RPC messages on memory streams,
    so the client's session and the server's loop do all they do over stdio."""
    async with (
        create_client_server_memory_streams() as ((client_read, client_write), streams),
        anyio.create_task_group() as group,
    ):
        group.start_soon(server.run, *streams, server.create_initialization_options())
        yield client_read, client_write
        await client_write.aclose()


async def timed(call: Any) -> float:
    start = time.perf_counter()
    await call()
    return time.perf_counter() - start


async def measure(tr: Any, mcp: Any, server: Any, sandbox: SandboxServer, calls: int) -> None:
    async with tr.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as client:
        dashboard = (await client.dashboards.create(phone=PHONE, name="Bench")).id
        tools = server.ToolServer(mcp.TOOLS, client).server
        floor = floor_server(server, mcp.TOOLS, client, dashboard)
        arguments = {"dashboard_id": dashboard}
        async with (
            Client(tools) as in_process,
            Client(floor) as bare,
            Client(in_memory(tools)) as streams,
            Client(in_memory(tools), mode="legacy") as handshake,
        ):
            sessions = {"in_process": in_process, "floor": bare}
            sessions |= {"streams": streams, "handshake": handshake}
            ways = {"direct": lambda: client.dashboards.retrieve(dashboard)}
            for way, session in sessions.items():
                result = await session.call_tool("GetDashboard", arguments)
                assert not result.is_error, result.content
                ways[way] = functools.partial(session.call_tool, "GetDashboard", arguments)
            runs: dict[str, list[float]] = {way: [] for way in WAYS}
            for _ in range(calls):
                for way, call in ways.items():
                    runs[way].append(await timed(call))
    report(calls, {way: statistics.median(times) for way, times in runs.items()})


def report(calls: int, median: dict[str, float]) -> None:
    print(f"GetDashboard, {calls} calls each, alternating, one sandbox on 127.0.0.1")
    for way, label in WAYS.items():
        print(f"  {label:<34}: median {median[way] * 1000:.3f} ms")
    direct = median["direct"]
    for way in TOOL_WAYS:
        ratio = median[way] / direct
        verdict = "ok" if ratio <= TARGET else "over the target"
        print(f"  ratio {way} / direct: {ratio:.2f}x (target <= {TARGET}x: {verdict})")
    print(
        f"  ratio floor / direct: {median['floor'] / direct:.2f}x; "
        f"in_process / floor: {median['in_process'] / median['floor']:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--client", type=Path, default=ROOT / "generated" / "client")
    args = parser.parse_args()
    sys.path.insert(0, str(args.client.resolve()))
    import textrequest as tr
    from textrequest import _mcp_server as server
    from textrequest import mcp

    with SandboxServer(subprocess=True) as sandbox:
        anyio.run(measure, tr, mcp, server, sandbox, args.calls)


if __name__ == "__main__":
    main()
