"""A live run leaves the account as it found it, and sorts what it found into errors and warnings.

The "live" API is the sandbox app served on 127.0.0.1 behind a request log, with an account
made beforehand (two dashboards, groups, a contact): what a server received and what the
account holds after the run are the evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import yaml
from trconnect.contract import report
from trconnect.contract.runner import run_contract
from trconnect.contract.settings import Settings, Target

from tests.conftest import SPEC
from tests.contract.conftest import Received, recording, sandbox_app, serve

PROFILE = SPEC.with_name(SPEC.stem + ".contract.yaml")
FAST = {"max_examples": 2, "seed": 11, "throttle": (100_000, 60.0)}
# The phases most tests need: the spec's examples (aimed at known ids) and fuzzing. The
# full run without --allow-unsafe, every phase, is tests/contract/test_live_safety.py's.
QUICK = ("examples", "fuzzing")
GROUPS = ("GetDashboards", "GetGroups", "GetGroupById", "CreateGroup", "UpdateGroup", "DeleteGroup")
pytestmark = pytest.mark.slow


class Account:
    """The stand-in's account, read straight from it (not through the guard)."""

    def __init__(self, origin: str, key: str) -> None:
        self.api = httpx.Client(base_url=f"{origin}/api/v3", headers={"x-api-key": key})

    def listed(self, path: str) -> list[dict]:
        answer = self.api.get(path, params={"page": 0, "page_size": 1000})
        return answer.json()["items"] if answer.status_code == 200 else []

    def dashboards(self) -> dict[int, str]:
        return {item["id"]: item["name"] for item in self.listed("/dashboards")}

    def groups(self, dashboard: int) -> dict[int, str]:
        return {item["id"]: item["name"] for item in self.listed(f"/dashboards/{dashboard}/groups")}

    def contacts(self, dashboard: int) -> set[str]:
        return {item["phone_number"] for item in self.listed(f"/dashboards/{dashboard}/contacts")}


@pytest.fixture
def live(tmp_path):
    """(base URL, key, request log, account) of a recording sandbox with an account in it."""
    app, key = sandbox_app(str(tmp_path / "live.db"))
    log = Received()
    with serve(recording(app, log)) as origin:
        account = Account(origin, key)
        for name, phone in (("Front desk", "4235550101"), ("Billing", "4235550102")):
            dashboard = account.api.post("/dashboards", json={"name": name, "phone": phone})
            assert dashboard.status_code == 200, dashboard.text
        first = min(account.dashboards())
        for name in ("VIP", "Newsletter"):
            account.api.post(f"/dashboards/{first}/groups", json={"name": name})
        account.api.post(f"/dashboards/{first}/contacts/4235550177", json={"first_name": "Bo"})
        log.requests.clear()
        yield f"{origin}/api/v3", key, log, account


def run(live, **settings):
    url, key, _, _ = live
    return run_contract(SPEC, Target(url, key, live=True), Settings(**FAST, **settings))


def group_calls(log: Received) -> list[tuple[str, int]]:
    """(method, group id) of every request that named a group."""
    found = re.compile(r"/groups/(\d+)")
    return [(m, int(hit.group(1))) for m, p in log.calls() if (hit := found.search(p))]


def test_without_allow_unsafe_only_gets_reach_the_account(live):
    _, _, log, account = live
    before = account.dashboards()
    result = run(live, phases=QUICK)
    assert log.calls(), "the live server received nothing"
    assert [call for call in log.calls() if call[0] != "GET"] == []
    assert result.covered, "no read was tested"
    assert account.dashboards() == before


def test_allowed_group_writes_touch_only_groups_the_run_made_and_delete_them(live):
    _, _, log, account = live
    first = min(account.dashboards())
    before = account.groups(first)
    result = run(live, allow_unsafe=("CreateGroup", "UpdateGroup", "DeleteGroup"), only=GROUPS)
    assert account.groups(first) == before, "the run left or changed groups"
    created = {
        method_id
        for method, method_id in group_calls(log)
        if method != "GET" and method_id not in before
    }
    assert created, "no write reached a group the run made"
    assert [call for call in group_calls(log) if call[0] != "GET" and call[1] in before] == []
    account_changes = result.account
    assert account_changes is not None and account_changes.not_undone == []
    assert account_changes.made["CreateGroup"] >= 1
    assert sum(account_changes.undone.values()) == account_changes.made["CreateGroup"]
    text = report.render(result)
    assert "could not undo" not in text
    assert account_changes.run_name in text


def test_contacts_made_without_their_delete_are_listed_as_not_undone(live):
    _, _, _, account = live
    first = min(account.dashboards())
    before = account.contacts(first)
    result = run(
        live,
        allow_unsafe=("CreateContact",),
        only=("GetContacts", "CreateContact"),
        phases=QUICK,
    )
    left = account.contacts(first) - before
    assert left, "the run made no contact"
    assert "4235550177" in account.contacts(first)
    text = report.render(result)
    assert "could not undo" in text and "DeleteContact not allowed" in text
    listed = next(line for line in text.splitlines() if "DeleteContact not allowed" in line)
    assert all(phone in listed for phone in left)


def test_a_dashboard_renamed_by_the_run_gets_its_name_back(live):
    _, _, log, account = live
    before = account.dashboards()
    result = run(
        live,
        allow_unsafe=("UpdateDashboardsName",),
        only=("GetDashboard", "UpdateDashboardsName"),
        phases=QUICK,
    )
    renamed = [call for call in log.calls() if call[0] == "PUT"]
    assert renamed, "no rename was sent"
    assert account.dashboards() == before
    assert result.account is not None and result.account.restored["UpdateDashboardsName"] >= 1
    assert result.account.not_undone == []


def test_findings_are_sorted_into_errors_and_warnings_naming_the_constraint(live, tmp_path):
    """A copy of the spec that promises more than the stand-in does: dashboard ids at most 1
    (the API accepts the second dashboard: a warning), a field every dashboard has (the API
    does not send it: an error)."""
    url, key, _, _ = live
    data = yaml.safe_load(SPEC.read_text())
    data["parameters"]["dashboard_id"]["maximum"] = 1
    dashboard = data["definitions"]["Dashboard"]
    dashboard["properties"]["region"] = {"type": "string"}
    dashboard["required"] = [*dashboard.get("required", []), "region"]
    tight = tmp_path / "tight.yaml"
    tight.write_text(yaml.safe_dump(data))
    settings = Settings(
        **FAST, only=("GetDashboard",), phases=("examples", "coverage"), profile=Path(PROFILE)
    )
    result = run_contract(tight, Target(url, key, live=True), settings)
    assert {p.check for p in result.warnings} == {"negative_data_rejection"}
    pointer = "/paths/~1dashboards~1{dashboard_id}/get/parameters/0"
    assert any(f"maximum 1 on {pointer}" in (p.constraint or "") for p in result.warnings)
    assert "response_schema_conformance" in {p.check for p in result.errors}
    text = report.render(result)
    assert text.index("errors (the API breaks the spec)") < text.index("warnings")
