"""What a contract run found, as plain data that the table, JUnit and tests all read."""

from __future__ import annotations

from dataclasses import dataclass, field

# Checks that fail when the API accepts what the spec forbids: it is more lenient than its
# definition, which clients relying on the spec do not notice. A warning, not an error.
LENIENCY_CHECKS = frozenset({"negative_data_rejection"})


@dataclass
class CheckTally:
    """How often one check passed and failed on one operation."""

    passed: int = 0
    failed: int = 0


@dataclass
class Problem:
    """One distinct disagreement between API and spec (or an error that stopped a test).

    ``occurrences`` counts the examples that showed the same check failing the same way;
    ``curl`` reproduces the first of them. ``constraint`` names, for a warning, the
    constraint of the spec the API did not enforce.
    """

    operation_id: str
    check: str
    title: str
    message: str
    curl: str | None
    occurrences: int = 1
    constraint: str | None = None

    @property
    def is_warning(self) -> bool:
        """The API accepted more than the spec says, rather than breaking it."""
        return self.check in LENIENCY_CHECKS


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
class AccountChanges:
    """What a live run did to the account, by operation id, and what it could not undo.

    ``kept_away`` counts writes never sent because they aimed at what the run did not make;
    ``left`` counts successful writes of which nothing says how to undo them.
    """

    run_name: str = ""
    made: dict[str, int] = field(default_factory=dict)
    undone: dict[str, int] = field(default_factory=dict)
    restored: dict[str, int] = field(default_factory=dict)
    kept_away: dict[str, int] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)
    not_undone: list[str] = field(default_factory=list)


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
    account: AccountChanges | None = None

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
    def errors(self) -> list[Problem]:
        """Where the API breaks the spec: wrong status, schema, content type, a crash..."""
        return [problem for problem in self.problems if not problem.is_warning]

    @property
    def warnings(self) -> list[Problem]:
        """Where the API accepts more than the spec says."""
        return [problem for problem in self.problems if problem.is_warning]

    @property
    def ok(self) -> bool:
        """No error, every operation covered, nothing refused; warnings alone pass."""
        return not self.errors and not self.uncovered and not self.refused
