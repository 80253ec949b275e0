"""Repairs for the not-quite-JSON that published connector files contain.

Real ``apiDefinition.swagger.json`` files carry ``//`` and ``/* */`` comments,
trailing commas and, now and then, a missing comma between two members. Each
repair keeps the text's lines where they were (comments become spaces, a
missing comma is inserted on its own line), so positions reported later still
point into the file the user has open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<open>[{\[])
  | (?P<close>[}\]])
  | (?P<comma>,)
  | (?P<colon>:)
  | (?P<literal>[^\s{}\[\],:"/]+)
  | (?P<space>\s+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_VALUE_END = {"string", "literal", "close"}
_VALUE_START = {"string", "literal", "open"}


@dataclass(frozen=True)
class Repair:
    """One change made to the text, at its 1-based line and column in the original."""

    line: int
    column: int
    message: str


def repair_json(text: str) -> tuple[str, list[Repair]]:
    """Return ``text`` with comments, trailing commas and missing commas mended."""
    out: list[str] = []
    repairs: list[Repair] = []
    line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    previous: str | None = None  # kind of the last significant token
    # A comma not yet known to be trailing: its index in ``out`` and its offset in ``text``.
    pending_comma: tuple[int, int] | None = None

    def where(offset: int) -> tuple[int, int]:
        line = bisect_right(line_starts, offset) - 1
        return line + 1, offset - line_starts[line] + 1

    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup or "other", match.group()
        if kind in ("line_comment", "block_comment"):
            repairs.append(Repair(*where(match.start()), "removed a comment"))
            out.append(re.sub(r"[^\n]", " ", token))
            continue
        if kind == "space":
            out.append(token)
            continue
        if kind == "close" and pending_comma is not None:
            index, offset = pending_comma
            repairs.append(Repair(*where(offset), "removed a trailing comma"))
            out[index] = " "
        elif kind in _VALUE_START and previous in _VALUE_END:
            repairs.append(Repair(*where(match.start()), "inserted a missing comma before this"))
            out.append(",")
        pending_comma = (len(out), match.start()) if kind == "comma" else None
        out.append(token)
        previous = kind
    return "".join(out), repairs
