"""A request body in the encoding its operation declares (JSON, a form, multipart, raw), and
header parameters as text.

Most operations take JSON; published connector definitions also upload files
(``multipart/form-data``), post forms, and send text, XML or PDF as they are. The
generated endpoint says which (``body_type``, ``media_type``); this module turns the
call's body into the matching arguments of ``httpx.Client.build_request``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._models import compact, to_json
from ._types import NotGiven


def body_arguments(
    body: Any, body_type: str, media_type: str, nullable: frozenset[str]
) -> dict[str, Any]:
    """``json=``, ``data=``, ``files=`` or ``content=`` (with its Content-Type) for ``body``."""
    if isinstance(body, NotGiven):
        return {}
    if body_type == "content":
        return {"content": _raw(body), "headers": {"Content-Type": media_type}}
    if body_type == "files":
        return {"files": {name: _part(name, value) for name, value in _given(body, nullable)}}
    if body_type == "data":
        return {
            "data": {name: _text(to_json(value, name)) for name, value in _given(body, nullable)}
        }
    return {"json": compact(body, nullable) if isinstance(body, Mapping) else to_json(body, "body")}


def _given(body: Any, nullable: frozenset[str]) -> list[tuple[str, Any]]:
    """The fields of a form that were given (of a model or a mapping), values as they are."""
    fields = body if isinstance(body, Mapping) else to_json(body, "body")
    if not isinstance(fields, Mapping):
        raise TypeError(f"body: a form needs named fields, not a {type(body).__name__}")
    return [
        (str(name), value)
        for name, value in fields.items()
        if not isinstance(value, NotGiven) and (value is not None or name in nullable)
    ]


def header_values(headers: Mapping[str, Any], nullable: frozenset[str]) -> dict[str, str]:
    """Header parameters that were given, as the text a header carries."""
    return {name: _text(value) for name, value in compact(headers, nullable).items()}


def _raw(body: Any) -> Any:
    """Bytes and files go as they are; text as UTF-8."""
    return body.encode("utf-8") if isinstance(body, str) else body


def _part(name: str, value: Any) -> Any:
    """A multipart field: a file (bytes, an open file, a tuple) as it is, anything else as text."""
    if isinstance(value, bytes | tuple) or hasattr(value, "read"):
        return value
    return (None, _text(to_json(value, name)))


def _text(value: Any) -> str:
    """A form value as text: JSON for objects and lists, plain for scalars."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value)
    return "" if value is None else str(value)
