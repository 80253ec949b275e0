"""Where each value of a document stands in its source text.

JSON is (for our purposes) YAML, so one composer gives line and column for both
formats. Positions are computed only when someone asks for a line, so a run
that reports nothing pays nothing.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

import yaml

from .pointer import escape

Position = tuple[int, int]  # 1-based line and column

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# JSON that YAML's composer refuses: escaped UTF-16 surrogates (how JSON writes an emoji) and
# keys longer than YAML's 1,024 characters; escapes are matched in pairs, so ``\\u`` is not one.
_ESCAPE = re.compile(r"\\(?:\\|u[dD][89a-fA-F][0-9a-fA-F]{2})")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_COLON = re.compile(r"\s*:")
LONGEST_KEY = 500


def source_positions(text: str) -> dict[str, Position]:
    """Map every JSON pointer in ``text`` to the position of its value.

    Returns an empty map when the text cannot be composed (the caller already
    parsed it another way; a missing line is better than a crash).
    """
    try:
        with collector_paused():
            root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        try:
            with collector_paused():
                root = yaml.compose(_composable(text), Loader=_Loader)
        except yaml.YAMLError:
            return {}
    positions: dict[str, Position] = {}
    stack: list[tuple[str, yaml.Node | None]] = [("", root)]
    while stack:
        pointer, node = stack.pop()
        if node is None:
            continue
        positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((pointer + "/" + escape(str(key.value)), value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((f"{pointer}/{i}", item) for i, item in enumerate(node.value))
    return positions


def _composable(text: str) -> str:
    """JSON ``text`` as YAML can compose it: a surrogate escape becomes another escape of the
    same length (lines and columns stay), a key over :data:`LONGEST_KEY` characters is cut (its
    pointer is then not found, and its parent's place is given). Linear: each string once."""
    text = _ESCAPE.sub(lambda m: m.group() if m.group() == "\\\\" else "\\ufffd", text)

    def fitted(string: re.Match[str]) -> str:
        long = string.end() - string.start() > LONGEST_KEY
        if long and _COLON.match(text, string.end()):
            return string.group()[:LONGEST_KEY].rstrip("\\") + '"'
        return string.group()

    return _STRING.sub(fitted, text)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a bounded pass that makes objects which stay alive.

    The millions of nodes of a large definition are all alive, and collecting passes over
    them made composing grow faster than the text (0.45 ms per operation at 2,000, 0.77 at
    8,000; 0.12 and 0.14 without). Cycles made meanwhile are collected once it is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
