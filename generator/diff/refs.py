"""Following ``$ref`` through the model's resolver, so that where a schema lives is no change.

Comparison works on values as they are used, not as they are written: an
inline schema moved into ``definitions`` (or a parameter moved into the shared
``parameters``) compares equal. Every value keeps the pointer of the place it
really lives, so a report points at the text a maintainer must edit.

A reference that leads nowhere would make a comparison guess what was meant,
so the diff refuses the document instead, at the line of that ``$ref``.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..model import Definition, RefProblem

_HINTS = {
    "missing": "point the $ref at an existing entry, e.g. '#/definitions/Name', or add that entry",
    "cycle": "write one entry of the loop out (a schema, parameter or response), not as a $ref",
}


def follow(definition: Definition, node: Any, pointer: str) -> tuple[Any, str]:
    """The value ``node`` (written at ``pointer``) stands for, and where that value lives.

    A remote ``$ref`` is left as it is (compared as written); a local one that
    names nothing, or a chain that loops, is bad input.
    """
    end = definition.resolver.chain(pointer, node)
    if end.problem is not None:
        raise refusal(definition, end.problem)
    return end.value, end.pointer


def require_path_items(definition: Definition) -> None:
    """Refuse a path item whose ``$ref`` leads nowhere: its operations would read as removed."""
    for problem in definition.path_item_problems:
        raise refusal(definition, problem)


def refusal(definition: Definition, problem: RefProblem) -> InputError:
    """The error for a dead-end reference: the file, the line of its ``$ref``, and a fix."""
    line, column = definition.document.position(problem.pointer) or (None, None)
    return InputError(
        definition.path,
        f"{problem.message} (the $ref at {problem.pointer})",
        hint=_HINTS[problem.kind],
        line=line,
        column=column,
    )
