"""A local gate between schemathesis and a live API: refuses unsafe requests, keeps the throttle.

schemathesis is told to test ``http://127.0.0.1:<port>/<base path>``; this server
forwards each request to the live API unless it would reach a blocked operation,
and never lets more than the throttle's calls start per window. Doing it on the
wire, rather than only by filtering operations, means no request schemathesis makes
for any reason (probes, extra checks, stateful steps, undeclared methods) can slip by.
A refused request is answered locally with 403 and recorded, and the run reports it.

With writes allowed, a ``Keeper`` sees each write before it is sent and each answer: a
write it keeps away (aimed at what the run did not make) is answered locally with 404 and
marked with the ``KEPT_AWAY`` header, so no check judges the API by the guard's answer.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx

from .cleanup import Keeper
from .policies import PolicyWire
from .safety import RequestGate
from .throttle import SlidingWindow

# Marks an answer the guard gave itself for a write it kept away.
KEPT_AWAY = "X-Contract-Guard"

# Headers that describe one hop of a connection, not the message; never forwarded.
HOP_HEADERS = frozenset(
    {
        "connection",
        "keep-alive",
        "transfer-encoding",
        "te",
        "trailer",
        "upgrade",
        "host",
        "content-length",
        "content-encoding",
        "proxy-connection",
    }
)
FORWARD_TIMEOUT = 30.0


@dataclass
class GuardLog:
    """What the guard did: requests forwarded and requests refused, as ``(method, path)``."""

    forwarded: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    kept_away: list[tuple[str, str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _GuardServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm on, each answer
    # would wait for the client's delayed ACK (~40 ms).
    disable_nagle_algorithm = True

    def _relay(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        blocked = self.server.gate.match(self.command, self.path)
        if blocked is not None:
            with self.server.log.lock:
                self.server.log.refused.append((self.command, self.path, blocked.operation_id))
            message = (
                f"refused by the contract-test guard: {blocked.operation_id} "
                f"{blocked.unsafe_reason}; name it with --allow-unsafe to send it"
            )
            self._answer(
                403, {"Content-Type": "application/json"}, json.dumps({"message": message}).encode()
            )
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
        keeper = self.server.keeper
        reason = keeper and keeper.admit(self.command, self.path, headers, self.server.send)
        if reason:
            self._keep_away(reason)
            return
        upstream = self.server.send(self.command, self.path, headers, body)
        if upstream is None:
            text = "the live API did not answer"
            self._answer(
                502, {"Content-Type": "application/json"}, json.dumps({"message": text}).encode()
            )
            return
        if keeper is not None:
            keeper.observe(self.command, self.path, upstream.status_code, upstream.content)
        kept = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS}
        self._answer(upstream.status_code, kept, upstream.content)

    def _keep_away(self, reason: str) -> None:
        with self.server.log.lock:
            self.server.log.kept_away.append((self.command, self.path, reason))
        message = json.dumps({"message": f"kept away by the contract-test guard: {reason}"})
        headers = {"Content-Type": "application/json", KEPT_AWAY: "kept-away"}
        self._answer(404, headers, message.encode())

    def _answer(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the request line may carry data the user did not ask to see."""


for _method in ("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"):
    setattr(_Handler, f"do_{_method}", _Handler._relay)


class _GuardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        gate: RequestGate,
        throttle: SlidingWindow,
        client: httpx.Client,
        origin: str,
        keeper: Keeper | None,
        wire: PolicyWire | None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.origin = origin
        self.wire = wire
        self.gate = gate
        self.throttle = throttle
        self.client = client
        self.keeper = keeper
        self.log = GuardLog()

    def send(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes = b""
    ) -> httpx.Response | None:
        """Forward one request within the throttle; None when the live API did not answer.
        With a policy wire, the request is the one Power Platform would send."""
        self.throttle.acquire()
        with self.log.lock:
            self.log.forwarded.append((method, path))
        request = self.client.build_request(
            method, self.origin + path, headers=dict(headers), content=body
        )
        try:
            if self.wire is None:
                return self.client.send(request)
            return self.client.send(self.wire.route(request), auth=self.wire.auth)
        except httpx.HTTPError:
            return None


@dataclass
class Guard:
    """A running guard: ``base_url`` is where to point schemathesis, ``log`` what happened."""

    base_url: str
    upstream_origin: str
    log: GuardLog

    def to_upstream(self, url: str) -> str:
        """The URL as the live API would see it (for reproduction commands)."""
        local = urlsplit(self.base_url)
        origin = f"{local.scheme}://{local.netloc}"
        return self.upstream_origin + url[len(origin) :] if url.startswith(origin) else url


@contextmanager
def running_guard(
    upstream_base_url: str,
    gate: RequestGate,
    throttle: SlidingWindow,
    keeper: Keeper | None = None,
    wire: PolicyWire | None = None,
) -> Iterator[Guard]:
    """Serve the guard on a free 127.0.0.1 port for the duration of the block; ``wire``
    applies the connector's policies to what it forwards."""
    parts = urlsplit(upstream_base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    with httpx.Client(timeout=FORWARD_TIMEOUT, follow_redirects=False) as client:
        server = _GuardServer(gate, throttle, client, origin, keeper, wire)
        thread = threading.Thread(target=server.serve_forever, name="contract-guard", daemon=True)
        thread.start()
        try:
            port = server.server_address[1]
            yield Guard(f"http://127.0.0.1:{port}{parts.path.rstrip('/')}", origin, server.log)
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
