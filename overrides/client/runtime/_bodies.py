"""A request body in the encoding its operation declares (JSON, a form, multipart, raw), and
header parameters as text (both as the operation's ``Wire`` says: fixed values, arrays).

Most operations take JSON; published connector definitions also upload files
(``multipart/form-data``), post forms, and send text, XML or PDF as they are. The
generated endpoint says which (``body_type``, ``media_type``); this module turns the
call's body into the matching arguments of ``httpx.Client.build_request``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._models import compact, to_json
from ._types import NotGiven
from ._wire import PLAIN, Wire, json_body, parameter_texts, serialised, text, with_fixed


def body_arguments(
    body: Any, body_type: str, media_type: str, nullable: frozenset[str], wire: Wire = PLAIN
) -> dict[str, Any]:
    """``json=``, ``data=``, ``files=`` or ``content=`` (with its Content-Type) for ``body``."""
    if isinstance(body, NotGiven):
        return {}
    if body_type == "content":
        return {"content": _raw(body), "headers": {"Content-Type": media_type}}
    if body_type == "files":
        return {"files": _parts(_given(body, nullable, wire), wire)}
    if body_type == "data":
        fields = {name: to_json(value, name) for name, value in _given(body, nullable, wire)}
        return {"data": parameter_texts("formData", fields, wire)}
    sent = compact(body, nullable) if isinstance(body, Mapping) else to_json(body, "body")
    return {"json": json_body(sent, wire)}


def _given(body: Any, nullable: frozenset[str], wire: Wire) -> list[tuple[str, Any]]:
    """The fields of a form that were given (of a model or a mapping) or are fixed, values as
    they are."""
    fields = body if isinstance(body, Mapping) else to_json(body, "body")
    if not isinstance(fields, Mapping):
        raise TypeError(f"body: a form needs named fields, not a {type(body).__name__}")
    return [
        (str(name), value)
        for name, value in with_fixed("body", fields, wire).items()
        if not isinstance(value, NotGiven) and (value is not None or name in nullable)
    ]


def _parts(fields: list[tuple[str, Any]], wire: Wire) -> list[tuple[str, Any]]:
    """Multipart fields; an array of files, or a ``multi`` array, is one part per item."""
    parts = []
    for name, value in fields:
        if isinstance(value, list) and any(_is_file(item) for item in value):
            items = [_part(name, item) for item in value]
        elif _is_file(value):
            items = [value]
        else:
            sent = serialised("formData", name, to_json(value, name), wire)
            items = [(None, item) for item in (sent if isinstance(sent, list) else [sent])]
        parts += [(name, item) for item in items]
    return parts


def header_values(
    headers: Mapping[str, Any], nullable: frozenset[str], wire: Wire = PLAIN
) -> dict[str, str]:
    """Header parameters that were given, and the fixed ones, as the text a header carries.

    A multipart ``Content-Type`` with no boundary (six published connectors fill one in) is
    left to httpx, which names the boundary of the body it writes; sent as given, the server
    could not split the parts.
    """
    texts = parameter_texts("header", with_fixed("header", compact(headers, nullable), wire), wire)
    return {name: value for name, value in texts.items() if not _unbounded(name, value)}


def _unbounded(name: str, value: str) -> bool:
    value = value.lower()
    return name.lower() == "content-type" and "multipart/" in value and "boundary=" not in value


def _raw(body: Any) -> Any:
    """Bytes and files go as they are; text as UTF-8."""
    return body.encode("utf-8") if isinstance(body, str) else body


def _is_file(value: Any) -> bool:
    return isinstance(value, bytes | tuple) or hasattr(value, "read")


def _part(name: str, value: Any) -> Any:
    """A multipart field: a file (bytes, an open file, a tuple) as it is, anything else as text."""
    return value if _is_file(value) else (None, text(to_json(value, name)))
