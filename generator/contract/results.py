"""What a contract run found, as plain data that the table, JUnit and tests all read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CheckTally:
    """How often one check passed and failed on one operation."""

    passed: int = 0
    failed: int = 0


@dataclass
class Problem:
    """One distinct disagreement between API and spec (or an error that stopped a test).

    ``occurrences`` counts the examples that showed the same check failing the same way;
    ``curl`` reproduces the first of them.
    """

    operation_id: str
    check: str
    title: str
    message: str
    curl: str | None
    occurrences: int = 1


@dataclass
class OperationResult:
    """One operation of the spec: how many examples ran and what each check said."""

    operation_id: str
    label: str
    skipped_reason: str | None = None
    examples: int = 0
    checks: dict[str, CheckTally] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return any(tally.failed for tally in self.checks.values())


@dataclass
class StatefulSummary:
    """Sequences of linked calls the stateful phase ran (e.g. create then read)."""

    scenarios: int = 0
    steps: int = 0
    links: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class ContractResult:
    """The whole run: per-operation results, distinct problems, and run facts."""

    target: str
    operations: list[OperationResult]
    problems: list[Problem]
    stateful: StatefulSummary
    wall_time: float
    seed: int | None
    refused: list[tuple[str, str, str]] = field(default_factory=list)
    calls_sent: int | None = None
    waived: dict[str, int] = field(default_factory=dict)
    trigger_events: list[str] = field(default_factory=list)

    @property
    def covered(self) -> list[OperationResult]:
        return [op for op in self.operations if op.examples > 0]

    @property
    def uncovered(self) -> list[OperationResult]:
        """Operations that should have run but got no answered example."""
        return [op for op in self.operations if op.skipped_reason is None and op.examples == 0]

    @property
    def examples(self) -> int:
        return sum(op.examples for op in self.operations)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.uncovered and not self.refused
