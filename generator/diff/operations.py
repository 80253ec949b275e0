"""Finding the operations of a definition and pairing them across two versions.

Pairing by operationId first, then by method and path, turns a renamed
operationId or a moved path into one reported change rather than a removal
plus an addition, which would hide what happened.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..load.operations import HTTP_METHODS
from ..load.pointer import child, join
from .refs import Side


@dataclass(frozen=True, eq=False)
class Operation:
    """One method of one path, with the path item whose parameters it inherits."""

    method: str
    path: str
    node: dict[str, Any]
    pointer: str
    path_item: dict[str, Any]
    path_pointer: str

    @property
    def id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) and value else None

    @property
    def key(self) -> tuple[str, str]:
        return self.method, self.path

    @property
    def label(self) -> str:
        place = f"{self.method.upper()} {self.path}"
        return f"{self.id} ({place})" if self.id else place


def operations(side: Side) -> Iterator[Operation]:
    paths = side.data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        item, item_ptr = side.follow(item, join("paths", path))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield Operation(method, path, item[method], child(item_ptr, method), item, item_ptr)


def _by_unique_id(ops: list[Operation]) -> dict[str, Operation]:
    counts = Counter(op.id for op in ops)
    return {op.id: op for op in ops if op.id and counts[op.id] == 1}


def pair_operations(
    old: list[Operation], new: list[Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """(pairs, removed, added): by unique operationId, then by method and path."""
    old_ids, new_ids = _by_unique_id(old), _by_unique_id(new)
    pairs = [(old_ids[op_id], op) for op_id, op in new_ids.items() if op_id in old_ids]
    paired_old = {o.key for o, _ in pairs}
    paired_new = {n.key for _, n in pairs}
    rest = {op.key: op for op in old if op.key not in paired_old}
    added = []
    for op in new:
        if op.key in paired_new:
            continue
        if op.key in rest:
            pairs.append((rest.pop(op.key), op))
        else:
            added.append(op)
    return pairs, list(rest.values()), added


def trigger_kind(side: Side, op: Operation, parameters: list[dict[str, Any]]) -> str | None:
    """``"single webhook"``, ``"batch polling"``... or None for an action."""
    kind = op.node.get("x-ms-trigger")
    if kind is None:
        return None
    metadata = op.node.get("x-ms-trigger-metadata")
    mode = metadata.get("mode") if isinstance(metadata, dict) else None
    if mode is None:
        webhook = "x-ms-notification-content" in op.node or any(
            p.get("x-ms-notification-url") for p in parameters
        )
        mode = "webhook" if webhook else "polling"
    return f"{kind} {mode}"


def inherited(side: Side, op: Operation, key: str) -> Any:
    """An operation's own ``security``/``consumes``/``produces``, else the document's."""
    return op.node[key] if key in op.node else side.data.get(key)
