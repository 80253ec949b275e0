"""Comparing how a connection is made: apiProperties.json's connection parameters and sets.

A connection is made once and used by every flow. A parameter it did not ask for
when it was made, and is now required, is missing from every existing connection;
a parameter set that is gone leaves the connections made with it without a way in.
A new set is a new way in, which breaks nobody.
"""

from __future__ import annotations

from ..model import ConnectionParameter, Properties
from .changes import OLD
from .context import Comparison

DEFAULT_SET = ""  # the single connectionParameters list, compared as one unnamed set


def compare_connection(cmp: Comparison) -> None:
    old, new = cmp.old.properties, cmp.new.properties
    old_sets, new_sets = _sets(old), _sets(new)
    for name, (pointer, _) in old_sets.items():
        if name not in new_sets and name != DEFAULT_SET:
            message = f"connection parameter set '{name}' was removed"
            cmp.record("parameter-set-removed", True, pointer, message, OLD, str(old.file))
    for name, (pointer, parameters) in new_sets.items():
        if name not in old_sets:
            if name != DEFAULT_SET:
                message = f"connection parameter set '{name}' was added"
                cmp.record("parameter-set-added", False, pointer, message, file=str(new.file))
            continue
        before = {p.name: p for p in old_sets[name][1]}
        for parameter in parameters:
            _compare_required(cmp, before.get(parameter.name), parameter, name, str(new.file))


def _sets(
    properties: Properties,
) -> dict[str, tuple[str, tuple[ConnectionParameter, ...]]]:
    """Each set by name, with where it is and its parameters; the single list as one more."""
    found = {each.name: (each.pointer, each.parameters) for each in properties.parameter_sets}
    if properties.connection_parameters or not found:
        pointer = "/properties/connectionParameters"
        found[DEFAULT_SET] = (pointer, properties.connection_parameters)
    return found


def _compare_required(
    cmp: Comparison,
    before: ConnectionParameter | None,
    after: ConnectionParameter,
    set_name: str,
    file: str,
) -> None:
    if not after.required or (before is not None and before.required):
        return
    where = f" of set '{set_name}'" if set_name else ""
    state = "was added, required" if before is None else "is now required"
    message = f"connection parameter '{after.name}'{where} {state}: connections made before lack it"
    cmp.record("connection-parameter-required", True, after.pointer, message, file=file)
