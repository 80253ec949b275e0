"""Comparing two schemas (or two non-body parameters, which are schema-like) by direction.

What a caller sends (REQUEST) breaks when it is narrowed: a new required
field, a value no longer allowed. What a caller receives (RESPONSE) breaks when
something it relied on goes away or when it may now hold values a typed client
cannot read (a new enum value). A removed field or a changed type breaks both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..load.pointer import child
from ..model import Definition, as_dict, as_list
from .changes import OLD
from .context import REQUEST, RESPONSE, Comparison, Where, show
from .extensions import compare_extensions
from .refs import follow

ANNOTATIONS = ("title", "summary", "description", "x-ms-summary")
# Lower is narrower for the first group, higher for the second; a flag turned on narrows.
_UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum")
_LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum")
_FLAGS = ("exclusiveMaximum", "exclusiveMinimum", "uniqueItems")
# Any new or changed value may reject what was accepted before.
_EXACT = ("pattern", "multipleOf")


def compare_annotations(
    cmp: Comparison, old: dict[str, Any], new: dict[str, Any], new_ptr: str, where: Where
) -> None:
    """Text changes (never breaking), ``x-ms-visibility`` (breaking when raised to internal)
    and the extensions of :mod:`.extensions` (reported, never breaking)."""
    for key in ANNOTATIONS:
        if old.get(key) != new.get(key):
            place = child(new_ptr, key) if key in new else new_ptr
            cmp.record("description-changed", False, place, f"the {key} of {where} changed")
    compare_extensions(cmp, old, new, new_ptr, where)
    before = old.get("x-ms-visibility") or "none"
    after = new.get("x-ms-visibility") or "none"
    if before == after:
        return
    place = child(new_ptr, "x-ms-visibility") if "x-ms-visibility" in new else new_ptr
    message = f"the visibility of {where} changed from {before} to {after}"
    if after == "internal":
        cmp.record("visibility-internal", True, place, message + ", hiding it from users")
    else:
        cmp.record("visibility-changed", False, place, message)


def schema_type(schema: dict[str, Any]) -> Any:
    """The declared type, or the one the keywords imply when it is left out."""
    if "type" in schema:
        return schema["type"]
    if any(key in schema for key in ("properties", "allOf", "additionalProperties")):
        return "object"
    return "array" if "items" in schema else None


def compare_schema(
    cmp: Comparison, old: Any, new: Any, pointers: tuple[str, str], where: Where, direction: str
) -> None:
    """Compare what ``old`` and ``new`` stand for; ``pointers`` are (old, new) before any $ref."""
    old, old_ptr = follow(cmp.old, old, pointers[0])
    new, new_ptr = follow(cmp.new, new, pointers[1])
    if not isinstance(old, dict) or not isinstance(new, dict) or (old_ptr, new_ptr) in cmp.active:
        return
    cmp.active.add((old_ptr, new_ptr))
    try:
        _compare_resolved(cmp, old, new, (old_ptr, new_ptr), where, direction)
    finally:
        cmp.active.discard((old_ptr, new_ptr))


def _compare_resolved(
    cmp: Comparison,
    old: dict[str, Any],
    new: dict[str, Any],
    pointers: tuple[str, str],
    where: Where,
    direction: str,
) -> None:
    old_ptr, new_ptr = pointers
    compare_annotations(cmp, old, new, new_ptr, where)
    before, after = schema_type(old), schema_type(new)
    if before != after:
        message = f"the type of {where} changed from {show(before)} to {show(after)}"
        cmp.record(
            "type-changed", True, child(new_ptr, "type") if "type" in new else new_ptr, message
        )
        return
    if old.get("format") != new.get("format"):
        message = f"the format of {where} changed from {show(old.get('format'))}"
        place = child(new_ptr, "format") if "format" in new else new_ptr
        cmp.record("format-changed", True, place, f"{message} to {show(new.get('format'))}")
    _compare_nullable(cmp, old, new, new_ptr, where, direction)
    _compare_enum(cmp, old, new, pointers, where, direction)
    _compare_constraints(cmp, old, new, new_ptr, where, direction)
    if direction == REQUEST and old.get("default") != new.get("default"):
        message = f"the default of {where} changed from {show(old.get('default'))}"
        place = child(new_ptr, "default") if "default" in new else new_ptr
        cmp.record("default-changed", True, place, f"{message} to {show(new.get('default'))}")
    if after == "object":
        _compare_properties(cmp, old, new, pointers, where, direction)
        extra_old, extra_new = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(extra_old, dict) and isinstance(extra_new, dict):
            places = (
                child(old_ptr, "additionalProperties"),
                child(new_ptr, "additionalProperties"),
            )
            compare_schema(cmp, extra_old, extra_new, places, where.field("*"), direction)
    elif after == "array" and "items" in old and "items" in new:
        places = (child(old_ptr, "items"), child(new_ptr, "items"))
        compare_schema(cmp, old["items"], new["items"], places, where.items(), direction)


def _compare_nullable(
    cmp: Comparison,
    old: dict[str, Any],
    new: dict[str, Any],
    new_ptr: str,
    where: Where,
    direction: str,
) -> None:
    """A response value that may now be null breaks typed readers; a request one that may not."""
    before, after = old.get("x-nullable") is True, new.get("x-nullable") is True
    if before == after:
        return
    place = child(new_ptr, "x-nullable") if "x-nullable" in new else new_ptr
    if after:
        cmp.record("nullable-changed", direction == RESPONSE, place, f"{where} may now be null")
    else:
        message = f"{where} may no longer be null"
        cmp.record("nullable-changed", direction == REQUEST, place, message)


def _compare_enum(
    cmp: Comparison,
    old: dict[str, Any],
    new: dict[str, Any],
    pointers: tuple[str, str],
    where: Where,
    direction: str,
) -> None:
    before, after = old.get("enum"), new.get("enum")
    if not isinstance(before, list) or not isinstance(after, list):
        return  # an enum that appears or goes is a constraint change
    kept, offered = {show(v) for v in after}, {show(v) for v in before}
    for index, value in enumerate(before):
        if show(value) not in kept:
            place = child(pointers[0], "enum", index)
            message = f"{where} no longer allows the value {show(value)}"
            cmp.record("enum-value-removed", direction == REQUEST, place, message, side=OLD)
    for index, value in enumerate(after):
        if show(value) not in offered:
            message = f"{where} now allows the value {show(value)}"
            if direction == RESPONSE:
                message += ", which a client built for the old values cannot read"
            place = child(pointers[1], "enum", index)
            cmp.record("enum-value-added", direction == RESPONSE, place, message)


def _constraint_moves(old: dict[str, Any], new: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """(keyword, narrowed) for every constraint keyword whose value differs."""
    for key in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, *_FLAGS, *_EXACT, "enum"):
        before, after = old.get(key), new.get(key)
        if before == after or (key == "enum" and before is not None and after is not None):
            continue
        if key in _FLAGS:
            if bool(before) != bool(after):
                yield key, bool(after)
        elif after is None or before is None or key in _EXACT:
            yield key, after is not None
        elif isinstance(before, int | float) and isinstance(after, int | float):
            yield key, after < before if key in _UPPER_BOUNDS else after > before
        else:
            yield key, True


def _compare_constraints(
    cmp: Comparison,
    old: dict[str, Any],
    new: dict[str, Any],
    new_ptr: str,
    where: Where,
    direction: str,
) -> None:
    for key, narrowed in _constraint_moves(old, new):
        place = child(new_ptr, key) if key in new else new_ptr
        message = f"the {key} of {where} changed from {show(old.get(key))} to {show(new.get(key))}"
        if narrowed:
            cmp.record("constraint-narrowed", direction == REQUEST, place, message)
        else:
            cmp.record("constraint-widened", False, place, message)


def object_shape(
    definition: Definition,
    schema: dict[str, Any],
    pointer: str,
    seen: frozenset[str] = frozenset(),
) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    """Properties (value, pointer) and required names, ``allOf`` parts merged in."""
    required = schema.get("required")
    names = {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
    properties = {
        name: (value, child(pointer, "properties", name))
        for name, value in as_dict(schema.get("properties")).items()
    }
    for index, part in enumerate(as_list(schema.get("allOf"))):
        part, part_ptr = follow(definition, part, child(pointer, "allOf", index))
        if isinstance(part, dict) and part_ptr not in seen:
            more, more_required = object_shape(definition, part, part_ptr, seen | {pointer})
            properties = {**more, **properties}
            names |= more_required
    return properties, names


def _compare_properties(
    cmp: Comparison,
    old: dict[str, Any],
    new: dict[str, Any],
    pointers: tuple[str, str],
    where: Where,
    direction: str,
) -> None:
    old_props, old_required = object_shape(cmp.old, old, pointers[0])
    new_props, new_required = object_shape(cmp.new, new, pointers[1])
    for name, (_, place) in old_props.items():
        if name not in new_props:
            message = f"{where.field(name)} was removed"
            cmp.record("property-removed", True, place, message, side=OLD)
    for name, (value, place) in new_props.items():
        field = where.field(name)
        if name not in old_props:
            if direction == REQUEST and name in new_required:
                cmp.record("property-added-required", True, place, f"{field} was added, required")
            else:
                cmp.record("property-added", False, place, f"{field} was added")
            continue
        if name in new_required and name not in old_required:
            breaking = direction == REQUEST
            cmp.record("property-made-required", breaking, place, f"{field} is now required")
        if name in old_required and name not in new_required:
            message = f"{field} is no longer required"
            if direction == RESPONSE:
                message += ", so responses may leave it out"
            cmp.record("property-made-optional", direction == RESPONSE, place, message)
        old_value, old_place = old_props[name]
        compare_schema(cmp, old_value, value, (old_place, place), field, direction)
