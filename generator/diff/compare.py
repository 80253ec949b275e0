"""The entry point: every difference between two connector definitions, classified.

Each side is a Swagger 2.0 definition with its apiProperties.json (connection
parameters and policies, in the model): Power Platform calls what both say. The
properties are compared when both sides have them: a side given without them (a bare
definition file) says nothing about them, and is not read as having dropped them all.
"""

from __future__ import annotations

from typing import Any

from ..load.pointer import child, join
from ..model import Definition, Operation, as_dict, as_list
from .changes import NEW, OLD, Change, ordered
from .connection import compare_connection
from .context import Comparison, Where
from .operations import label, pair_operations, trigger_kind
from .parameters import compare_parameters, effective_parameters
from .policies import compare_policies
from .refs import require_path_items
from .responses import compare_notification, compare_responses
from .schemas import compare_annotations, show

# Keys of a security scheme that only explain it; changing them changes no connection.
_SECURITY_TEXT = ("description", "x-ms-summary")
MEDIA = ("consumes", "produces")


def diff_definitions(old: Definition, new: Definition) -> list[Change]:
    """All changes from ``old`` to ``new``: breaking first, then by operation and pointer.

    An :class:`InputError` when either side has a ``$ref`` the comparison must follow
    and cannot (it names nothing, or it loops).
    """
    require_path_items(old)
    require_path_items(new)
    cmp = Comparison(old, new)
    _compare_service(cmp)
    _compare_security(cmp)
    if _both_packages(cmp):
        compare_connection(cmp)
    pairs, removed, added = pair_operations(old.operations, new.operations)
    for op in removed:
        cmp.within(label(op)).record_whole("operation-removed", True, op.pointer, OLD)
    for op in added:
        cmp.within(label(op)).record_whole("operation-added", False, op.pointer, NEW)
    for before, after in pairs:
        _compare_operation(cmp.within(label(after)), before, after)
    return ordered(cmp.changes)


def _compare_service(cmp: Comparison) -> None:
    """Where the API lives, its content types and its own description."""
    old, new = cmp.old.data, cmp.new.data
    for key in ("host", "basePath"):
        if old.get(key) != new.get(key):
            message = f"the {key} changed from {show(old.get(key))} to {show(new.get(key))}"
            cmp.record("base-url-changed", True, join(key), message, NEW if key in new else OLD)
    for scheme in as_list(old.get("schemes")):
        if scheme not in as_list(new.get("schemes")):
            message = f"the scheme {show(scheme)} was removed"
            cmp.record("base-url-changed", True, join("schemes"), message, OLD)
    _compare_media_types(cmp, (old, new), {k: join(k) for k in MEDIA})
    info = (old.get("info"), new.get("info"))
    if isinstance(info[0], dict) and isinstance(info[1], dict):
        compare_annotations(cmp, info[0], info[1], join("info"), Where("the API"))


def _compare_media_types(
    cmp: Comparison, lists: tuple[dict[str, Any], dict[str, Any]], old_places: dict[str, str]
) -> None:
    """``lists`` maps consumes/produces to the types in force; ``old_places`` where OLD set them."""
    for key in MEDIA:
        kept = as_list(lists[1].get(key))
        for index, media_type in enumerate(as_list(lists[0].get(key))):
            if media_type not in kept:
                message = f"{show(media_type)} was removed from {key}"
                place = child(old_places[key], index)
                cmp.record("media-type-removed", True, place, message, OLD)


def _scheme_shape(scheme: Any) -> dict[str, Any]:
    if not isinstance(scheme, dict):
        return {"definition": scheme}
    return {k: v for k, v in scheme.items() if k not in _SECURITY_TEXT}


def _compare_security(cmp: Comparison) -> None:
    """Any change to how a connection authenticates forces every user to reconnect."""
    old = as_dict(cmp.old.data.get("securityDefinitions"))
    new = as_dict(cmp.new.data.get("securityDefinitions"))
    for name in old:
        if name not in new:
            place = join("securityDefinitions", name)
            cmp.record(
                "security-changed", True, place, f"security scheme '{name}' was removed", OLD
            )
    for name, scheme in new.items():
        place = join("securityDefinitions", name)
        if name not in old:
            cmp.record("security-changed", True, place, f"security scheme '{name}' was added")
        elif _scheme_shape(old[name]) != _scheme_shape(scheme):
            before, after = _scheme_shape(old[name]), _scheme_shape(scheme)
            keys = sorted({k for k in (*before, *after) if before.get(k) != after.get(k)})
            message = f"security scheme '{name}' changed its {', '.join(keys)}"
            cmp.record("security-changed", True, place, message)
    _compare_requirements(cmp, cmp.old.data.get("security"), cmp.new.data.get("security"), "")


def _requirements(value: Any) -> list[Any]:
    if not isinstance(value, list):
        return []
    return sorted(
        (show(sorted(entry.items())) for entry in value if isinstance(entry, dict)), key=str
    )


def _compare_requirements(cmp: Comparison, old: Any, new: Any, pointer: str) -> None:
    if _requirements(old) != _requirements(new):
        message = f"the security requirement changed from {show(old)} to {show(new)}"
        cmp.record("security-changed", True, child(pointer, "security"), message)


def _compare_operation(cmp: Comparison, old: Operation, new: Operation) -> None:
    if old.id != new.id:
        message = f"the operationId changed from {show(old.id)} to {show(new.id)}"
        cmp.record("operation-id-changed", True, child(new.pointer, "operationId"), message)
    if old.method != new.method:
        message = f"the method changed from {old.method.upper()} to {new.method.upper()}"
        cmp.record("method-changed", True, new.pointer, message)
    if old.path != new.path:
        message = f"the path changed from {show(old.path)} to {show(new.path)}"
        cmp.record("path-changed", True, new.pointer, message)
    compare_annotations(cmp, old.data, new.data, new.pointer, Where("the operation"))
    if new.deprecated and not old.deprecated:
        place = child(new.pointer, "deprecated")
        cmp.record("operation-deprecated", False, place, "the operation is now deprecated")
    _compare_own_settings(cmp, old, new)
    old_params, new_params = effective_parameters(cmp.old, old), effective_parameters(cmp.new, new)
    _compare_trigger(cmp, old, new)
    compare_parameters(cmp, old_params, new_params)
    compare_responses(cmp, old, new)
    compare_notification(cmp, old, new)
    if _both_packages(cmp):
        compare_policies(cmp, old, new)


def _both_packages(cmp: Comparison) -> bool:
    return cmp.old.properties.file is not None and cmp.new.properties.file is not None


def _compare_own_settings(cmp: Comparison, old: Operation, new: Operation) -> None:
    """Security and content types an operation sets itself (the document's are compared once)."""
    if "security" in old.data or "security" in new.data:
        pair = (old.inherited("security"), new.inherited("security"))
        _compare_requirements(cmp, *pair, new.pointer)
    if any(key in op.data for op in (old, new) for key in MEDIA):
        lists = (
            {key: old.inherited(key) for key in MEDIA},
            {key: new.inherited(key) for key in MEDIA},
        )
        places = {key: child(old.pointer, key) if key in old.data else join(key) for key in MEDIA}
        _compare_media_types(cmp, lists, places)


def _compare_trigger(cmp: Comparison, old: Operation, new: Operation) -> None:
    kinds = trigger_kind(old), trigger_kind(new)
    if kinds[0] != kinds[1]:
        before, after = (show(k) if k else "an action" for k in kinds)
        message = f"the trigger changed from {before} to {after}; flows built on it break"
        cmp.record("trigger-changed", True, new.pointer, message)
