"""Deliberately wrong answers, for proving that contract tests catch a lying server.

``faults`` maps an operationId to what to break in its answers (every answer of that
operation, after the sandbox has checked it against the spec):

- ``{"retype": "/total_msgs_sent"}``: the value at that JSON pointer in the body is
  replaced by one of another JSON type (number -> string, string -> number, ...);
- ``{"set": {"/items/0/id": "x"}}``: the values at those pointers are replaced;
- ``{"status": 418}``: the status code is replaced (the body is kept).

A pointer that does not exist in a given answer leaves that answer unchanged.
"""

from __future__ import annotations

from typing import Any

from ..load.pointer import parent, resolve, split


def other_type(value: Any) -> Any:
    """A value of a different JSON type than ``value``, recognisably wrong."""
    if isinstance(value, bool):
        return "not-a-boolean"
    if isinstance(value, int | float):
        return f"not-a-number-{value}"
    if isinstance(value, str):
        return 12345
    if value is None:
        return 0
    return "not-a-collection"


def apply(fault: dict[str, Any] | None, status: int, body: Any) -> tuple[int, Any]:
    if not fault:
        return status, body
    if "retype" in fault:
        body = _replace(body, fault["retype"], other_type)
    for pointer, value in fault.get("set", {}).items():
        body = _replace(body, pointer, lambda _old, value=value: value)
    return int(fault.get("status", status)), body


def _replace(body: Any, pointer: str, make: Any) -> Any:
    if pointer == "":
        return make(body)
    try:
        holder = resolve(body, parent(pointer))
        key: Any = split(pointer)[-1]
        if isinstance(holder, list):
            key = int(key)
        old = holder[key]
    except (KeyError, ValueError, IndexError, TypeError):
        return body
    holder[key] = make(old)
    return body
