"""Each validator rule fires on its small bad fixture, with its id and pointer; clean passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from trconnect.load import load_document
from trconnect.load.pointer import split
from trconnect.validate import RULES, validate_connector

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLEAN, CLEAN_SPEC = FIXTURES / "clean", FIXTURES / "clean_spec.yaml"
CASES = yaml.safe_load((FIXTURES / "cases.yaml").read_text())
NOT_REGISTERED = {"ms-schema": "error"}  # schema violations are findings too, not rule functions


def _id(case: dict) -> str:
    return f"{case['rule']}:{case.get('file', case.get('base', 'definition'))}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_rule_fires_on_its_bad_fixture(case: dict, bad_fixture, request) -> None:
    # Microsoft's schemas are checked only when named; the shared ones are the test input.
    schemas = request.getfixturevalue("shared") / "schemas" if case["rule"] == "ms-schema" else None
    report = validate_connector(
        bad_fixture(case), project=case.get("base") == "spec", schemas_dir=schemas
    )
    hits = [f for f in report.findings if f.rule == case["rule"] and f.pointer == case["pointer"]]
    found = [(f.rule, f.pointer) for f in report.findings]
    assert hits, f"no {case['rule']} at {case['pointer']}; found {found}"
    severity = (
        RULES[case["rule"]].severity if case["rule"] in RULES else NOT_REGISTERED[case["rule"]]
    )
    assert all(f.severity == severity and f.line and f.message and f.fix for f in hits)


def test_every_rule_has_a_bad_fixture() -> None:
    # The certification rules have theirs in fixtures/certification (test_certification.py).
    offline = {id for id, rule in RULES.items() if rule.target not in ("certification", "package")}
    assert offline <= {case["rule"] for case in CASES}
    assert len(RULES) >= 30


def test_rules_declare_their_metadata() -> None:
    for rule in RULES.values():
        assert rule.severity in ("error", "warning")
        assert rule.title and rule.fix, rule.id
        assert rule.id == rule.id.lower() and " " not in rule.id


def test_clean_connector_passes() -> None:
    report = validate_connector(CLEAN)
    assert report.findings == []
    assert [name.rsplit("/", 1)[-1] for name in report.files] == [
        "apiDefinition.swagger.json",
        "apiProperties.json",
        "settings.json",
    ]


def test_clean_spec_passes_the_project_rules() -> None:
    assert validate_connector(CLEAN_SPEC, project=True).findings == []


def test_project_rules_stay_out_of_validate(bad_fixture) -> None:
    case = next(c for c in CASES if c["rule"] == "summary-sentence-case")
    assert validate_connector(bad_fixture(case)).findings == []


@pytest.mark.parametrize(
    "rule", ["operation-id-duplicate", "enum-invalid", "brand-color-malformed"]
)
def test_line_is_where_the_pointer_is(rule: str, bad_fixture) -> None:
    case = next(c for c in CASES if c["rule"] == rule)
    report = validate_connector(bad_fixture(case))
    finding = next(f for f in report.findings if f.rule == rule)
    lines = Path(finding.file).read_text(encoding="utf-8").splitlines()
    value = load_document(finding.file).data
    for token in split(finding.pointer):
        value = value[int(token)] if isinstance(value, list) else value[token]
    assert json.dumps(value) in lines[finding.line - 1]


CLEAN_CASES = yaml.safe_load((FIXTURES / "clean_cases.yaml").read_text())


@pytest.mark.parametrize("case", CLEAN_CASES, ids=_id)
def test_narrowed_rule_is_quiet_on_what_microsoft_merged(case: dict, bad_fixture, shared) -> None:
    schemas = shared / "schemas" if case["rule"] == "ms-schema" else None
    report = validate_connector(bad_fixture(case), schemas_dir=schemas)
    hits = [f for f in report.findings if f.rule == case["rule"]]
    if case["rule"] == "ms-schema":  # the schema still notes it, as a warning with the evidence
        assert hits and all(f.severity == "warning" and "accepts it" in f.message for f in hits)
    else:
        assert hits == []
