"""The sandbox and the contract tests run side by side, neither importing the other.

Each half runs in a fresh interpreter, so what it imported is exactly what it needed: the
contract run gets its target only as a URL and a key (a sandbox this test started), and the
sandbox serves a request without the contract package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT, SPEC

CONTRACT_RUN = """
import json, os, sys
from pathlib import Path
from trconnect.contract.runner import run_contract
from trconnect.contract.settings import Settings, Target

target = Target(os.environ["TARGET_URL"], os.environ["TARGET_KEY"], live=False)
settings = Settings(max_examples=2, seed=1, phases=("examples",), only=("GetDashboards",))
result = run_contract(Path(sys.argv[1]), target, settings)
print(json.dumps({
    "examples": result.examples,
    "imported": sorted(name for name in sys.modules if name.startswith(sys.argv[2])),
}))
"""
SANDBOX_RUN = """
import json, sys
from trconnect.sandbox.testing import SandboxServer

with SandboxServer() as sandbox, sandbox.client() as api:
    status = api.get("/dashboards", params={"page": 0, "page_size": 5}).status_code
print(json.dumps({
    "status": status,
    "imported": sorted(name for name in sys.modules if name.startswith(sys.argv[1])),
}))
"""


def python(code: str, *args: str, env: dict[str, str] | None = None) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[str, str]]:
    """A sandbox started by the test: handed to the contract run as URL and key only."""
    from trconnect.sandbox.testing import SandboxServer

    with SandboxServer(throttle_limit=1_000_000) as sandbox:
        yield sandbox.base_url, sandbox.api_key


def test_a_contract_run_imports_nothing_of_the_sandbox(target):
    url, key = target
    found = python(
        CONTRACT_RUN,
        str(SPEC),
        "trconnect.sandbox",
        env={"TARGET_URL": url, "TARGET_KEY": key},
    )
    assert found["examples"] > 0, "the run tested nothing"
    assert found["imported"] == []


def test_the_sandbox_imports_nothing_of_the_contract_tests():
    found = python(SANDBOX_RUN, "trconnect.contract")
    assert found["status"] == 200
    assert found["imported"] == []


def test_the_check_could_fail():
    """The probe sees a package that is imported (so an empty list above means something)."""
    found = python(SANDBOX_RUN, "trconnect.sandbox")
    assert "trconnect.sandbox.app" in found["imported"]
