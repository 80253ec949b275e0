"""Microsoft's Swagger Validator codes (``microsoft_codes.yaml``) beside the rules that mirror them.

The data file lists every code of Microsoft's page with Microsoft's severity and either our rules
for it or the reason none applies; this module reads it and answers what ``validate --rules``
shows: the table of rules with their codes, and how many codes have a rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from .findings import Severity
from .registry import RULES, Rule


@dataclass(frozen=True)
class Code:
    """One Microsoft validator code and our answer to it."""

    code: str
    severity: Severity
    checks: str
    rules: tuple[str, ...] = ()
    reason: str = ""  # why no rule checks it, when none does
    relaxed: dict[str, str] = field(default_factory=dict)  # rule -> why it only warns


@dataclass(frozen=True)
class Codes:
    codes: tuple[Code, ...]
    reasons: dict[str, str]  # reason key -> what it means

    def for_rule(self, rule_id: str) -> list[Code]:
        return [code for code in self.codes if rule_id in code.rules]

    def expected_severity(self, rule_id: str) -> Severity:
        """Microsoft's severity for the rule, or warning where relaxed or where it has no code."""
        severities = {
            "warning" if rule_id in code.relaxed else code.severity
            for code in self.for_rule(rule_id)
        }
        return "error" if "error" in severities else "warning"

    def without_rule(self) -> dict[str, list[str]]:
        """The codes no rule checks, grouped by the text of their reason."""
        grouped: dict[str, list[str]] = defaultdict(list)
        for code in self.codes:
            if not code.rules:
                grouped[self.reasons[code.reason]].append(code.code)
        return dict(grouped)

    def coverage_line(self) -> str:
        covered = sum(1 for code in self.codes if code.rules)
        return (
            f"{covered} of {len(self.codes)} Microsoft codes have a rule; "
            f"{len(self.codes) - covered} do not apply (reasons listed)"
        )


@cache
def microsoft_codes() -> Codes:
    text = resources.files(__package__).joinpath("microsoft_codes.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    codes = tuple(
        Code(
            code=entry["code"],
            severity=entry["severity"],
            checks=entry["checks"],
            rules=tuple(entry.get("rules", ())),
            reason=entry.get("reason", ""),
            relaxed=dict(entry.get("relaxed", {})),
        )
        for entry in data["codes"]
    )
    return Codes(codes, dict(data["reasons"]))


def rules_table() -> list[dict]:
    """Each rule with its Microsoft codes, severity and what it checks, as the table shows it."""
    return [_row(rule) for rule in sorted(RULES.values(), key=lambda r: r.id)]


def _row(rule: Rule) -> dict:
    return {
        "rule": rule.id,
        "microsoft": list(rule.ms),
        "severity": rule.severity,
        "target": rule.target,
        "checks": rule.title,
    }
