"""``python -m textrequest.mcp`` with the official MCP client, over stdio and Streamable HTTP,
against the sandbox: the tool list, a read, a text that reaches the sandbox, a refusal,
and the switches that narrow the tools served."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import yaml
from jsonschema import Draft7Validator, Draft202012Validator
from mcp import Client
from mcp.types.version import HANDSHAKE_PROTOCOL_VERSIONS as LEGACY_VERSIONS
from mcp.types.version import MODERN_PROTOCOL_VERSIONS
from trconnect.sandbox.testing import SandboxServer

from tests.conftest import ROOT, SPEC

from .conftest import MODES, PACKAGE, http_server, http_session, server_env, stdio_session

PROFILE = ROOT / "spec" / "textrequest.contract.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
PAGE = {"page": 0, "page_size": 100}


def spec_operations() -> dict[str, dict[str, Any]]:
    """Every operationId of the spec with its method and whether it is a trigger, read
    from the YAML itself (not from the generator's model)."""
    paths = yaml.safe_load(SPEC.read_text())["paths"]
    return {
        op["operationId"]: {"method": method, "trigger": "x-ms-trigger" in op}
        for item in paths.values()
        for method, op in item.items()
        if method in METHODS
    }


ACTIONS = {name: op for name, op in spec_operations().items() if not op["trigger"]}
UNSAFE = yaml.safe_load(PROFILE.read_text())["unsafe"]


def expected_annotations(name: str) -> dict[str, bool]:
    """What the issue asks of each tool, from the spec's methods and the profile's lists."""
    method = ACTIONS[name]["method"]
    reaches = name in UNSAFE["reaching_a_person"]
    read = method == "get"
    return {
        "readOnlyHint": read,
        "destructiveHint": not read and (method == "delete" or name in UNSAFE["operations"]),
        "idempotentHint": (read or method in ("put", "delete")) and not reaches,
        "openWorldHint": reaches,
    }


def check_era(session: Client, mode: str) -> None:
    """``auto`` must reach the current protocol, ``legacy`` the handshake era before it."""
    version = session.session.protocol_version
    assert version in (LEGACY_VERSIONS if mode == "legacy" else MODERN_PROTOCOL_VERSIONS), version


async def make_dashboard(session: Client, phone: str) -> int:
    made = await session.call_tool("CreateDashboard", {"name": "MCP", "phone": phone})
    assert not made.is_error, made.content
    assert made.structured_content is not None
    return int(made.structured_content["id"])


async def check_tool_list(session: Client) -> None:
    tools = (await session.list_tools()).tools
    assert len(tools) == 28
    assert sorted(t.name for t in tools) == sorted(ACTIONS)
    for tool in tools:
        Draft202012Validator.check_schema(tool.input_schema)
        Draft7Validator.check_schema(tool.input_schema)
        assert tool.annotations is not None
        shown = tool.annotations.model_dump(by_alias=True, exclude={"title"}, exclude_none=True)
        assert shown == expected_annotations(tool.name), tool.name
        assert tool.description and tool.title


async def check_read_and_text(session: Client, sandbox: SandboxServer, phone: str) -> None:
    dashboard = await make_dashboard(session, phone)
    read = await session.call_tool("GetDashboard", {"dashboard_id": dashboard})
    assert not read.is_error and read.structured_content is not None
    assert read.structured_content["phone"] == phone
    body = f"Hello from an agent on {phone}"
    sent = await session.call_tool(
        "SendMessageByPhoneNumber",
        {"dashboard_id": dashboard, "phone_number": "4235550188", "body": body},
    )
    assert not sent.is_error, sent.content
    with sandbox.client() as http:
        answer = http.get(
            f"/dashboards/{dashboard}/contacts/4235550188/messages", params=PAGE
        ).json()
    assert [m["body"] for m in answer["items"]] == [body]
    listed = await session.call_tool(
        "GetMessagesByContactPhone", {"dashboard_id": dashboard, "phone_number": "4235550188"}
    )
    assert listed.structured_content is not None
    assert [m["body"] for m in listed.structured_content["items"]] == [body]


async def check_refusal(session: Client, sandbox: SandboxServer, phone: str) -> None:
    """A text with neither body nor media: the API's 400, as a tool result with its words."""
    dashboard = await make_dashboard(session, phone)
    path = f"/dashboards/{dashboard}/contacts/4235550199/messages"
    with sandbox.client() as http:
        direct = http.post(path, json={})
    assert direct.status_code == 400
    message = direct.json()["message"]
    refused = await session.call_tool(
        "SendMessageByPhoneNumber", {"dashboard_id": dashboard, "phone_number": "4235550199"}
    )
    assert refused.is_error
    text = refused.content[0].text  # type: ignore[union-attr]
    assert message in text and "400" in text
    assert sandbox.api_key not in refused.model_dump_json()


def test_stdio_lists_28_tools_with_their_annotations(client_dir: Path, sandbox: Any) -> None:
    async def run() -> None:
        async with stdio_session(client_dir, sandbox) as session:
            await check_tool_list(session)

    anyio.run(run)


@pytest.mark.parametrize("mode", MODES)
def test_stdio_reads_and_sends_a_text_the_sandbox_keeps(
    client_dir: Path, sandbox: Any, mode: str
) -> None:
    phones = {"auto": ("4235550101", "4235550102"), "legacy": ("4235550106", "4235550107")}

    async def run() -> None:
        async with stdio_session(client_dir, sandbox, mode=mode) as session:
            check_era(session, mode)
            await check_read_and_text(session, sandbox, phones[mode][0])
            await check_refusal(session, sandbox, phones[mode][1])

    anyio.run(run)


def test_stdio_a_wrong_key_is_an_error_result_without_the_key(
    client_dir: Path, sandbox: Any
) -> None:
    wrong = "sk_wrong_7731-never-shown"

    async def run() -> None:
        async with stdio_session(client_dir, sandbox, key=wrong) as session:
            refused = await session.call_tool("GetDashboards", {})
        assert refused.is_error
        assert "401" in refused.content[0].text  # type: ignore[union-attr]
        assert wrong not in refused.model_dump_json()

    anyio.run(run)


def test_read_only_hides_every_write_and_allow_narrows(client_dir: Path, sandbox: Any) -> None:
    reads = sorted(name for name, op in ACTIONS.items() if op["method"] == "get")

    async def run() -> None:
        async with stdio_session(client_dir, sandbox, "--read-only") as session:
            tools = (await session.list_tools()).tools
            assert sorted(t.name for t in tools) == reads
            assert all(t.annotations and t.annotations.read_only_hint for t in tools)
            hidden = await session.call_tool("CreateDashboard", {"phone": "4235550103"})
            assert hidden.is_error
        allowed = ("GetDashboards", "SendMessageByPhoneNumber")
        async with stdio_session(client_dir, sandbox, "--allow", *allowed) as session:
            assert sorted(t.name for t in (await session.list_tools()).tools) == sorted(allowed)

    anyio.run(run)
    with sandbox.client() as http:
        assert all(
            d["phone"] != "4235550103" for d in http.get("/dashboards", params=PAGE).json()["items"]
        )


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--allow", "NoSuchOperation"], "no operation NoSuchOperation"),
        (["--read-only", "--allow", "SendMessageByPhoneNumber"], "not reads"),
    ],
)
def test_a_bad_switch_is_refused_with_a_reason(
    client_dir: Path, sandbox: Any, args: list[str], said: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"{PACKAGE}.mcp", *args],
        env=server_env(client_dir, sandbox),
        cwd=client_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and said in done.stderr


