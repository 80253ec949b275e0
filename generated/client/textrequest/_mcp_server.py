"""An MCP server over the client: each tool of ``mcp.TOOLS`` is one method of ``AsyncClient``.

A tool call is a client call (``client.with_raw_response.<resource>.<method>``), so it
has the client's retries (a text or a payment is never sent twice), rate limiter and
errors; the answer is returned as JSON, read by the client's parser first. An API
refusal is a tool result with ``isError`` and the server's own message, never a protocol
error. The key stays in the client's ``httpx.Auth`` and, over HTTP, in the gate that
compares each request's key header with it: no result, log line or message holds it.

``python -m <package>.mcp`` serves over stdio; ``--http HOST:PORT`` serves Streamable
HTTP at ``/mcp``; ``--read-only`` and ``--allow OPERATION_ID ...`` narrow the tools served.
"""

from __future__ import annotations

import argparse
import contextlib
import hmac
import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

try:
    import anyio
    import uvicorn
    from jsonschema import validators  # type: ignore[import-untyped]
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
    from mcp import types
    from mcp.server import Server, ServerRequestContext
    from mcp.server.stdio import stdio_server
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.types import Receive, Scope, Send
except ImportError as error:  # the optional extra is not installed
    raise ImportError(
        "the MCP server needs the client's 'mcp' extra (or: pip install 'mcp>=2.3,<3')"
    ) from error

from . import _constants as C
from ._exceptions import APIError, APIStatusError
from ._response import APIResponse

MCP_PATH = "/mcp"
INSTRUCTIONS = (
    f"Tools of the {C.TITLE} API, one per operation. A tool whose annotations say "
    "destructiveHint or openWorldHint changes data or reaches a person (a text, a payment "
    "request): confirm with the user before calling it, and never call it twice for one "
    "request."
)


@dataclass(frozen=True)
class ToolSpec:
    """One tool: what the agent sees, and the client method it calls with which arguments.

    ``positional`` and ``keywords`` name the method's arguments, which are also the input
    schema's properties; an answer that is not an object is returned under ``wrapped_in``
    (MCP's structured content is an object).
    """

    name: str
    title: str
    description: str
    resource: str
    method: str
    positional: tuple[str, ...]
    keywords: tuple[str, ...]
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None
    wrapped_in: str
    read_only: bool
    destructive: bool
    idempotent: bool
    open_world: bool

    def tool(self) -> types.Tool:
        return types.Tool(
            name=self.name,
            title=self.title,
            description=self.description,
            input_schema=self.input_schema,
            output_schema=self.output_schema,
            annotations=types.ToolAnnotations(
                title=self.title,
                read_only_hint=self.read_only,
                destructive_hint=self.destructive,
                idempotent_hint=self.idempotent,
                open_world_hint=self.open_world,
            ),
        )


class RawClient(Protocol):
    """What the server needs of ``AsyncClient``: its raw-response resources, and closing."""

    with_raw_response: Any

    async def close(self) -> None: ...


