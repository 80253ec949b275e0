"""What rendering the client has to say: what it made, what it skipped and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class ClientWarning:
    """Something the client does differently from the spec; ``pointer`` is into the spec."""

    pointer: str
    message: str


@dataclass(frozen=True, order=True)
class SkippedOperation:
    """An operation of the spec with no method in the client, and why."""

    operation: str
    pointer: str
    reason: str


@dataclass(frozen=True, order=True)
class DegradedOperation:
    """An operation the client makes, but not as Power Platform runs it: each reason why."""

    operation: str
    reasons: list[str]


@dataclass
class ClientReport:
    """``models`` and ``operations`` are class and operationId names, in generation order."""

    package: str
    models: list[str] = field(default_factory=list)
    operations: list[str] = field(default_factory=list)
    iterators: list[str] = field(default_factory=list)
    notifications: list[str] = field(default_factory=list)
    skipped: list[SkippedOperation] = field(default_factory=list)
    warnings: list[ClientWarning] = field(default_factory=list)
    degraded: list[DegradedOperation] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def as_text(self) -> str:
        lines = [
            f"client package {self.package}: {len(self.models)} models, "
            f"{len(self.operations)} operations ({len(self.iterators)} with iterators), "
            f"{len(self.skipped)} skipped, {len(self.degraded)} degraded, "
            f"{len(self.warnings)} warnings"
        ]
        lines += [f"  skipped {s.operation} [{s.pointer}]: {s.reason}" for s in self.skipped]
        lines += [f"  degraded {d.operation}: {'; '.join(d.reasons)}" for d in self.degraded]
        lines += [f"  warning [{w.pointer or '/'}]: {w.message}" for w in self.warnings]
        return "\n".join(lines)
