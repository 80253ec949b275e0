"""Servers the contract tests point at: the sandbox app, served on 127.0.0.1, with a request log."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn


@dataclass
class Received:
    """Every request the server got, as (monotonic time, method, raw path)."""

    requests: list[tuple[float, str, str]] = field(default_factory=list)

    def calls(self) -> list[tuple[str, str]]:
        return [(method, path) for _, method, path in self.requests]


def recording(app: Any, log: Received) -> Any:
    """An ASGI middleware that logs each HTTP request before the app sees it."""

    async def middleware(scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope["path"].encode()
            path = raw.decode("latin-1")
            if scope.get("query_string"):
                path += "?" + scope["query_string"].decode("latin-1")
            log.requests.append((time.monotonic(), scope["method"], path))
        await app(scope, receive, send)

    return middleware


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app on a free 127.0.0.1 port; yields its origin, stops it afterwards."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def sandbox_app(db_path: str, **config: Any) -> tuple[Any, str]:
    """The sandbox's ASGI app on its own database, and its API key."""
    from trconnect.sandbox.app import create_app, prepare_database
    from trconnect.sandbox.config import SandboxConfig

    settings = SandboxConfig(db_path=db_path, throttle_limit=1_000_000, **config)
    return create_app(settings), prepare_database(settings)


def text_request() -> tuple[Any, Any]:
    """The project's definition (the model) and its contract profile, read from disk."""
    from trconnect.model import Definition
    from trconnect.model.profile import for_spec

    from tests.conftest import SPEC

    definition = Definition.load(SPEC)
    return definition, for_spec(definition)
