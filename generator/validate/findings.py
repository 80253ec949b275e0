"""A finding: one problem in a definition, said so that a person can fix it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One rule's verdict on one place.

    ``rule`` is a stable id (tests and suppressions refer to it), ``pointer`` a
    JSON pointer into ``file``, ``line`` its line there when known.
    """

    file: str
    line: int | None
    pointer: str
    rule: str
    severity: Severity
    message: str
    fix: str = ""

    def as_text(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{place}: {self.severity} {self.rule}: {self.message} [at {self.pointer or '/'}]"
        return f"{text}\n    fix: {self.fix}" if self.fix else text


def count(findings: Iterable[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity == severity)


def as_json(findings: Iterable[Finding]) -> str:
    return json.dumps([asdict(finding) for finding in findings], indent=2) + "\n"
