"""The state one comparison carries: both definitions, where we are, what was found."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from ..model import Definition
from .changes import NEW, OLD, Change

REQUEST, RESPONSE = "request", "response"


def show(value: Any) -> str:
    """A value as a message quotes it: JSON, or ``none`` when it is absent."""
    return "none" if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class Where:
    """How a message names a value: ``request body field 'contact.name'``."""

    label: str
    path: str = ""

    def field(self, name: str) -> Where:
        return Where(self.label, f"{self.path}.{name}" if self.path else name)

    def items(self) -> Where:
        return Where(self.label, f"{self.path}[]")

    def __str__(self) -> str:
        if not self.path:
            return self.label
        if self.path == "[]":
            return f"{self.label} items"
        return f"{self.label} field '{self.path}'"


@dataclass
class Comparison:
    """Collects changes; ``within`` gives a view scoped to one operation sharing the same list."""

    old: Definition
    new: Definition
    changes: list[Change] = field(default_factory=list)
    operation: str = ""
    # (old pointer, new pointer) pairs being compared right now: a recursive schema stops here.
    active: set[tuple[str, str]] = field(default_factory=set)

    def within(self, operation: str) -> Comparison:
        return replace(self, operation=operation, active=set())

    def record(
        self,
        kind: str,
        breaking: bool,
        pointer: str,
        message: str,
        side: str = NEW,
        file: str = "",
    ) -> None:
        """Add a change; ``message`` is a clause, made into a sentence naming the operation.
        ``file`` names the apiProperties.json ``pointer`` is in (default: the definition)."""
        if self.operation:
            sentence = f"In {self.operation}, {message}."
        else:
            sentence = f"{message[0].upper()}{message[1:]}."
        change = Change(kind, breaking, pointer, sentence, side, self.operation, file)
        self.changes.append(change)

    def record_whole(self, kind: str, breaking: bool, pointer: str, side: str) -> None:
        """Add the change of a whole operation (added or removed), which names itself."""
        verb = "removed" if side == OLD else "added"
        sentence = f"Operation {self.operation} was {verb}."
        self.changes.append(Change(kind, breaking, pointer, sentence, side, self.operation))
