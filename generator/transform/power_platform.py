"""The definition as Power Platform reads it.

Power Automate's designer does not follow ``allOf``: a schema made of parts
shows the maker no fields at all. The connector's copy of the definition
therefore has every ``allOf`` merged into one object schema; ``$ref``s to
whole definitions stay, so the file keeps the spec's shape and size.
"""

from __future__ import annotations

import copy
from typing import Any

from ..load.pointer import from_ref, resolve


def merge_all_of(definition: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``definition`` with no ``allOf`` left (unresolvable parts are kept as they are)."""
    return _merged(copy.deepcopy(definition), definition, set())


def _merged(node: Any, root: dict[str, Any], seen: set[str]) -> Any:
    if isinstance(node, list):
        return [_merged(item, root, seen) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _merged(value, root, seen) for key, value in node.items()}
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    flat_parts = [_part(part, root, seen) for part in parts]
    whole = [part for part in flat_parts if part is not None]
    if len(whole) < len(flat_parts):
        return node
    merged: dict[str, Any] = {"type": "object"}
    for part in [*whole, {k: v for k, v in node.items() if k != "allOf"}]:
        _merge_into(merged, part)
    return merged


def _part(part: Any, root: dict[str, Any], seen: set[str]) -> dict[str, Any] | None:
    """One allOf part as a plain object schema; None when it cannot be resolved."""
    ref = part.get("$ref") if isinstance(part, dict) else None
    if ref is None:
        return part if isinstance(part, dict) else None
    pointer = from_ref(ref)
    if pointer is None or pointer in seen:
        return None
    try:
        target = resolve(root, pointer)
    except KeyError:
        return None
    flat = _merged(copy.deepcopy(target), root, seen | {pointer})
    return None if isinstance(flat, dict) and "allOf" in flat else flat


def _merge_into(merged: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if key == "properties":
            merged.setdefault("properties", {}).update(value)
        elif key == "required":
            required = merged.setdefault("required", [])
            required.extend(name for name in value if name not in required)
        else:
            merged[key] = value
