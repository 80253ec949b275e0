"""Repairs for the not-quite-JSON that published connector files contain.

Real ``apiDefinition.swagger.json`` files carry ``//`` and ``/* */`` comments,
trailing commas, a missing comma between two members, a stray closing bracket,
a document closed too early or never closed, a tab typed into a string. Each is
mended only where the intent is plain, and reported as a :class:`Repair`;
anything else raises :class:`JsonProblem` at its place, so a guess never turns
into a definition the author did not write.

Every repair keeps the text's lines where they were (comments become spaces, a
missing comma goes just before the token that needed it, missing brackets are
added after the last token), so positions reported later still point into the
file the user has open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""
    (?P<string>"(?:[^"\\\n]|\\[^\n])*")
  | (?P<open_string>"[^\n]*)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<open_comment>/\*)
  | (?P<open>[{\[])
  | (?P<close>[}\]])
  | (?P<comma>,)
  | (?P<colon>:)
  | (?P<space>[ \t\n\r]+)
  | (?P<odd_space>[^\S \t\n\r]|\ufeff)
  | (?P<literal>[^\s{}\[\],:"/\ufeff]+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_QUIET = ("space", "line_comment", "block_comment", "odd_space")
# What Python's ``json`` accepts outside strings, so strict and lenient agree on valid text.
_LITERAL = re.compile(
    r"true|false|null|NaN|-?Infinity|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?"
)
_ESCAPE = re.compile(r'\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt]|(?P<bad>u|.))', re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x1f]")
_CLOSER = {"{": "}", "[": "]"}


@dataclass(frozen=True)
class Repair:
    """One change made to the text, at its 1-based line and column in the original."""

    line: int
    column: int
    message: str


class JsonProblem(ValueError):
    """The text is not JSON and no repair is certain: what is wrong, where, and how to fix it."""

    def __init__(self, line: int, column: int, message: str, hint: str) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.line, self.column, self.message, self.hint = line, column, message, hint


def repair_json(text: str) -> tuple[str, list[Repair]]:
    """``text`` mended where the intent is certain, with each repair; unchanged when it is JSON.

    Raises :class:`JsonProblem` at the first place no repair is certain.
    """
    return _Repairer(text).run()


@dataclass
class _Frame:
    """An open ``{`` or ``[``: where it opened and what it expects next.

    ``expect`` is ``first`` (just opened), ``key``, ``colon``, ``value``, ``next``
    (a comma or the closer) or ``more`` (a list's item after a comma).
    """

    bracket: str
    offset: int
    expect: str = "first"


@dataclass
class _Repairer:
    """One pass over the tokens, copying each to ``out`` or mending it."""

    text: str
    out: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    started: bool = False
    last_end: int = 0  # the end of the last token that is not space or a comment
    pending_comma: tuple[int, int] | None = None  # index in ``out`` and offset of a last comma
    root: _Frame | None = None  # the document's bracket, once closed
    root_close: tuple[int, int] = (0, 0)  # index in ``out`` and offset of the root's closer
    early_close: int | None = None  # offset of a root closer that came before more members
    displaced: int | None = None  # offset of a list item closed for its '}', written later

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        self.tokens = list(_TOKEN.finditer(self.text))

    def where(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def repair(self, offset: int, message: str) -> None:
        self.repairs.append(Repair(*self.where(offset), message))

    def fail(self, offset: int, message: str, hint: str) -> JsonProblem:
        return JsonProblem(*self.where(offset), message, hint)

    def run(self) -> tuple[str, list[Repair]]:
        for index, match in enumerate(self.tokens):
            self.out.append(self.token(index, match))
        self.finish()
        return "".join(self.out), sorted(self.repairs, key=lambda r: (r.line, r.column))

    def token(self, index: int, match: re.Match[str]) -> str:
        """The text that stands for this token in the output."""
        kind, text, start = match.lastgroup or "other", match.group(), match.start()
        if kind == "space":
            return text
        if kind in ("line_comment", "block_comment"):
            self.repair(start, f"removed a {text[:2]} comment")
            return re.sub(r"[^\n]", " ", text)
        if kind == "odd_space":
            name = "a byte-order mark" if text == "\ufeff" else f"U+{ord(text):04X} (a space)"
            self.repair(start, f"removed {name}")
            return " "
        if kind in ("open_string", "open_comment", "other"):
            raise self.unreadable(kind, text, start)
        self.last_end = match.end()
        if self.started and not self.stack:
            return self.after_root(index, kind, text, start)
        return self.structural(index, kind, text, start)

    def unreadable(self, kind: str, text: str, start: int) -> JsonProblem:
        if kind == "open_string":
            return self.fail(start, "a string is not closed on its line", 'end it with a "')
        if kind == "open_comment":
            return self.fail(start, "a /* comment is never closed", "end it with */")
        return self.fail(start, f"unexpected character {text!r}", "remove it, or quote the text")

    def structural(self, index: int, kind: str, text: str, start: int) -> str:
        frame = self.stack[-1] if self.stack else None
        if kind == "comma":
            return self.comma(frame, start)
        if kind == "colon":
            return self.colon(frame, start)
        if kind == "close":
            return self.close(frame, text, start)
        return self.value(index, frame, kind, text, start)

    def value(self, index: int, frame: _Frame | None, kind: str, text: str, start: int) -> str:
        """A string, literal, ``{`` or ``[`` where a key or a value may stand."""
        prefix = ""
        if frame is not None and self.unclosed_item(frame, text):
            prefix, frame = self.close_unclosed_item(start), self.stack[-1]
        self.pending_comma = None
        self.started = True
        if frame is not None:
            prefix += (
                self.missing_comma(index, frame, kind, start) if frame.expect == "next" else ""
            )
            frame.expect = self.after_value(frame, kind, start)
        if kind == "open":
            self.stack.append(_Frame(text, start))
        return prefix + self.checked(kind, text, start)

    def after_value(self, frame: _Frame, kind: str, start: int) -> str:
        """What ``frame`` expects once this key or value is read."""
        if frame.bracket == "{" and frame.expect in ("first", "key"):
            if kind != "string":
                raise self.fail(start, "a key is not a string", 'quote it: "key": value')
            return "colon"
        if frame.expect == "colon":
            raise self.fail(start, "a ':' is missing after the key", 'write "key": value')
        return "next"

    def checked(self, kind: str, text: str, start: int) -> str:
        """A literal checked; a string checked, with its control characters escaped."""
        if kind == "literal" and not _LITERAL.fullmatch(text):
            raise self.fail(
                start,
                f"{text[:40]!r} is not a JSON value",
                "quote it as a string, or write a number, true, false or null",
            )
        if kind != "string":
            return text
        bad = next((m for m in _ESCAPE.finditer(text) if m.group("bad") is not None), None)
        if bad:
            raise self.fail(
                start + bad.start(),
                f"'{bad.group()}' is not a JSON escape",
                'write a backslash as \\\\, or use \\n, \\t, \\" or \\uXXXX',
            )
        for control in _CONTROL.finditer(text):
            name = "a tab" if control.group() == "\t" else f"U+{ord(control.group()):04X}"
            self.repair(start + control.start(), f"escaped {name} inside a string")
        return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    def missing_comma(self, index: int, frame: _Frame, kind: str, start: int) -> str:
        """Two values side by side: a comma is certain in a list, or before ``"key":``."""
        if frame.bracket == "{" and not (kind == "string" and self.next_kind(index) == "colon"):
            raise self.fail(
                start,
                "a ',' or '}' is expected here",
                "end the member before it with a comma, or close the object",
            )
        self.repair(start, "inserted a missing comma before this")
        frame.expect = "key" if frame.bracket == "{" else "more"
        return ","

    def unclosed_item(self, frame: _Frame, text: str) -> bool:
        """A '{' where a key belongs, in an object that is an item of a list: the object was
        left open and the '{' is the list's next item (merged Icon Horse)."""
        in_list = len(self.stack) > 1 and self.stack[-2].bracket == "["
        return frame.bracket == "{" and frame.expect == "key" and text == "{" and in_list

    def close_unclosed_item(self, start: int) -> str:
        self.drop_trailing_comma("removed the comma of an object left open")
        self.repair(start, "closed the object before this, left open in its list")
        self.displaced = start
        self.stack.pop()
        self.stack[-1].expect = "more"
        return "},"

    def next_kind(self, index: int) -> str | None:
        """The kind of the next token that is not space or a comment."""
        for following in range(index + 1, len(self.tokens)):
            if self.tokens[following].lastgroup not in _QUIET:
                return self.tokens[following].lastgroup
        return None

    def comma(self, frame: _Frame | None, start: int) -> str:
        if frame is None:
            raise self.fail(start, "a ',' before the document", "remove it")
        if frame.expect == "next":
            frame.expect = "key" if frame.bracket == "{" else "more"
            self.pending_comma = (len(self.out), start)
            return ","
        if frame.expect in ("first", "key", "more"):
            doubled = "doubled comma" if frame.expect != "first" else "comma before the first item"
            self.repair(start, f"removed a {doubled}")
            return " "
        raise self.fail(start, "a value is missing before this ','", "write the value")

    def colon(self, frame: _Frame | None, start: int) -> str:
        if frame is None or frame.expect != "colon":
            raise self.fail(start, "a ':' where none belongs", "a ':' goes only after a key")
        frame.expect = "value"
        return ":"

    def close(self, frame: _Frame | None, text: str, start: int) -> str:
        if frame is None:
            raise self.fail(start, f"a {text!r} before the document opened", "remove it")
        if _CLOSER[frame.bracket] != text and self.displaced is not None and text == "}":
            line, column = self.where(self.displaced)
            self.repair(start, f"removed this '}}', which belongs before {line}:{column}")
            self.displaced = None
            return " "
        if _CLOSER[frame.bracket] != text:
            return self.stray(frame, text, start)
        if frame.expect in ("colon", "value"):
            raise self.fail(start, "a key has no value", 'write "key": value, or remove the key')
        if frame.expect in ("key", "more"):
            self.drop_trailing_comma("removed a trailing comma")
        self.pending_comma = None
        closed = self.stack.pop()
        if not self.stack:
            self.root = closed
            self.root_close = (len(self.out), start)
            if self.early_close is not None:
                self.repair(self.early_close, "removed a '}' that ended the document too early")
                self.early_close = None
        return text

    def drop_trailing_comma(self, message: str) -> None:
        if self.pending_comma is not None:
            index, offset = self.pending_comma
            self.repair(offset, message)
            self.out[index] = " "

    def stray(self, frame: _Frame, text: str, start: int) -> str:
        """A closer that matches no open bracket is stray; one that skips one is not certain."""
        if any(_CLOSER[open_.bracket] == text for open_ in self.stack):
            line, column = self.where(frame.offset)
            raise self.fail(
                start,
                f"{text!r} comes before the {frame.bracket!r} of {line}:{column} is closed",
                f"close that {frame.bracket!r} with {_CLOSER[frame.bracket]!r} first, "
                f"or remove this {text!r} if it is stray",
            )
        self.repair(start, f"removed a stray {text!r}")
        return " "

    def after_root(self, index: int, kind: str, text: str, start: int) -> str:
        """A token after the document closed: a stray closer, or members that belong inside."""
        if kind == "close":
            self.repair(start, f"removed a stray {text!r} after the end of the document")
            return " "
        close_index, close_offset = self.root_close
        member = kind == "string" and self.next_kind(index) == "colon"
        if self.root is None or self.root.bracket != "{" or not (member or kind == "comma"):
            raise self.fail(
                start,
                "more text after the end of the document",
                "remove it; or, if it belongs in the document, move the document's last "
                "closing bracket after it",
            )
        self.early_close = close_offset
        self.out[close_index] = "," if member else " "
        self.root.expect = "key" if member else "next"
        self.stack.append(self.root)
        return self.structural(index, kind, text, start)

    def finish(self) -> None:
        """The end of the text: close what is still open, when nothing but closers is missing."""
        if not self.started:
            raise JsonProblem(1, 1, "the file holds no JSON value", "write the definition")
        if not self.stack:
            return
        frame = self.stack[-1]
        if frame.expect in ("colon", "value"):
            raise self.fail(
                self.last_end,
                "the file ends where a key's value should be",
                "the file looks cut short: restore its end",
            )
        if frame.expect in ("key", "more"):
            self.drop_trailing_comma("removed a trailing comma at the end of the file")
        self.close_at_end()

    def close_at_end(self) -> None:
        closers = "".join(_CLOSER[frame.bracket] for frame in reversed(self.stack))
        self.out.append(closers)
        if self.early_close is not None:
            self.repair(
                self.early_close, "moved the '}' that ended the document too early to the end"
            )
            closers = closers[:-1]
        if closers:
            line, column = self.where(self.stack[-1].offset)
            self.repair(
                self.last_end,
                f"added the missing {closers!r} at the end of the file "
                f"(the {self.stack[-1].bracket!r} of {line}:{column} was never closed)",
            )
