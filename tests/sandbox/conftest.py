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


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
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


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture
def make_receiver() -> Iterator[Any]:
    made: list[Receiver] = []

    def make(fail_first: int = 0) -> Receiver:
        made.append(Receiver(fail_first))
        return made[-1]

    yield make
    for server in made:
        server.close()
