"""The JSON types OpenAPI 3.0 requires of plain fields, checked before a value is copied.

A connector definition may hold anything where a string belongs; copying it
would give a 3.0 document that does not validate, and the client generator
would then refuse the whole spec instead of one field.
"""

from __future__ import annotations

import copy
from typing import Any

from .context import Context, child

STRING, BOOLEAN, NUMBER, INTEGER, OBJECT, STRINGS = (
    "a string",
    "true or false",
    "a number",
    "an integer",
    "an object",
    "a list of strings",
)


def fits(value: Any, kind: str) -> bool:
    if kind == STRING:
        return isinstance(value, str)
    if kind == BOOLEAN:
        return isinstance(value, bool)
    if kind in (NUMBER, INTEGER):
        wanted = int if kind == INTEGER else (int, float)
        return isinstance(value, wanted) and not isinstance(value, bool)
    if kind == OBJECT:
        return isinstance(value, dict)
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def copy_fields(
    node: dict[str, Any], kinds: dict[str, str], pointer: str, ctx: Context
) -> dict[str, Any]:
    """The fields of ``kinds`` in ``node`` that have the right type; a warning for each other."""
    out = {}
    for key, kind in kinds.items():
        if key not in node:
            continue
        if fits(node[key], kind):
            out[key] = copy.deepcopy(node[key])
        else:
            ctx.warn(child(pointer, key), f"'{key}' must be {kind}; it is dropped")
    return out


def security(value: Any, pointer: str, ctx: Context) -> list[Any] | None:
    """A security requirement list (scheme name -> scopes), or None with a warning."""
    if isinstance(value, list) and all(
        isinstance(item, dict) and all(fits(scopes, STRINGS) for scopes in item.values())
        for item in value
    ):
        return copy.deepcopy(value)
    ctx.warn(pointer, "'security' must list objects of scheme name -> scopes; it is dropped")
    return None
