"""Comparing what an operation answers: status codes, bodies and headers (the response side)."""

from __future__ import annotations

from typing import Any

from ..load.pointer import child
from ..model import Operation, as_dict
from .changes import OLD
from .context import RESPONSE, Comparison, Where
from .refs import follow
from .schemas import compare_annotations, compare_schema


def compare_responses(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    """Responses as written (the model's read a dead-end ``$ref`` as empty; the diff refuses it)."""
    old, new = as_dict(old_op.data.get("responses")), as_dict(new_op.data.get("responses"))
    for code in old:
        if code not in new:
            place = child(old_op.pointer, "responses", code)
            cmp.record("response-removed", True, place, f"status code {code} was removed", OLD)
    for code in new:
        place = child(new_op.pointer, "responses", code)
        if code not in old:
            cmp.record("response-added", False, place, f"status code {code} was added")
            continue
        before, before_ptr = follow(cmp.old, old[code], child(old_op.pointer, "responses", code))
        after, after_ptr = follow(cmp.new, new[code], place)
        if isinstance(before, dict) and isinstance(after, dict):
            _compare_response(
                cmp, (before, before_ptr), (after, after_ptr), Where(f"response {code}")
            )


def _compare_response(
    cmp: Comparison, old: tuple[dict[str, Any], str], new: tuple[dict[str, Any], str], where: Where
) -> None:
    (before, before_ptr), (after, after_ptr) = old, new
    compare_annotations(cmp, before, after, after_ptr, where)
    body = (before.get("schema"), after.get("schema"))
    if body[0] is not None and body[1] is None:
        place = child(before_ptr, "schema")
        cmp.record("response-body-removed", True, place, f"{where} no longer has a body", OLD)
    elif body[0] is None and body[1] is not None:
        place = child(after_ptr, "schema")
        cmp.record("response-body-added", False, place, f"{where} now has a body")
    elif body[0] is not None:
        places = (child(before_ptr, "schema"), child(after_ptr, "schema"))
        compare_schema(cmp, *body, places, where, RESPONSE)
    headers = (as_dict(before.get("headers")), as_dict(after.get("headers")))
    for name in headers[0]:
        if name not in headers[1]:
            place = child(before_ptr, "headers", name)
            cmp.record("header-removed", True, place, f"{where} header '{name}' was removed", OLD)
    for name, value in headers[1].items():
        place = child(after_ptr, "headers", name)
        if name not in headers[0]:
            cmp.record("header-added", False, place, f"{where} header '{name}' was added")
            continue
        places = (child(before_ptr, "headers", name), place)
        label = Where(f"{where} header '{name}'")
        compare_schema(cmp, headers[0][name], value, places, label, RESPONSE)


def compare_notification(cmp: Comparison, old_op: Operation, new_op: Operation) -> None:
    """A webhook trigger's payload is what the flow receives: a response, direction-wise."""
    before, after = old_op.notification_content, new_op.notification_content
    if before is None or after is None:
        return
    places = (
        child(old_op.notification_content_pointer or old_op.pointer, "schema"),
        child(new_op.notification_content_pointer or new_op.pointer, "schema"),
    )
    schemas = (before.get("schema"), after.get("schema"))
    if schemas[0] is not None and schemas[1] is not None:
        compare_schema(cmp, *schemas, places, Where("the trigger payload"), RESPONSE)
