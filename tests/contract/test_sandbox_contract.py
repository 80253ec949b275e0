"""The contract test against the sandbox: every operation covered, no disagreement, in time.

One run (module fixture) feeds every assertion; it is the same run
``make contract-test`` does, with a fixed seed so a failure here can be repeated.
"""

from __future__ import annotations

import pytest
from trconnect.cli.contract_test import sandbox_target
from trconnect.contract.results import ContractResult
from trconnect.contract.runner import run_contract
from trconnect.contract.safety import endpoints
from trconnect.contract.settings import Settings

from tests.conftest import SPEC
from tests.contract.conftest import text_request

SEED = 20261127
MAX_EXAMPLES = 20
TIME_LIMIT = 300
# Walks per focused CRUD run (times the stateful factor): among four or five operations a
# few walks already follow every link.
CRUD_EXAMPLES = 4
# Per resource, the follow-ups of its create that the stateful phase must have walked at
# least once: every name of the first set (read, update) and at least one of the second
# (what ends the resource's life: delete, or for a payment cancel / mark paid / remind).
# Contacts have no separate update: creating an existing contact updates it.
CRUD: dict[str, tuple[str, set[str], set[str]]] = {
    "contacts": ("CreateContact", {"GetContactByPhoneNumber"}, {"DeleteContact"}),
    "groups": ("CreateGroup", {"GetGroupById", "UpdateGroup"}, {"DeleteGroup"}),
    "payments": (
        "CreatePayment",
        {"GetPayment"},
        {"CancelPayment", "MarkPaymentPaid", "SendPaymentReminder"},
    ),
    "dashboards": (
        "CreateDashboard",
        {"GetDashboard", "UpdateDashboardsName"},
        {"DeleteDashboard"},
    ),
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result() -> ContractResult:
    lines: list[str] = []
    with sandbox_target(SPEC) as target:
        outcome = run_contract(
            SPEC, target, Settings(max_examples=MAX_EXAMPLES, seed=SEED), lines.append
        )
    assert any(line.startswith("phase ") for line in lines), "no progress was reported"
    return outcome


def test_every_operation_of_the_spec_is_covered(result):
    declared = {e.operation_id for e in endpoints(*text_request())}
    assert {op.operation_id for op in result.covered} == declared
    assert all(op.skipped_reason is None for op in result.operations)


def test_the_trigger_notifications_were_checked(result):
    assert result.trigger_events == ["msg_sent", "msg_received"]


def test_no_disagreement(result):
    assert [
        f"{p.operation_id}: {p.check}: {p.title}: {p.message[:300]} :: {p.curl}"
        for p in result.problems
    ] == []
    assert result.ok


def test_all_response_and_negative_checks_ran_everywhere(result):
    wanted = {
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
    }
    for op in result.operations:
        assert wanted <= set(op.checks), f"{op.operation_id} ran only {sorted(op.checks)}"


@pytest.mark.parametrize("resource", sorted(CRUD))
def test_stateful_sequences_cover_crud(resource):
    """The stateful phase walks create -> read, update, delete for each resource.

    A run of its own per resource, limited to the resource's operations: in the full run
    the walks pick among 32 links at random, and how often a create is followed by each of
    its read, change and delete varies with the machine's load.
    """
    create, every, some = CRUD[resource]
    settings = Settings(
        max_examples=CRUD_EXAMPLES,
        seed=SEED,
        phases=("stateful",),
        only=(create, *sorted(every), *sorted(some)),
    )
    with sandbox_target(SPEC) as target:
        outcome = run_contract(SPEC, target, settings)
    walked = {target for source, target in outcome.stateful.links if source == create}
    assert every <= walked and walked & some, f"after {create}: {sorted(walked)}"
    assert outcome.problems == []


def test_it_runs_in_time(result):
    print(
        f"\ncontract run against the sandbox: {len(result.covered)} operations, "
        f"{result.examples} examples, {result.stateful.scenarios} stateful sequences, "
        f"{result.wall_time:.1f} s"
    )
    assert result.wall_time < TIME_LIMIT