class ToolServer:
    """The low-level MCP server for ``tools``, each call made with ``client``."""

    def __init__(self, tools: Sequence[ToolSpec], client: RawClient) -> None:
        self.tools = {tool.name: tool for tool in tools}
        self.client = client
        self._listed = [tool.tool() for tool in tools]
        # Built once: jsonschema.validate would check each schema again on every call.
        self._validators = {
            t.name: validators.validator_for(t.input_schema)(t.input_schema) for t in tools
        }
        self.server: Server[Any] = Server(
            C.LOGGER_NAME,
            instructions=INSTRUCTIONS,
            on_list_tools=self._list_tools,
            on_call_tool=self._call_tool,
            # Over HTTP the SDK checks a call's Mcp-Param headers against the input schema;
            # given here, it need not list every tool to find it.
            get_tool_input_schema=self._input_schema,
        )

    def _input_schema(self, name: str) -> dict[str, Any] | None:
        spec = self.tools.get(name)
        return None if spec is None else spec.input_schema

    async def _list_tools(
        self, context: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=self._listed)

    async def _call_tool(
        self, context: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        return await self.call(params.name, params.arguments)

    async def call(self, name: str, arguments: Mapping[str, Any] | None) -> types.CallToolResult:
        """The result of tool ``name``: the answer, or ``isError`` with why there is none."""
        spec = self.tools.get(name)
        if spec is None:
            return error_result(f"no tool {name!r} is served; see tools/list")
        arguments = dict(arguments or {})
        problem = best_match(self._validators[name].iter_errors(arguments))
        if problem is not None:
            where = ".".join(str(part) for part in problem.absolute_path) or "arguments"
            return error_result(f"{name}: {where}: {problem.message}")
        method = getattr(getattr(self.client.with_raw_response, spec.resource), spec.method)
        try:
            response = await method(
                *(arguments[name] for name in spec.positional),
                **{key: arguments[key] for key in spec.keywords if key in arguments},
            )
            response.parse()  # the client's check of the answer
        except APIStatusError as error:
            return error_result(f"{name} refused (HTTP {error.status_code}): {error.message}")
        except (APIError, ValueError, TypeError) as error:
            return error_result(f"{name} failed: {error}")
        return success_result(spec, response)


def success_result(spec: ToolSpec, response: APIResponse[Any]) -> types.CallToolResult:
    """The answer as structured content, with a short text saying what came back."""
    said = f"{spec.name}: HTTP {response.status_code}"
    if not response.content:
        return types.CallToolResult(content=[text(f"{said}, no content")])
    try:
        data = response.json()
    except ValueError:
        data = response.text
    structured = {spec.wrapped_in: data} if spec.wrapped_in else data
    if not isinstance(structured, dict):  # an answer its definition does not describe
        structured = None
    # MCP asks for the JSON as text too, for clients that read no structured content.
    dumped = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return types.CallToolResult(content=[text(f"{said}\n{dumped}")], structured_content=structured)


def error_result(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[text(message)], is_error=True)


def text(value: str) -> types.TextContent:
    return types.TextContent(type="text", text=value)


async def serve_stdio(tools: ToolServer) -> None:
    async with stdio_server() as (read, write):
        await tools.server.run(read, write, tools.server.create_initialization_options())


class KeyGate:
    """The ASGI endpoint at ``/mcp``: a request without our API key header gets a 401.

    A class, not a function, so that Starlette hands it the raw ASGI call.
    """

    def __init__(self, manager: StreamableHTTPSessionManager, key: str) -> None:
        self._manager = manager
        self._header, self._expected = gate_header(key)

    def __repr__(self) -> str:
        return "KeyGate()"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        given = dict(scope.get("headers") or []).get(self._header, b"")
        if self._expected and not hmac.compare_digest(given, self._expected):
            refusal = JSONResponse({"error": f"missing or wrong {self._header.decode()}"}, 401)
            await refusal(scope, receive, send)
            return
        await self._manager.handle_request(scope, receive, send)


def gate_header(key: str) -> tuple[bytes, bytes]:
    """(header, value) an HTTP request must carry: the key as the API itself takes it in a
    header, else as a bearer token; no value to check when the API takes no key."""
    kind: str = C.AUTH_KIND  # a str, not the Literal the constant is, for the comparison
    if not key:
        return b"authorization", b""
    if kind == "header":
        return C.AUTH_NAME.lower().encode(), key.encode()
    return b"authorization", f"Bearer {key}".encode()


def http_app(tools: ToolServer, key: str) -> Starlette:
    """Streamable HTTP at ``/mcp``; every request must carry the key (see :func:`gate_header`)."""
    manager = StreamableHTTPSessionManager(app=tools.server)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with manager.run():
            yield

    route = Route(MCP_PATH, endpoint=KeyGate(manager, key), methods=["GET", "POST", "DELETE"])
    return Starlette(routes=[route], lifespan=lifespan)


async def serve_http(tools: ToolServer, key: str, host: str, port: int) -> None:
    config = uvicorn.Config(http_app(tools, key), host=host, port=port, log_level="warning")
    print(f"serving MCP at http://{host}:{port}{MCP_PATH}", file=sys.stderr, flush=True)
    await uvicorn.Server(config).serve()


def chosen_tools(
    tools: Sequence[ToolSpec], read_only: bool, allowed: Sequence[str] | None
) -> list[ToolSpec]:
    """The tools ``--read-only`` and ``--allow`` leave; ValueError naming what is wrong."""
    known = {tool.name: tool for tool in tools}
    unknown = sorted(set(allowed or ()) - set(known))
    if unknown:
        raise ValueError(f"--allow: no operation {', '.join(unknown)}; known: {', '.join(known)}")
    writes = sorted(name for name in allowed or () if not known[name].read_only)
    if read_only and writes:
        raise ValueError(f"--allow names operations that are not reads: {', '.join(writes)}")
    return [
        tool
        for tool in tools
        if (tool.read_only or not read_only) and (allowed is None or tool.name in allowed)
    ]


def _address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not HOST:PORT (e.g. 127.0.0.1:8765)")
    return host, int(port)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"python -m {__package__}.mcp",
        description=f"Serve the {C.TITLE} API as MCP tools. The key comes from "
        f"{C.API_KEY_ENV}, the base URL from {C.BASE_URL_ENV}.",
    )
    parser.add_argument(
        "--http", type=_address, metavar="HOST:PORT", help=f"serve Streamable HTTP at {MCP_PATH}"
    )
    parser.add_argument("--read-only", action="store_true", help="serve only the reads")
    parser.add_argument(
        "--allow", nargs="+", metavar="OPERATION_ID", help="serve only these operations"
    )
    return parser


def run(
    tools: Sequence[ToolSpec],
    make_client: Callable[[], RawClient],
    argv: Sequence[str] | None = None,
) -> int:
    """The command line: serve the chosen tools until the client disconnects or Ctrl-C."""
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        served = chosen_tools(tools, options.read_only, options.allow)
        client = make_client()
    except ValueError as error:  # a bad --allow, or no key (MissingApiKey)
        parser.error(str(error))
    server = ToolServer(served, client)

    async def serve() -> None:
        try:
            if options.http is None:
                await serve_stdio(server)
            else:
                await serve_http(server, os.environ.get(C.API_KEY_ENV, ""), *options.http)
        finally:
            await client.close()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(serve)
    return 0
