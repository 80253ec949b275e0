"""microsoft_codes.yaml answers every code of Microsoft's page, and the rules agree with it."""

from __future__ import annotations

from pathlib import Path

from trconnect.validate import RULES
from trconnect.validate.microsoft import microsoft_codes

# Transcribed from the page; its source URL is in the file's header.
PAGE = Path(__file__).resolve().parent / "data" / "microsoft_page_codes.txt"


def _page_codes() -> list[str]:
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_data_covers_exactly_the_page_codes() -> None:
    assert [code.code for code in microsoft_codes().codes] == _page_codes()


def test_each_code_has_rules_or_a_known_reason() -> None:
    codes = microsoft_codes()
    for code in codes.codes:
        assert bool(code.rules) != bool(code.reason), code.code
        assert not code.reason or code.reason in codes.reasons, code.code
        assert code.severity in ("error", "warning") and code.checks, code.code
        assert set(code.relaxed) <= set(code.rules), code.code


def test_mapped_rules_exist_and_carry_the_code_as_alias() -> None:
    for code in microsoft_codes().codes:
        for rule_id in code.rules:
            assert rule_id in RULES, (code.code, rule_id)
            assert code.code in RULES[rule_id].ms, (code.code, rule_id)


def test_every_alias_of_a_rule_maps_back_to_it() -> None:
    codes = microsoft_codes()
    for rule in RULES.values():
        assert set(rule.ms) == {code.code for code in codes.for_rule(rule.id)}, rule.id


# Rules of `validate --certification` mirror Microsoft's submission requirements (readme
# template, icon, string guidance), which the validator page has no codes for: their
# severity is the requirement's ("must" is an error), each rule's docstring names its source.
SUBMISSION_TARGETS = {"certification", "package"}


def test_rules_have_microsofts_severity_and_our_own_only_warn() -> None:
    codes = microsoft_codes()
    for rule in RULES.values():
        if rule.target in SUBMISSION_TARGETS:
            assert not rule.ms, f"{rule.id}: a submission rule with a validator code"
        elif rule.ms:
            assert rule.severity == codes.expected_severity(rule.id), rule.id
        else:
            assert rule.severity == "warning", f"{rule.id} has no Microsoft code but is an error"


def test_coverage_line_counts_the_data() -> None:
    codes = microsoft_codes()
    covered = sum(1 for code in codes.codes if code.rules)
    without = sum(len(names) for names in codes.without_rule().values())
    assert covered + without == len(_page_codes())
    assert codes.coverage_line().startswith(f"{covered} of {len(_page_codes())} ")
