"""What an MCP tool call costs over the same client call made directly, in one process.

One sandbox (its own process, so it does not share this one's GIL) holds a dashboard. The
same read, GetDashboard, is made through ``textrequest.AsyncClient`` directly and as the
tool ``GetDashboard`` of the package's MCP server, through the official MCP client in an
in-memory session (JSON-RPC messages, validation of the arguments and of the answer
against the tool's schemas, both ends). Calls alternate one by one, so that drift in the
machine's load hits both alike; both medians are printed, and their ratio against the
target of at most 1.3.

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
from mcp.shared.memory import create_connected_server_and_client_session
from trconnect.sandbox.testing import SandboxServer

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3
PHONE = "4235550100"


async def measure(tr: Any, mcp: Any, server: Any, sandbox: SandboxServer, calls: int) -> None:
    async with tr.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as client:
        dashboard = (await client.dashboards.create(phone=PHONE, name="Bench")).id
        tools = server.ToolServer(mcp.TOOLS, client)
        async with create_connected_server_and_client_session(tools.server) as session:
            await session.list_tools()
            arguments = {"dashboard_id": dashboard}
            direct: list[float] = []
            through: list[float] = []
            for _ in range(calls):
                start = time.perf_counter()
                await client.dashboards.retrieve(dashboard)
                direct.append(time.perf_counter() - start)
                start = time.perf_counter()
                result = await session.call_tool("GetDashboard", arguments)
                through.append(time.perf_counter() - start)
                assert not result.isError, result.content
    bare, tool = statistics.median(direct), statistics.median(through)
    print(f"GetDashboard, {calls} calls each, alternating, one sandbox on 127.0.0.1")
    print(f"  client directly : median {bare * 1000:.3f} ms")
    print(f"  MCP tool call   : median {tool * 1000:.3f} ms")
    verdict = "ok" if tool / bare <= TARGET else "over the target"
    print(f"  ratio tool / direct: {tool / bare:.2f}x (target <= {TARGET}x: {verdict})")


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
