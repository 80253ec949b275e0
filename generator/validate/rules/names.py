"""Names and numbers the client cannot send or write as they are.

A header's name goes on the wire as written: HTTP allows only a token there (RFC 7230
section 3.2.6), and httpx refuses a header name with a space, a quote or a line break. A
query parameter's name is percent-encoded, so any text will do (``ids[]`` is common in
published connectors) but for control characters and lone surrogates, which no UTF-8 holds
or no server means. A number that is not finite (``Infinity``, ``NaN``: Python's json and YAML read
them) is no JSON value, so neither the connector's JSON nor a JSON Schema can hold it. Both
are our own findings (Microsoft's validator has no code for them), so they warn here; the
generator's gate (``gate.CONSEQUENCES``) refuses to write from them without ``--best-effort``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ...load.pointer import child, walk
from ...model import Definition
from ..registry import Hit, rule

# RFC 7230's token: visible ASCII but delimiters; what a query name must be: any text but
# control characters and lone surrogates.
VALID_NAME = {
    "header": re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"),
    "query": re.compile(r"[^\x00-\x1f\x7f-\x9f\ud800-\udfff]+"),
}
WHAT = {"header": "an HTTP token", "query": "text without control characters"}


@rule(
    "parameter-name-not-token",
    "warning",
    "definition",
    title="Header names are HTTP tokens (RFC 7230); query names have no control characters",
    fix="name it as the API expects it: a header with letters, digits and !#$%&'*+-.^_`|~ "
    "only (no space, quote, colon or line break); a query parameter without control characters",
)
def parameter_name_not_token(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        name, where = parameter.get("name"), str(parameter.get("in"))
        if where in VALID_NAME and isinstance(name, str) and not VALID_NAME[where].fullmatch(name):
            yield pointer, f"the {where} parameter name {_shown(name)} is not {WHAT[where]}"
    for scheme in definition.api.security_schemes.values():
        name, where = scheme.parameter_name, scheme.location or ""
        checked = scheme.type == "apiKey" and where in VALID_NAME and name is not None
        if checked and not VALID_NAME[where].fullmatch(name or ""):
            message = f"the API key's {where} name {_shown(name or '')} is not {WHAT[where]}"
            yield child(scheme.pointer, "name"), message


@rule(
    "number-not-finite",
    "warning",
    "definition",
    title="Numbers are finite: JSON has no Infinity or NaN",
    fix="write a finite bound or value, or leave the keyword out (no minimum means unbounded)",
)
def number_not_finite(definition: Definition) -> Iterator[Hit]:
    for pointer, value in walk(definition.document.data):
        if isinstance(value, float) and not math.isfinite(value):
            yield pointer, f"{value} is not a JSON number"


def _shown(name: str) -> str:
    """The name as a message shows it: quoted, escaped and cut to 60 characters."""
    return repr(name if len(name) <= 60 else name[:60] + "...")
