"""A schema ``pattern`` read as JSON Schema means it (ECMA 262), not as Python's ``re`` does.

Two Python habits would let input through that the spec refuses: ``$`` also matches
before a trailing newline (so ``^[0-9]{10}$`` admits ``"4235550100\\n"``), and ``\\d``,
``\\w``, ``\\s`` match any Unicode digit, letter or space (fullwidth ``"\\uff14"`` is a
digit). Here ``$`` means the very end of the text and the classes are ASCII.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError


def _end_anchored(pattern: str) -> str:
    """``pattern`` with every ``$`` that is an anchor (not escaped, not in a class) as ``\\Z``."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return "".join(out)


@functools.lru_cache(maxsize=512)
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(_end_anchored(pattern), re.ASCII)


def matches(pattern: str, text: str) -> bool:
    """Whether ``text`` matches ``pattern`` somewhere, as JSON Schema's ``pattern`` asks."""
    return compiled(pattern).search(text) is not None


def pattern_keyword(
    validator: Any, pattern: str, instance: Any, _schema: Any
) -> Iterator[ValidationError]:
    """jsonschema's ``pattern`` keyword with the semantics above."""
    if validator.is_type(instance, "string") and not matches(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")
