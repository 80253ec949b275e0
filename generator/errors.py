"""Errors the command line reports to a person, with where and how to fix."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class InputError(Exception):
    """A file the user gave us cannot be used as it is.

    Carries the place (line and column, 1-based, where known) and a hint so
    that the message alone is enough to fix the file. The CLI exits 2.
    """

    path: Path | str
    message: str
    hint: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        place = str(self.path)
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        text = f"{place}: {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


@dataclass
class DefinitionBlocked(Exception):
    """The definition has problems that would make the output wrong, so nothing was written.

    ``problems`` are the findings as located lines of text. The CLI exits 1.
    """

    path: Path | str
    problems: list[str]
    hint: str

    def __str__(self) -> str:
        lines = "\n".join(self.problems)
        count = len(self.problems)
        return (
            f"{lines}\n{self.path}: nothing written: {count} problem"
            f"{'s' if count != 1 else ''} above would make the output wrong\n  hint: {self.hint}"
        )
