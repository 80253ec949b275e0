"""The client on the sandbox: a typed example of every resource, checked by mypy and run."""

from __future__ import annotations

import asyncio
import importlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from trconnect.sandbox.testing import SandboxServer

from .conftest import Rendered

EXAMPLE = Path(__file__).with_name("typed_example.py")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    # The typed example subscribes https://example.invalid/hook (and texts no one after).
    with SandboxServer(hook_hosts=("example.invalid:443",)) as server:
        yield server


def operations_hit(
    swagger: dict[str, Any], calls: list[tuple[str, str, int]], base: str
) -> set[str]:
    """The operationIds whose method and path template match a successful call."""
    hit = set()
    for path, item in swagger["paths"].items():
        pattern = re.compile(base + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, operation in item.items():
            if (
                isinstance(operation, dict)
                and "operationId" in operation
                and any(m == method.upper() and pattern.match(p) and s < 300 for m, p, s in calls)
            ):
                hit.add(operation["operationId"])
    return hit


def test_the_typed_example_passes_mypy_strict(rendered: Rendered) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
         str(EXAMPLE)],
        cwd=rendered.path, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0 and "Success: no issues found" in done.stdout, done.stdout
    assert len(EXAMPLE.read_text().splitlines()) >= 60


def test_the_typed_example_runs_every_operation(
    tr: ModuleType, rendered: Rendered, sandbox: Any
) -> None:
    sys.modules.pop("typed_example", None)
    sys.path.insert(0, str(EXAMPLE.parent))
    try:
        example = importlib.import_module("typed_example")
    finally:
        sys.path.remove(str(EXAMPLE.parent))
    calls: list[tuple[str, str, int]] = []

    def note(response: httpx.Response) -> None:
        calls.append((response.request.method, response.request.url.path, response.status_code))

    with httpx.Client(event_hooks={"response": [note]}) as http:
        kept = example.tour(sandbox.base_url, sandbox.api_key, http=http)
    assert kept["listed"] and kept["payments"] == ["paid", "cancelled"]
    assert kept["deleted contact"] is True and kept["hook"] == "msg_sent"
    operations = {
        op["operationId"]
        for item in rendered.swagger["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert operations_hit(rendered.swagger, calls, "/api/v3") == operations


def test_the_async_client_on_the_sandbox(tr: ModuleType, sandbox: Any) -> None:
    async def run() -> list[str | None]:
        async with tr.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as api:
            dashboard = await api.dashboards.create(name="Async", phone="4236660002")
            for n in range(5):
                await api.contacts.upsert(dashboard.id, f"42355580{n:02d}", first_name=f"C{n}")
            page = await api.contacts.list(dashboard.id, page_size=2)
            return [c.first_name async for c in page]

    assert asyncio.run(run()) == [f"C{n}" for n in range(5)]


def test_a_missing_contact_is_none_and_a_wrong_key_unauthorized(
    tr: ModuleType, sandbox: Any
) -> None:
    api = tr.Client(sandbox.api_key, base_url=sandbox.base_url)
    dashboard = api.dashboards.create(name="Lookups", phone="4236660003")
    assert api.contacts.retrieve(dashboard.id, "4235550000") is None  # the API's 204
    with pytest.raises(tr.Unauthorized) as caught:
        tr.Client("wrong-key-123", base_url=sandbox.base_url).dashboards.list()
    assert "wrong-key-123" not in str(caught.value) and caught.value.message


def test_a_value_the_sandbox_refuses_is_a_bad_request_with_its_message(
    tr: ModuleType, sandbox: Any
) -> None:
    api = tr.Client(sandbox.api_key, base_url=sandbox.base_url)
    with pytest.raises(tr.BadRequest) as caught:
        api.dashboards.list(page_size=5000)
    assert "page_size" in caught.value.message
