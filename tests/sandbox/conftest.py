"""One sandbox per test module (fast), a fresh dashboard per test (isolated)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from trconnect.contract.receiver import Receiver
from trconnect.sandbox.testing import SandboxServer

_phones = itertools.count(1000)


def fresh_phone(prefix: str = "423600") -> str:
    """A dashboard phone number no other test in this run uses."""
    return f"{prefix}{next(_phones):04d}"


# Receivers each test module starts before its sandbox, which names them (the only
# targets it lets hooks have); a test takes them one at a time, emptied.
POOLED_RECEIVERS = 4


def address(receiver: Receiver) -> str:
    """The HOST:PORT a sandbox names to let hooks target ``receiver``."""
    return receiver.url.split("/")[2]


@pytest.fixture(scope="module")
def receivers() -> Iterator[list[Receiver]]:
    pool = [Receiver() for _ in range(POOLED_RECEIVERS)]
    yield pool
    for server in pool:
        server.close()


@pytest.fixture(scope="module")
def sandbox(receivers: list[Receiver]) -> Iterator[SandboxServer]:
    with SandboxServer(hook_hosts=tuple(address(r) for r in receivers)) as server:
        yield server


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with sandbox.client(timeout=10) as client:
        yield client


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, f"{response.status_code}: {response.text}"
    return response.json()


@pytest.fixture(scope="session")
def ok() -> Any:
    """``ok(response)``: the JSON of a 200 answer; fails the test with the body otherwise."""
    return _ok


@pytest.fixture(scope="session")
def new_phone() -> Any:
    """``new_phone()``: a phone number no other test in this run uses."""
    return fresh_phone


@pytest.fixture
def dashboard(api: httpx.Client) -> dict[str, Any]:
    return _ok(api.post("/dashboards", json={"name": "Test line", "phone": fresh_phone()}))


def _emptied(receiver: Receiver, fail_first: int = 0) -> Receiver:
    with receiver.lock:
        receiver.bodies.clear()
        receiver.failures_left = fail_first
    return receiver


@pytest.fixture
def make_receiver(receivers: list[Receiver]) -> Any:
    """``make_receiver(fail_first=0)``: the next pooled receiver, emptied."""
    free = iter(receivers)

    def make(fail_first: int = 0) -> Receiver:
        return _emptied(next(free), fail_first)

    return make


@pytest.fixture
def receiver(make_receiver: Any) -> Receiver:
    return make_receiver()
