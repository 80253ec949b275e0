"""The definition as Power Platform reads it.

Power Automate's designer does not follow ``allOf``: a schema made of parts
shows the maker no fields at all. The connector's copy of the definition
therefore has every ``allOf`` merged into one object schema; ``$ref``s to
whole definitions stay, so the file keeps the spec's shape and size.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model import Definition, Resolver


def merge_all_of(definition: Definition) -> dict[str, Any]:
    """A copy of the document with no ``allOf`` left (unresolvable parts are kept as they are).

    Parts that are references are followed by the model's resolver; a part whose chain ends
    in a missing target or a loop is not merged.
    """
    return _merged(copy.deepcopy(definition.data), definition.resolver, frozenset())


def _merged(node: Any, resolver: Resolver, seen: frozenset[str]) -> Any:
    if isinstance(node, list):
        return [_merged(item, resolver, seen) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _merged(value, resolver, seen) for key, value in node.items()}
    parts = node.get("allOf")
    if not isinstance(parts, list):
        return node
    flat_parts = [_part(part, resolver, seen) for part in parts]
    whole = [part for part in flat_parts if part is not None]
    if len(whole) < len(flat_parts):
        return node
    merged: dict[str, Any] = {"type": "object"}
    for part in [*whole, {k: v for k, v in node.items() if k != "allOf"}]:
        _merge_into(merged, part)
    return merged


def _part(part: Any, resolver: Resolver, seen: frozenset[str]) -> dict[str, Any] | None:
    """One allOf part as a plain object schema; None when it cannot be resolved.

    ``seen`` holds the definitions being merged: one whose parts lead back to itself is left
    as it is written.
    """
    if not isinstance(part, dict) or "$ref" not in part:
        return part if isinstance(part, dict) else None
    end = resolver.chain("", part)
    if end.problem is not None or not isinstance(end.value, dict) or end.pointer in seen:
        return None
    flat = _merged(copy.deepcopy(end.value), resolver, seen | {end.pointer})
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
