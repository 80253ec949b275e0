"""Power Platform extensions that change what a call sends or what a maker picks from.

They are reported so that nobody is surprised, and none breaks a caller:
``x-ms-url-encoding`` changes how Power Platform escapes a path value (the caller
passes the same value); an ``x-ms-dynamic-*`` lookup (its operation, its parameters,
its ``value-path``...) changes what a maker's pick list offers, not what an existing
flow sends.
"""

from __future__ import annotations

from typing import Any

from ..load.pointer import child
from ..model import as_dict
from .context import Comparison, Where, show

URL_ENCODING = "x-ms-url-encoding"
DYNAMIC_PREFIX = "x-ms-dynamic-"


def compare_extensions(
    cmp: Comparison, old: dict[str, Any], new: dict[str, Any], new_ptr: str, where: Where
) -> None:
    """Record each changed ``x-ms-url-encoding`` and ``x-ms-dynamic-*`` of one node."""
    if old.get(URL_ENCODING) != new.get(URL_ENCODING):
        before, after = (show(side.get(URL_ENCODING)) for side in (old, new))
        message = f"the {URL_ENCODING} of {where} changed from {before} to {after}"
        cmp.record("url-encoding-changed", False, _place(new, new_ptr, URL_ENCODING), message)
    keys = sorted(k for k in {*old, *new} if isinstance(k, str) and k.startswith(DYNAMIC_PREFIX))
    for key in keys:
        if old.get(key) == new.get(key):
            continue
        message = f"the {key} of {where} {_what_changed(old.get(key), new.get(key))}"
        cmp.record("dynamic-changed", False, _place(new, new_ptr, key), message)


def _place(new: dict[str, Any], pointer: str, key: str) -> str:
    return child(pointer, key) if key in new else pointer


def _what_changed(before: Any, after: Any) -> str:
    """``was added``, ``was removed``, or which of its settings (``value-path``...) changed."""
    if before is None:
        return "was added"
    if after is None:
        return "was removed"
    old, new = as_dict(before), as_dict(after)
    if not old or not new:
        return f"changed from {show(before)} to {show(after)}"
    settings = sorted(k for k in {*old, *new} if old.get(k) != new.get(k))
    said = ", ".join(f"{k} from {show(old.get(k))} to {show(new.get(k))}" for k in settings)
    return f"changed its {said}"
