"""Comparing the parameters of two versions of one operation (always the request side).

Parameters are matched by (in, name). What is left over on both sides is
paired when it looks like the same parameter: the same name in another place
is a move, the same place and type under another name is a rename.
"""

from __future__ import annotations

from typing import Any

from ..load.pointer import child, resolve
from ..model import Definition, Operation, as_dict, is_internal
from .changes import OLD
from .context import REQUEST, Comparison, Where
from .refs import follow
from .schemas import compare_annotations, compare_schema, show

Key = tuple[str, str]  # (in, name)
Located = tuple[dict[str, Any], str]  # (parameter, pointer)


def effective_parameters(definition: Definition, op: Operation) -> dict[Key, Located]:
    """The operation's parameters (the model merges in the path item's), each where it lives.

    The model reads a dead-end ``$ref`` as an empty parameter; the diff follows
    what is written at each place again to refuse it, and to learn where a
    shared parameter really lives.
    """
    found: dict[Key, Located] = {}
    for param in op.parameters:
        value, pointer = follow(definition, resolve(definition.data, param.pointer), param.pointer)
        if isinstance(value, dict):
            found[(str(value.get("in")), str(value.get("name")))] = (value, pointer)
    return found


def describe(key: Key) -> str:
    return f"parameter '{key[1]}' ({key[0]})"


def _same_shape(old: dict[str, Any], new: dict[str, Any]) -> bool:
    if old.get("in") == "body":
        return True  # an operation has one body at most
    items_old, items_new = as_dict(old.get("items")), as_dict(new.get("items"))
    return (old.get("type"), old.get("format"), items_old.get("type")) == (
        new.get("type"),
        new.get("format"),
        items_new.get("type"),
    )


def compare_parameters(cmp: Comparison, old: dict[Key, Located], new: dict[Key, Located]) -> None:
    pairs = [(key, key) for key in new if key in old]
    removed = [key for key in old if key not in new]
    added = [key for key in new if key not in old]
    for before in list(removed):
        after = next((k for k in added if k[1] == before[1]), None)
        if after is None:
            after = next(
                (k for k in added if k[0] == before[0] and _same_shape(old[before][0], new[k][0])),
                None,
            )
        if after is not None:
            removed.remove(before)
            added.remove(after)
            pairs.append((before, after))
            _record_move(cmp, before, after, new[after][1])
    for key in removed:
        _record_removal(cmp, key, old[key])
    for key in added:
        param, pointer = new[key]
        if param.get("required") is True:
            cmp.record(
                "parameter-added-required", True, pointer, f"{describe(key)} was added, required"
            )
        else:
            cmp.record(
                "parameter-added-optional", False, pointer, f"{describe(key)} was added, optional"
            )
    for before, after in pairs:
        _compare_parameter(cmp, old[before], new[after], Where(describe(after)))


def _record_removal(cmp: Comparison, key: Key, old: Located) -> None:
    """A removed parameter breaks callers who set it; nobody sets an internal one with a
    default (Power Platform sent the default), so its removal is only reported."""
    param, pointer = old
    if is_internal(param) and "default" in param:
        message = f"{describe(key)}, internal with a default, was removed; no caller set it"
        cmp.record("internal-parameter-removed", False, pointer, message, OLD)
    else:
        cmp.record("parameter-removed", True, pointer, f"{describe(key)} was removed", OLD)


def _record_move(cmp: Comparison, before: Key, after: Key, pointer: str) -> None:
    if before[1] == after[1]:
        message = f"{describe(before)} moved from {before[0]} to {after[0]}"
        cmp.record("parameter-location-changed", True, pointer, message)
    else:
        message = f"{describe(before)} was renamed to '{after[1]}'"
        cmp.record("parameter-renamed", True, child(pointer, "name"), message)


def _compare_parameter(cmp: Comparison, old: Located, new: Located, where: Where) -> None:
    (old_param, old_ptr), (new_param, new_ptr) = old, new
    was, now = old_param.get("required") is True, new_param.get("required") is True
    if now and not was:
        cmp.record("parameter-made-required", True, new_ptr, f"{where} is now required")
    elif was and not now:
        cmp.record("parameter-made-optional", False, new_ptr, f"{where} is now optional")
    if new_param.get("in") == "body":
        compare_annotations(cmp, old_param, new_param, new_ptr, where)
        places = (child(old_ptr, "schema"), child(new_ptr, "schema"))
        schemas = (old_param.get("schema"), new_param.get("schema"))
        compare_schema(cmp, *schemas, places, Where("the request body"), REQUEST)
        return
    compare_schema(cmp, old_param, new_param, (old_ptr, new_ptr), where, REQUEST)
    formats = (old_param.get("collectionFormat", "csv"), new_param.get("collectionFormat", "csv"))
    if "array" in (old_param.get("type"), new_param.get("type")) and formats[0] != formats[1]:
        message = f"{where} is now sent as {show(formats[1])} instead of {show(formats[0])}"
        cmp.record("collection-format-changed", True, new_ptr, message)
