"""Pairing the operations of two versions of a definition, and naming them in a report.

Pairing by operationId first, then by method and path, turns a renamed
operationId or a moved path into one reported change rather than a removal
plus an addition, which would hide what happened.
"""

from __future__ import annotations

from collections import Counter

from ..model import Operation


def label(op: Operation) -> str:
    """How a report names an operation: its id and where it is, so either can be searched for."""
    place = f"{op.method.upper()} {op.path}"
    return f"{op.id} ({place})" if op.id else place


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


def trigger_kind(op: Operation) -> str | None:
    """``"single webhook"``, ``"batch polling"``... or None for an action."""
    if op.trigger is None:
        return None
    mode = op.trigger_metadata.get("mode")
    if mode is None:
        mode = "webhook" if op.is_webhook else "polling"
    return f"{op.trigger} {mode}"
