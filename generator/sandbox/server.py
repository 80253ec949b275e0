"""Serve a sandbox with uvicorn on an already bound socket, with deadlines on slow clients.

Binding first (port 0 = any free port) means the URL is known before serving starts,
and no other process can take the port between choosing and listening.

uvicorn closes an idle keep-alive connection, but lets a client take as long as it likes
to send a request's headers: one that sends a byte every few seconds (slowloris) holds
its connection for ever, and enough of them hold every connection. So a connection whose
next request's headers are not complete ``header_timeout`` seconds after the server began
waiting for them is closed. Bodies are bounded where they are read
(:func:`sandbox.intake.read_limited`). A stop waits at most ``STOP_SECONDS`` for requests
in flight.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.h11_impl import H11Protocol

STOP_SECONDS = 3


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when
    # the listening socket says it is TCP, and without it every keep-alive answer waits
    # ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


class HeaderDeadline(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing connections whose headers come too slowly."""

    header_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_headers()

    def connection_lost(self, exc: Exception | None) -> None:
        self._headers_arrived()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        cycle = self.cycle
        super().handle_events()
        if self.cycle is not cycle:  # a new request's headers were parsed
            self._headers_arrived()

    def on_response_complete(self) -> None:
        self._await_headers()  # before: a pipelined request parsed here disarms it
        super().on_response_complete()

    def _await_headers(self) -> None:
        self._headers_arrived()
        self.deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _headers_arrived(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None

    def _too_slow(self) -> None:
        self.deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def make_server(
    app: Starlette, header_timeout: float, log_level: str = "warning"
) -> uvicorn.Server:
    protocol = type("HeaderDeadline", (HeaderDeadline,), {"header_timeout": header_timeout})
    config = uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="on",
        access_log=False,
        http=protocol,
        timeout_graceful_shutdown=STOP_SECONDS,
    )
    return uvicorn.Server(config)


def root_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
