"""The request as the connector's definition describes it, beyond the call's arguments.

Power Platform does not send only what a maker filled in: hidden (``internal``) required
parameters go out with their defaults, arrays are joined as their ``collectionFormat``
says, ``Accept`` names what the operation ``produces``, read-only fields stay out of the
body, and a path value marked ``x-ms-url-encoding: double`` is encoded twice. Each
generated endpoint carries these facts as a ``Wire`` (data only); the functions here
apply them while the request is built, so the generated methods stay declarations.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

# collectionFormat -> the text between items; "multi" repeats the key instead.
DELIMITERS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}
REPEATABLE = frozenset({"query", "formData"})  # where "multi" is allowed


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: it holds dicts
class Wire:
    """What one operation's requests carry besides the caller's arguments.

    ``fixed``: location (path, query, header, body) -> name -> the value always sent (path
    parameters by python name, the rest by their names on the wire). ``formats``: location
    -> name -> collectionFormat, for arrays not sent as csv. ``read_only``: a schema's key
    ("" for the body's) -> field -> None (never sent) or the key of the schema of its value
    (arrays looked through): a graph, so that a schema met many ways is written once.
    """

    accept: str | None = None  # None: httpx's ``*/*``
    fixed: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    formats: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    double_encoded: frozenset[str] = frozenset()
    read_only: Mapping[str, Any] = field(default_factory=dict)


PLAIN = Wire()


def with_fixed(location: str, given: Mapping[str, Any], wire: Wire) -> dict[str, Any]:
    """The arguments given, over the values the definition always sends there."""
    return {**wire.fixed.get(location, {}), **given}


def text(value: Any) -> str:
    """A JSON scalar as parameter text; an object or array (not a parameter's) as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value)
    return "" if value is None else str(value)


def serialised(location: str, name: str, value: Any, wire: Wire) -> str | list[str]:
    """A parameter's JSON value as text: an array joined by its collectionFormat, or, for
    ``multi`` (query and form only), one text per item for the key to be repeated."""
    if not isinstance(value, list):
        return text(value)
    items = [text(item) for item in value]
    fmt = wire.formats.get(location, {}).get(name, "csv")
    if fmt == "multi" and location in REPEATABLE:
        return items
    return DELIMITERS.get(fmt, ",").join(items)


def path_values(values: Mapping[str, Any], wire: Wire) -> dict[str, str]:
    """Path parameters (JSON values, by python name) as URL-encoded text."""
    out = {}
    for name, value in with_fixed("path", values, wire).items():
        encoded = quote(str(serialised("path", name, value, wire)), safe="")
        out[name] = quote(encoded, safe="") if name in wire.double_encoded else encoded
    return out


def parameter_texts(location: str, values: Mapping[str, Any], wire: Wire) -> dict[str, Any]:
    """Query, header or form values (JSON, left-out ones removed) as text."""
    return {name: serialised(location, name, value, wire) for name, value in values.items()}


def json_body(body: Any, wire: Wire) -> Any:
    """A JSON body with the fixed fields filled in and the read-only ones left out."""
    if isinstance(body, Mapping):
        body = with_fixed("body", body, wire)
    return _without(body, wire.read_only) if wire.read_only else body


def _without(value: Any, read_only: Mapping[str, Any], key: str = "") -> Any:
    """``value`` without the read-only fields its schema (``key`` in the graph) names."""
    if isinstance(value, list):
        return [_without(item, read_only, key) for item in value]
    fields = read_only.get(key)
    if not isinstance(value, Mapping) or not fields:
        return value
    kept = {}
    for name, item in value.items():
        if name not in fields:
            kept[name] = item
        elif fields[name] is not None:
            kept[name] = _without(item, read_only, fields[name])
    return kept
