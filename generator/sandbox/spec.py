"""A routing index over the model's operations: which operation a request's method and path reach.

Nothing here knows the Text Request API, and nothing reads the document itself: every
route comes from :attr:`Definition.operations`, so a path added to the spec is routed
(and answered 501 until a handler exists) without touching this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Definition, Operation
from .errors import MethodNotAllowed, NotFound


@dataclass(frozen=True)
class Route:
    """One operation and the regular expression its path template becomes."""

    operation: Operation
    pattern: re.Pattern[str]


class Routes:
    """The operations of one definition, ready to match requests below its base path."""

    def __init__(self, definition: Definition) -> None:
        # Templates with more fixed segments win, so ".../conversations/archive" is never
        # taken for a parameter value.
        ordered = sorted(definition.operations, key=lambda op: -_fixed_segments(op.path))
        self._routes = [Route(op, _path_pattern(op.path)) for op in ordered]

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for a request path (below the base path) and its raw path values."""
        allowed = []
        for route in self._routes:
            found = route.pattern.fullmatch(path)
            if found is None:
                continue
            if route.operation.method == method.lower():
                return route.operation, found.groupdict()
            allowed.append(route.operation.method.upper())
        if allowed:
            listed = ", ".join(allowed)
            raise MethodNotAllowed(f"{method} is not allowed here; use {listed}", allowed)
        raise NotFound(f"no operation at {path}")


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    regex = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(regex)


def _fixed_segments(path: str) -> int:
    return sum(1 for segment in path.split("/") if segment and not segment.startswith("{"))
