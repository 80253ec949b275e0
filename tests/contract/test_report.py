"""The table, the problem list and the JUnit XML say the same thing as the results."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from trconnect.contract import junit, report
from trconnect.contract.results import (
    CheckTally,
    ContractResult,
    OperationResult,
    Problem,
    StatefulSummary,
)


def sample() -> ContractResult:
    good = OperationResult("GetGroups", "GET /g", examples=12)
    good.checks = {
        "not_a_server_error": CheckTally(12, 0),
        "response_schema_conformance": CheckTally(12, 0),
    }
    bad = OperationResult("GetGroupById", "GET /g/{id}", examples=7)
    bad.checks = {
        "not_a_server_error": CheckTally(7, 0),
        "response_schema_conformance": CheckTally(5, 2),
    }
    skipped = OperationResult("DeleteGroup", "DELETE /g/{id}", "unsafe on a live API: deletes data")
    problem = Problem(
        "GetGroupById",
        "response_schema_conformance",
        "Response violates schema",
        "1 is not of type 'string'",
        "curl -X GET http://x/g/1",
        occurrences=2,
    )
    return ContractResult("http://x", [good, bad, skipped], [problem], StatefulSummary(), 3.2, 7)


def test_table_has_a_row_per_operation_and_a_cell_per_check():
    lines = report.table(sample()).splitlines()
    assert lines[0].split() == ["operation", "examples", "5xx", "schema"]
    assert lines[1].split() == ["GetGroups", "12", "ok", "ok"]
    assert lines[2].split() == ["GetGroupById", "7", "ok", "FAIL2"]
    assert lines[3].startswith("DeleteGroup") and "skipped: unsafe on a live API" in lines[3]


def test_every_problem_is_listed_with_its_curl_and_the_run_fails():
    text = report.render(sample())
    assert "1. GetGroupById: response_schema_conformance: Response violates schema (x2)" in text
    assert "reproduce: curl -X GET http://x/g/1" in text
    assert (
        text.rstrip()
        .splitlines()[-1]
        .startswith("FAILED against http://x: 3 operations, 2 covered, 1 skipped")
    )


def test_junit_counts_failures_and_skips(tmp_path):
    target = tmp_path / "out" / "contract.xml"
    junit.write(sample(), target)
    suite = ET.parse(target).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("5", "1", "1")
    failed = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failed] == [
        ("GetGroupById", "response_schema_conformance")
    ]
    assert "curl -X GET http://x/g/1" in (failed[0].find("failure").text or "")
    assert [p.name for p in target.parent.iterdir()] == ["contract.xml"]


def test_junit_stays_well_formed_with_fuzzed_text(tmp_path):
    result = sample()
    result.problems[0].message = "body was '\x00\x1b[31m\ud800' and \u00e9"
    target = tmp_path / "contract.xml"
    junit.write(result, target)
    failure = ET.parse(target).getroot().find(".//failure")
    assert failure is not None
    assert "\\x00\\x1b[31m\\ud800" in (failure.text or "")
    assert "\u00e9" in (failure.text or "")
