"""The two kinds of target: the local sandbox (started and stopped here) or a live URL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from ..errors import InputError
from .settings import Target


@contextmanager
def sandbox_target() -> Iterator[Target]:
    """Start the sandbox on a free 127.0.0.1 port with its throttle out of the way, then stop it.

    The sandbox texts nobody and moves no money, so every operation runs against it;
    the throttle is raised because a contract run makes thousands of calls.
    """
    from sandbox.testing import SandboxServer

    with SandboxServer(throttle_limit=1_000_000) as server:
        yield Target(server.base_url, server.api_key, live=False, inbound=server.inbound)


def live_target(base_url: str, key_env: str) -> Target:
    """A live API, its key read from the environment variable ``key_env``."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(
            "--base-url",
            f"{base_url!r} is not an http(s) URL",
            hint="give the API's base URL, e.g. https://api.textrequest.com/api/v3",
        )
    key = os.environ.get(key_env)
    if not key:
        raise InputError(
            f"${key_env}",
            "the environment variable that should hold the API key is not set",
            hint=f"export {key_env}=<your key>, or name another variable with --api-key-env",
        )
    return Target(base_url.rstrip("/"), key, live=True)
