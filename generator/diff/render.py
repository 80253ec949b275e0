"""Writing a change report for people, as JSON, or as markdown for a changelog or pull request.

Rendering only formats records it is given; every decision was taken by the
comparison. Each record is placed at its line in the document it points into.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..model import Definition
from ..render.jinja import environment
from .changes import OLD, Change

FORMATS = ("text", "json", "markdown")

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _markdown(text: str) -> str:
    """Escape what markdown would read as markup in a message."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


_TEMPLATES = environment(__package__)
_TEMPLATES.filters["md"] = _markdown


def _row(change: Change, old: Definition, new: Definition) -> dict[str, Any]:
    """The change, placed: its file, and its line when it is in the definition (a change in
    apiProperties.json is placed by its JSON pointer alone: the model keeps no lines of it)."""
    if change.file:
        return change.to_dict() | {"line": None}
    document = old if change.side == OLD else new
    return {
        **change.to_dict(),
        "file": str(document.path),
        "line": document.line_of(change.pointer),
    }


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _summary(breaking: int, other: int) -> str:
    if not breaking + other:
        return "no changes"
    return f"{_count(breaking, 'breaking change')}, {_count(other, 'other change')}"


def render(changes: list[Change], old: Definition, new: Definition, format: str = "text") -> str:
    """The report in ``format`` (one of :data:`FORMATS`), ending with a newline."""
    rows = [_row(change, old, new) for change in changes]
    breaking = [row for row in rows if row["breaking"]]
    if format == "json":
        report = {"old": str(old.path), "new": str(new.path), "breaking": len(breaking)}
        return json.dumps({**report, "changes": rows}, indent=2, ensure_ascii=False) + "\n"
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    return _TEMPLATES.get_template(f"{format}.j2").render(
        old=str(old.path),
        new=str(new.path),
        summary=_summary(len(breaking), len(rows) - len(breaking)),
        breaking=breaking,
        other=[row for row in rows if not row["breaking"]],
    )
