"""How big and how deep a definition may be, checked before any stage walks it.

Every stage walks the document, several of them recursively, and YAML aliases let a
few hundred bytes stand for millions of values (an "alias bomb"). So a document is
refused, at the place where it goes too far, when it is nested deeper than
``MAX_DEPTH`` or stands for more than ``MAX_VALUES`` values once its aliases are
expanded. The largest of 23 published connectors has about 19,000 values and is
nested 20 deep; the bounds leave room for far larger ones.

The check reads a YAML document's composed nodes, where an alias is the very node
it names, so counting costs the size of the text, never the size of the expansion.
A JSON document has no aliases, but the same bound holds: a million-value ``enum``
is refused here, in a second, rather than taking minutes in every later stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from .pointer import escape

MAX_DEPTH = 64
MAX_VALUES = 500_000


@dataclass
class LimitExceeded(Exception):
    """The document goes beyond a bound; ``pointer`` (and the node's place, for YAML) says where."""

    message: str
    pointer: str
    line: int | None = None
    column: int | None = None
    # Finding a line in a document too big takes longer than refusing it: the pointer says where.
    too_big_to_place: bool = False


def check_node_limits(root: yaml.Node) -> None:
    """Raise :class:`LimitExceeded` when composed YAML is too deep or expands too far."""
    sizes, heights = _measure(root)
    if heights[id(root)] > MAX_DEPTH:
        pointer, node = _descent(
            root, lambda n, depth: depth <= MAX_DEPTH and depth + heights[id(n)] > MAX_DEPTH
        )
        raise _at_node(f"the document is nested more than {MAX_DEPTH} levels deep", pointer, node)
    if sizes[id(root)] > MAX_VALUES:
        pointer, node = _descent(root, lambda n, depth: sizes[id(n)] > MAX_VALUES)
        message = f"the aliases expand the document to more than {MAX_VALUES:,} values"
        raise _at_node(message, pointer, node)


def check_data_limits(data: Any) -> None:
    """Raise :class:`LimitExceeded` at the first value nested deeper than ``MAX_DEPTH``, or
    at the value that makes the document hold more than ``MAX_VALUES`` values."""
    depth, count = _extent(data)
    if depth > MAX_DEPTH:
        message = f"the document is nested more than {MAX_DEPTH} levels deep"
        raise LimitExceeded(message, _first_too_deep(data))
    if count > MAX_VALUES:
        message = f"the document holds more than {MAX_VALUES:,} values"
        raise LimitExceeded(message, _largest(data), too_big_to_place=True)


def _extent(data: Any) -> tuple[int, int]:
    """How deep ``data`` is nested and how many values it holds, counted a level at a time
    (no place is worked out until one is needed), and only down to one level past the bound."""
    depth, count, level = 0, 0, [data]
    while level and depth <= MAX_DEPTH:
        depth, count = depth + 1, count + len(level)
        level = _below(level)
    return depth, count


def _below(level: list[Any]) -> list[Any]:
    """The values one level below those of ``level``."""
    found: list[Any] = []
    for value in level:
        if isinstance(value, dict):
            found += value.values()
        elif isinstance(value, list):
            found += value
    return found


def _count_all(level: list[Any]) -> int:
    count = 0
    while level:
        count += len(level)
        level = _below(level)
    return count


def _first_too_deep(data: Any) -> str:
    """The pointer of the first value nested deeper than ``MAX_DEPTH``."""
    stack: list[tuple[str, Any, int]] = [("", data, 1)]
    while stack:
        pointer, value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return pointer
        if isinstance(value, dict):
            stack += [(f"{pointer}/{escape(k)}", v, depth + 1) for k, v in value.items()]
        elif isinstance(value, list):
            stack += [(f"{pointer}/{i}", v, depth + 1) for i, v in enumerate(value)]
    return ""


def _largest(data: Any) -> str:
    """From the top down the largest child, while it alone holds more than ``MAX_VALUES``."""
    pointer, value = "", data
    while True:
        children = value.items() if isinstance(value, dict) else enumerate(value)
        sizes = [(_count_all([item]), str(key), item) for key, item in children if _nests(item)]
        size, key, item = max(sizes, key=lambda entry: entry[0], default=(0, "", None))
        if size <= MAX_VALUES:
            return pointer
        pointer, value = f"{pointer}/{escape(key)}", item


def _nests(value: Any) -> bool:
    return isinstance(value, dict | list)


def _children(node: yaml.Node) -> list[tuple[str, yaml.Node]]:
    if isinstance(node, yaml.MappingNode):
        return [(escape(str(key.value)), value) for key, value in node.value]
    if isinstance(node, yaml.SequenceNode):
        return [(str(index), item) for index, item in enumerate(node.value)]
    return []


def _measure(root: yaml.Node) -> tuple[dict[int, int], dict[int, int]]:
    """How many values each node stands for and how deep it goes, by node id.

    Each shared (aliased) node is measured once; sizes stop counting past the bound.
    Iterative: a recursion would fail on the very documents this guards against.
    """
    sizes: dict[int, int] = {}
    heights: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            open_nodes.discard(id(node))
            children = [id(value) for _, value in _children(node)]
            sizes[id(node)] = min(1 + sum(sizes[c] for c in children), MAX_VALUES + 1)
            heights[id(node)] = 1 + max((heights[c] for c in children), default=0)
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_nodes:
            message = "an alias refers to a value that contains it, so it never ends"
            raise _at_node(message, "", node)
        open_nodes.add(id(node))
        stack.append((node, True))
        stack += [(value, False) for _, value in _children(node) if id(value) not in sizes]
    return sizes, heights


def _descent(root: yaml.Node, too_far: Callable[[yaml.Node, int], bool]) -> tuple[str, yaml.Node]:
    """From the root down the first child that is still too far, to the value that goes over."""
    pointer, node, depth = "", root, 0
    while True:
        over = [(token, value) for token, value in _children(node) if too_far(value, depth + 1)]
        if not over:
            return pointer, node
        token, node = over[0]
        pointer, depth = f"{pointer}/{token}", depth + 1


def _at_node(message: str, pointer: str, node: yaml.Node) -> LimitExceeded:
    return LimitExceeded(message, pointer, node.start_mark.line + 1, node.start_mark.column + 1)
