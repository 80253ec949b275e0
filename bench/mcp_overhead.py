"""What an MCP tool call costs over the same client call made directly, in one process.

One sandbox (its own process, so it does not share this one's GIL) holds a dashboard. The
same read, GetDashboard, is made through ``textrequest.AsyncClient`` directly and as the
tool ``GetDashboard`` of the package's MCP server, through the official MCP client in an
in-memory session (JSON-RPC messages, validation of the arguments and of the answer
against the tool's schemas, both ends). A third way makes the same call inside a tool that
does nothing else (see ``floor_server``): what the SDK alone costs, so the two ratios tell
the server's own share from the SDK's. Calls alternate one by one, so that drift in the
machine's load hits all alike; the medians are printed, and the ratio against the target
of at most 1.3.

    .venv/bin/python bench/mcp_overhead.py [--calls 400] [--client generated/client]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import anyio
from mcp import types
from mcp.shared.memory import create_connected_server_and_client_session
from trconnect.sandbox.testing import SandboxServer

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3
PHONE = "4235550100"


def floor_server(server: Any, tools: Any, client: Any, dashboard: int) -> Any:
    """The SDK's floor: every tool makes the same client call and returns a fixed answer, so
    the only work besides the call is the MCP session's (messages, tasks, and the official
    client's check of the output schema against its metaschema, on every call)."""

    class Floor(server.ToolServer):  # type: ignore[misc]
        async def call(self, name: str, arguments: Any) -> types.CallToolResult:
            answer = await client.dashboards.retrieve(dashboard)
            fixed = {"id": answer.id, "name": answer.name, "phone": answer.phone}
            return types.CallToolResult(content=[server.text("fixed")], structuredContent=fixed)

    return Floor(tools, client).server


async def timed(call: Any) -> float:
    start = time.perf_counter()
    await call()
    return time.perf_counter() - start


async def measure(tr: Any, mcp: Any, server: Any, sandbox: SandboxServer, calls: int) -> None:
    async with tr.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as client:
        dashboard = (await client.dashboards.create(phone=PHONE, name="Bench")).id
        tools = server.ToolServer(mcp.TOOLS, client)
        arguments = {"dashboard_id": dashboard}
        async with (
            create_connected_server_and_client_session(tools.server) as session,
            create_connected_server_and_client_session(
                floor_server(server, mcp.TOOLS, client, dashboard)
            ) as bare_session,
        ):
            await session.list_tools()
            await bare_session.list_tools()
            runs: dict[str, list[float]] = {"direct": [], "tool": [], "floor": []}
            for _ in range(calls):
                runs["direct"].append(await timed(lambda: client.dashboards.retrieve(dashboard)))
                runs["tool"].append(
                    await timed(lambda: session.call_tool("GetDashboard", arguments))
                )
                runs["floor"].append(
                    await timed(lambda: bare_session.call_tool("GetDashboard", arguments))
                )
            result = await session.call_tool("GetDashboard", arguments)
            assert not result.isError, result.content
    direct, tool, bare = (statistics.median(runs[key]) for key in ("direct", "tool", "floor"))
    print(f"GetDashboard, {calls} calls each, alternating, one sandbox on 127.0.0.1")
    print(f"  client directly                  : median {direct * 1000:.3f} ms")
    print(f"  MCP tool call                    : median {tool * 1000:.3f} ms")
    print(f"  same call in a do-nothing tool   : median {bare * 1000:.3f} ms (the SDK's floor)")
    verdict = "ok" if tool / direct <= TARGET else "over the target"
    print(f"  ratio tool / direct: {tool / direct:.2f}x (target <= {TARGET}x: {verdict})")
    print(f"  ratio floor / direct: {bare / direct:.2f}x; tool / floor: {tool / bare:.2f}x")


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
