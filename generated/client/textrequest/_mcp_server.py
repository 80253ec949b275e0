"""An MCP server over the client: each tool of ``mcp.TOOLS`` is one method of ``AsyncClient``.

A tool call is a client call (``client.with_raw_response.<resource>.<method>``), so it
has the client's retries (a text or a payment is never sent twice), rate limiter and
errors; the answer is returned as JSON, read by the client's parser first and scrubbed of
the client's secrets. An API refusal is a tool result with ``isError`` and the server's own
message, never a protocol error. The key stays in the client's ``httpx.Auth`` and, over
HTTP, in the gate: no result, log line or message holds it.

``python -m <package>.mcp`` serves over stdio; ``--http HOST:PORT`` serves Streamable
HTTP at ``/mcp``; ``--read-only`` and ``--allow OPERATION_ID ...`` narrow the tools served.
Over HTTP the server is a door to the operator's account, so it never opens unlocked:
each request must show the serving credential (the client's own, as the API takes it,
or ``--serve-token``/``<PREFIX>_MCP_TOKEN`` as a bearer token), compared in constant
time, and carry a loopback ``Host`` and ``Origin`` (DNS rebinding: a web page the
operator visits must not drive it) unless ``--allow-host``/``--allow-origin`` widen them.
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
    from mcp.server.transport_security import (
        TransportSecurityMiddleware,
        TransportSecuritySettings,
    )
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from starlette.types import Receive, Scope, Send
except ImportError as error:  # the optional extra is not installed
    raise ImportError(
        "the MCP server needs the client's 'mcp' extra (or: pip install 'mcp>=2.3,<3')"
    ) from error

from . import _constants as C
from ._auth import _SecretAuth
from ._exceptions import APIError, APIStatusError
from ._response import APIResponse
from ._scrub import Scrubber

MCP_PATH = "/mcp"
INSTRUCTIONS = (
    f"Tools of the {C.TITLE} API, one per operation. A tool whose annotations say "
    "destructiveHint or openWorldHint changes data or reaches a person (a text, a payment "
    "request): confirm with the user before calling it, and never call it twice for one "
    "request."
)
# Who may reach the server over HTTP unless --allow-host/--allow-origin add more: this
# machine under its loopback names, on any port (the SDK's patterns).
LOOPBACK = ("127.0.0.1", "localhost", "[::1]")
LOOPBACK_HOSTS = tuple(f"{host}{port}" for host in LOOPBACK for port in ("", ":*"))
LOOPBACK_ORIGINS = tuple(
    f"{scheme}://{host}" for scheme in ("http", "https") for host in LOOPBACK_HOSTS
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
    """What the server needs of ``AsyncClient``: its raw-response resources, its credential
    (the HTTP gate's proof), its scrubber (for results), and closing."""

    with_raw_response: Any
    _auth: _SecretAuth
    _scrubber: Scrubber

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
        return success_result(spec, response, self.client._scrubber)


def success_result(
    spec: ToolSpec, response: APIResponse[Any], scrub: Scrubber
) -> types.CallToolResult:
    """The answer as structured content, with a short text saying what came back; a
    secret the API echoes (even escaped) is blanked, as in the client's errors."""
    said = f"{spec.name}: HTTP {response.status_code}"
    if not response.content:
        return types.CallToolResult(content=[text(f"{said}, no content")])
    try:
        data = scrub.value(response.json())
        dumped = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (ValueError, RecursionError):  # not JSON, or nested too deep to pass on as JSON
        data = dumped = scrub.text(response.text)
    structured = {spec.wrapped_in: data} if spec.wrapped_in else data
    if not isinstance(structured, dict):  # an answer its definition does not describe
        structured = None
    # MCP asks for the JSON as text too, for clients that read no structured content.
    return types.CallToolResult(content=[text(f"{said}\n{dumped}")], structured_content=structured)


def error_result(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=[text(message)], is_error=True)


def text(value: str) -> types.TextContent:
    return types.TextContent(type="text", text=value)


async def serve_stdio(tools: ToolServer) -> None:
    async with stdio_server() as (read, write):
        await tools.server.run(read, write, tools.server.create_initialization_options())


class Gate:
    """The ASGI endpoint at ``/mcp``: a foreign ``Host`` or ``Origin`` gets a 403, a request
    without the serving credential a 401; the rest reach the SDK.

    The origin check is the SDK's (``TransportSecuritySettings``), answered with 403 (the
    SDK says 421 for a Host) and made before the credential, which is compared with
    ``hmac.compare_digest``: no timing tells a caller how much of it was right. No answer
    or log line holds a credential (the SDK logs a refused Host or Origin, nothing else).
    A class, not a function, so that Starlette hands it the raw ASGI call.
    """

    def __init__(
        self,
        manager: StreamableHTTPSessionManager,
        proof: tuple[str, str],
        security: TransportSecuritySettings,
    ) -> None:
        self._manager = manager
        self._header, self._expected = proof[0].lower().encode(), proof[1].encode()
        self._origins = TransportSecurityMiddleware(security)

    def __repr__(self) -> str:
        return "Gate()"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = await self._origins.validate_request(Request(scope))
        if refusal is not None:
            said = bytes(refusal.body).decode()  # "Invalid Host header", "Invalid Origin header"
            await JSONResponse({"error": said}, 403)(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(self._header, b"")
        if not hmac.compare_digest(given, self._expected):
            refusal = JSONResponse({"error": f"missing or wrong {self._header.decode()}"}, 401)
            await refusal(scope, receive, send)
            return
        await self._manager.handle_request(scope, receive, send)


def security(hosts: Sequence[str], origins: Sequence[str]) -> TransportSecuritySettings:
    """Loopback ``Host`` and ``Origin`` only, plus what ``--allow-host``/``--allow-origin`` add."""
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[*LOOPBACK_HOSTS, *hosts],
        allowed_origins=[*LOOPBACK_ORIGINS, *origins],
    )


def serving_proof(client: RawClient, serve_token: str) -> tuple[str, str]:
    """What an HTTP caller must show: the serve token as a bearer token when there is one,
    else the client's own credential as the API takes it; ValueError naming what to set."""
    proof = ("authorization", f"Bearer {serve_token}") if serve_token else client._auth.proof()
    if proof is None:
        raise ValueError(
            f"serving over HTTP needs a credential callers must show: set {C.SERVE_TOKEN_ENV} "
            "(or pass --serve-token)"
        )
    return proof


def http_app(
    tools: ToolServer, proof: tuple[str, str], settings: TransportSecuritySettings
) -> Starlette:
    """Streamable HTTP at ``/mcp``, behind the :class:`Gate`."""
    manager = StreamableHTTPSessionManager(app=tools.server)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with manager.run():
            yield

    gate = Gate(manager, proof, settings)
    route = Route(MCP_PATH, endpoint=gate, methods=["GET", "POST", "DELETE"])
    return Starlette(routes=[route], lifespan=lifespan)


async def serve_http(app: Starlette, host: str, port: int) -> None:
    config = uvicorn.Config(app, host=host, port=port, log_level="warning")
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
        description=f"Serve the {C.TITLE} API as MCP tools. The credential comes from the "
        f"client's variables (such as {C.API_KEY_ENV}), the base URL from {C.BASE_URL_ENV}.",
    )
    parser.add_argument(
        "--http",
        type=_address,
        metavar="HOST:PORT",
        help=f"serve Streamable HTTP at {MCP_PATH}; each request must show the client's "
        "credential as the API takes it, or the serve token",
    )
    parser.add_argument(
        "--serve-token",
        metavar="TOKEN",
        help="over HTTP, ask callers for 'Authorization: Bearer TOKEN' instead of the client's "
        f"credential (better: set {C.SERVE_TOKEN_ENV}; a command line is visible to others)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST[:PORT]",
        help="over HTTP, also accept this Host header (PORT may be *); only loopback otherwise",
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="over HTTP, also accept this Origin (e.g. https://app.example:*); only loopback "
        "otherwise",
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
    """The command line: serve the chosen tools until the client disconnects or Ctrl-C.

    A missing credential is one line naming what to set, exit 2 (no usage: the switches
    were right).
    """
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        served = chosen_tools(tools, options.read_only, options.allow)
    except ValueError as error:  # a bad --allow
        parser.error(str(error))
    try:
        client = make_client()
        token = options.serve_token or os.environ.get(C.SERVE_TOKEN_ENV, "")
        proof = serving_proof(client, token) if options.http else None
    except ValueError as error:  # no credential (MissingApiKey), or none to guard HTTP with
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 2
    server = ToolServer(served, client)

    async def serve() -> None:
        try:
            if options.http is None or proof is None:  # proof is there whenever --http is
                await serve_stdio(server)
            else:
                settings = security(options.allow_host, options.allow_origin)
                await serve_http(http_app(server, proof, settings), *options.http)
        finally:
            await client.close()

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(serve)
    return 0
