"""Where each value of a document stands in its source text.

JSON is (for our purposes) YAML, so one composer gives line and column for both
formats. Positions are computed only when someone asks for a line, so a run
that reports nothing pays nothing.
"""

from __future__ import annotations

import yaml

from .pointer import escape

Position = tuple[int, int]  # 1-based line and column

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def source_positions(text: str) -> dict[str, Position]:
    """Map every JSON pointer in ``text`` to the position of its value.

    Returns an empty map when the text cannot be composed (the caller already
    parsed it another way; a missing line is better than a crash).
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
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
