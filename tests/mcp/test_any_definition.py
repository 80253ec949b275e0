"""Any definition's client gets an MCP server by the same rules: a corpus connector,
generated with ``python -m generator generate --spec X --out D``, lists one tool per action."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from tests.conftest import ROOT, SHARED

CORPUS = SHARED / "corpus" / "touchSMS" / "apiDefinition.swagger.json"
METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is not here")
    out = tmp_path_factory.mktemp("corpus") / "out"
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(CORPUS), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def test_the_corpus_client_serves_one_tool_per_action(generated: Path) -> None:
    report = json.loads((generated / "report.json").read_text())
    package = report["client"]["package"]
    paths = json.loads(CORPUS.read_text())["paths"]
    actions = {
        op["operationId"]: method
        for item in paths.values()
        for method, op in item.items()
        if method in METHODS and "x-ms-trigger" not in op
    }
    prefix = package.upper()
    env = {f"{prefix}_{name}": "corpus-secret" for name in ("API_KEY", "ACCESS_TOKEN")}
    env |= {f"{prefix}_USERNAME": "user", f"{prefix}_PASSWORD": "corpus-secret"}
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", f"{package}.mcp"],
        env={"PYTHONPATH": str(generated / "client"), **env},
    )
    assert (generated / "client" / package / "mcp.py").is_file()

    async def run() -> list[Any]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            return (await session.list_tools()).tools

    tools = anyio.run(run)
    assert sorted(t.name for t in tools) == sorted(actions)
    for tool in tools:
        method = actions[tool.name]
        hints = tool.annotations
        assert hints is not None
        assert hints.readOnlyHint is (method == "get")
        assert hints.destructiveHint is (method == "delete")
        assert hints.openWorldHint is False  # the generic profile names nobody reached
        if method == "post":
            assert hints.idempotentHint is False and hints.readOnlyHint is False
