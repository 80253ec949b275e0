"""A local HTTP endpoint that records the JSON POSTed to it: a webhook receiver.

It stands where Power Automate would: the contract run subscribes one to the trigger and
checks what arrives, so it belongs to the contract tests, which know no server they test.
The sandbox never imports it (it only POSTs to URLs); the demo, a program on top of both
(``trconnect.cli.demo``), and the tests use it too. ``fail_first`` answers the first N
posts with 503, to exercise a server's retries. ``port`` is for a server that must name
its receivers before it starts (the sandbox does: see :func:`free_port`).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def free_port() -> int:
    """A loopback port free now: where receivers will listen, named to a server first."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Receiver:
    def __init__(self, fail_first: int = 0, port: int = 0) -> None:
        self.bodies: list[Any] = []
        self.failures_left = fail_first
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def __enter__(self) -> Receiver:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                failing = receiver._record(raw)
                self.send_response(503 if failing else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                """Quiet: the bodies it records tell what arrived."""

        return Handler

    def _record(self, raw: bytes) -> bool:
        with self.lock:
            failing = self.failures_left > 0
            self.failures_left -= int(failing)
            if not failing:
                self.bodies.append(json.loads(raw))
            return failing

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Any]:
        """The bodies once ``count`` have arrived; raises TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.bodies) >= count:
                    return list(self.bodies)
            time.sleep(0.02)
        raise TimeoutError(f"received {len(self.bodies)} of {count} notifications")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
