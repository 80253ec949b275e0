"""Proof that the contract test can fail: a sandbox that lies in two ways is caught twice.

The sandbox's own fault hook breaks its successful answers: the list of dashboards
reports ``meta.total_items`` as a string, and creating a dashboard answers 201, a
status the spec does not declare. Both must be reported, each under its operation,
while the same run without the faults shows neither.
"""

from __future__ import annotations

import pytest
from trconnect.contract import report
from trconnect.contract.runner import run_contract
from trconnect.contract.settings import Settings, Target

from tests.conftest import SPEC

FAULTS = {
    "GetDashboards": {"retype": "/meta/total_items"},
    "CreateDashboard": {"status": 201},
}
pytestmark = pytest.mark.slow


def run(faults):
    from trconnect.sandbox.testing import SandboxServer

    with SandboxServer(throttle_limit=1_000_000, faults=faults) as sandbox:
        target = Target(sandbox.base_url, sandbox.api_key, live=False)
        settings = Settings(
            max_examples=5, seed=11, only=("GetDashboards", "CreateDashboard", "GetDashboard")
        )
        return run_contract(SPEC, target, settings)


@pytest.fixture(scope="module")
def result():
    return run(FAULTS)


@pytest.fixture(scope="module")
def intact():
    """The same run on the same sandbox without faults: what the faults alone change."""
    return run({})


def found(result, check):
    return sorted({p.operation_id for p in result.problems if p.check == check})


def test_wrong_field_type_is_caught_on_its_operation(result, intact):
    assert found(result, "response_schema_conformance") == ["GetDashboards"]
    assert found(intact, "response_schema_conformance") == []
    problem = next(p for p in result.problems if p.check == "response_schema_conformance")
    assert "total_items" in problem.message
    assert problem.curl and "/dashboards" in problem.curl


def test_undocumented_status_is_caught_on_its_operation(result, intact):
    assert "CreateDashboard" in found(result, "status_code_conformance")
    assert "CreateDashboard" not in found(intact, "status_code_conformance")
    problem = next(
        p
        for p in result.problems
        if (p.operation_id, p.check) == ("CreateDashboard", "status_code_conformance")
    )
    assert "Received: 201" in problem.message


def test_the_run_fails_and_says_where(result):
    assert not result.ok
    text = report.render(result)
    assert text.rstrip().splitlines()[-1].startswith("FAILED")
    assert "GetDashboards: response_schema_conformance" in text
    assert "CreateDashboard: status_code_conformance" in text
