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
from mcp import Client, StdioServerParameters

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
        async with Client(params) as session:
            return (await session.list_tools()).tools

    tools = anyio.run(run)
    assert sorted(t.name for t in tools) == sorted(actions)
    for tool in tools:
        method = actions[tool.name]
        hints = tool.annotations
        assert hints is not None
        assert hints.read_only_hint is (method == "get")
        assert hints.destructive_hint is (method == "delete")
        assert hints.open_world_hint is False  # the generic profile names nobody reached
        if method == "post":
            assert hints.idempotent_hint is False and hints.read_only_hint is False


ALL_OF_SPEC = {
    "swagger": "2.0",
    "info": {"title": "Parts", "version": "1.0", "description": "A body made of parts."},
    "host": "example.com",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "paths": {
        "/notes": {
            "post": {
                "operationId": "CreateNote",
                "summary": "Create a note",
                "parameters": [
                    {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Note"}}
                ],
                "responses": {"200": {"description": "The note"}},
            }
        }
    },
    "definitions": {
        "Base": {
            "type": "object",
            "required": ["title"],
            "properties": {"title": {"type": "string"}},
        },
        "Note": {
            "allOf": [{"$ref": "#/definitions/Base"}, {"properties": {"text": {"type": "string"}}}]
        },
    },
}


def test_a_body_made_of_all_of_parts_is_one_set_of_tool_fields(tmp_path: Path) -> None:
    """The tool's fields are the merged parts, as the connector shows them to a maker."""
    spec, out = tmp_path / "parts.json", tmp_path / "out"
    spec.write_text(json.dumps(ALL_OF_SPEC))
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    package = json.loads((out / "report.json").read_text())["client"]["package"]
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import json, {package}.mcp as m; "
            "print(json.dumps([t.input_schema for t in m.TOOLS]))",
        ],
        env={"PYTHONPATH": str(out / "client")},
        check=True,
        capture_output=True,
        text=True,
    )
    [schema] = json.loads(shown.stdout)
    assert set(schema["properties"]) == {"title", "text"}
    assert {field["type"] for field in schema["properties"].values()} == {"string"}
    assert schema["required"] == ["title"]