@pytest.mark.parametrize("mode", MODES)
def test_streamable_http_serves_the_same_tools(
    client_dir: Path, sandbox: Any, tmp_path: Path, mode: str
) -> None:
    phones = {"auto": ("4235550104", "4235550105"), "legacy": ("4235550108", "4235550109")}
    with http_server(client_dir, sandbox, log=tmp_path / "server.log") as url:

        async def run() -> None:
            async with http_session(url, sandbox.api_key, mode=mode) as session:
                check_era(session, mode)
                await check_tool_list(session)
                await check_read_and_text(session, sandbox, phones[mode][0])
                await check_refusal(session, sandbox, phones[mode][1])

        anyio.run(run)
        unauthorized = httpx.post(url, json={}, headers={"x-api-key": "not-the-key"})
        assert unauthorized.status_code == 401
        assert "not-the-key" not in unauthorized.text
    assert sandbox.api_key not in (tmp_path / "server.log").read_text()


def test_streamable_http_read_only(client_dir: Path, sandbox: Any, tmp_path: Path) -> None:
    reads = sorted(name for name, op in ACTIONS.items() if op["method"] == "get")
    with http_server(client_dir, sandbox, "--read-only", log=tmp_path / "server.log") as url:

        async def run() -> None:
            async with http_session(url, sandbox.api_key) as session:
                assert sorted(t.name for t in (await session.list_tools()).tools) == reads

        anyio.run(run)
