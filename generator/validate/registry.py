"""Rules as data: each check is a function with its id, severity, title and fix beside it.

A rule function takes the thing it checks (the one model's
:class:`~trconnect.model.Definition`, or the loaded :class:`~trconnect.load.Document`
of ``apiProperties.json`` and ``settings.json``) and yields ``(pointer, message)``
pairs. The registry turns each pair into a :class:`Finding` with the rule's id,
severity and fix and the pointer's line, so rule bodies hold only the logic of the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ..load import Document
from .findings import Finding, Severity

# "certification" and "package" run only with ``validate --certification`` (validate.certification);
# "connector" rules get the definition with its apiProperties and report in apiProperties.json.
Target = Literal[
    "definition", "properties", "settings", "connector", "project", "certification", "package"
]
Hit = tuple[str, str]  # (JSON pointer, message)
Check = Callable[[Any], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One check and what a person needs to know about it."""

    id: str
    severity: Severity
    target: Target
    title: str
    fix: str
    ms: tuple[str, ...]  # the codes of the Microsoft validator errors it mirrors (its aliases)
    check: Check

    def run(self, subject: Any, document: Document) -> Iterator[Finding]:
        """The check's hits on ``subject``, located in ``document`` (the file it was read from)."""
        for pointer, message in self.check(subject):
            yield Finding(
                file=str(document.path),
                line=document.line_of(pointer),
                pointer=pointer,
                rule=self.id,
                severity=self.severity,
                message=message,
                fix=self.fix,
            )


RULES: dict[str, Rule] = {}


def rule(
    id: str,
    severity: Severity,
    target: Target,
    *,
    title: str,
    fix: str,
    ms: str | tuple[str, ...] = (),
) -> Callable[[Check], Check]:
    """Register the decorated function as the check of rule ``id``.

    ``ms`` names the Microsoft validator codes the rule mirrors (one or several); a rule with
    none is the project's own advice, which may only warn (``microsoft_codes.yaml`` says why).
    """
    aliases = (ms,) if isinstance(ms, str) else ms

    def register(check: Check) -> Check:
        if id in RULES:
            raise ValueError(f"rule {id!r} is registered twice")
        RULES[id] = Rule(id, severity, target, title, fix, aliases, check)
        return check

    return register


def rules_for(target: Target) -> list[Rule]:
    return [each for each in RULES.values() if each.target == target]
