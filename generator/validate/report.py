"""What a validation run found, for people (text) and for pipelines (JSON)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from .findings import Finding, count


@dataclass
class Report:
    """The files checked, the findings in file and line order, and the schemas used (if any)."""

    files: list[str]
    findings: list[Finding] = field(default_factory=list)
    schemas: str | None = None

    @property
    def errors(self) -> int:
        return count(self.findings, "error")

    @property
    def warnings(self) -> int:
        return count(self.findings, "warning")

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "schemas": self.schemas,
            "errors": self.errors,
            "warnings": self.warnings,
            "findings": [asdict(finding) for finding in self.findings],
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"

    def as_text(self) -> str:
        lines = [finding.as_text() for finding in self.findings]
        schemas = (
            f"with Microsoft's schemas from {self.schemas}"
            if self.schemas
            else "Microsoft's JSON schemas not checked: pass --schemas DIR to check them"
        )
        lines.append(
            f"{self.errors} errors, {self.warnings} warnings in {', '.join(self.files)} ({schemas})"
        )
        return "\n".join(lines) + "\n"


def ordered(findings: list[Finding], files: list[str]) -> list[Finding]:
    """Each finding once, grouped by file in the order checked, then by line."""
    rank = {name: index for index, name in enumerate(files)}
    unique = dict.fromkeys(findings)
    return sorted(
        unique,
        key=lambda f: (rank.get(f.file, len(rank)), f.line or 0, f.pointer, f.rule, f.message),
    )
