"""The connection a client is made with: its parameters' values, checked as Power Platform does.

Each connection parameter of the connector (``_connector.PARAMETERS``) is a constructor keyword
with an environment variable as fallback, then the declared default. A connector with
parameter sets (several ways to sign in) has the caller pick one (``connection_set=``), and
only that set's parameters are read and required. Values declared ``securestring`` are
secrets: no error names them, and the ``Connection`` lists them for scrubbing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import APIError, MissingApiKey
from ._policies import Connection


class InvalidConnection(APIError, ValueError):
    """A connection parameter outside its allowed values, or no such parameter set."""


def connect(
    given: Mapping[str, str | None],
    chosen_set: str | None,
    parameters: Sequence[Mapping[str, Any]],
    sets: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    fixed_base: bool = False,
) -> Connection:
    """The connection's values by parameter name; raises when a required one is missing.

    With ``fixed_base`` (the caller gave ``base_url``), a parameter only the host policy
    reads is not required: the given URL replaces the host it would build.
    """
    if sets:
        chosen_set = _chosen(chosen_set, sets)
        parameters = sets[chosen_set]
    values: dict[str, str] = {}
    missing: list[str] = []
    for parameter in parameters:
        value = given.get(parameter["keyword"])
        if value is None:
            value = os.environ.get(parameter["env"]) or parameter["default"]
        if not value:
            if parameter["required"] and not (fixed_base and parameter["host_only"]):
                missing.append(f"{parameter['keyword']} (or {parameter['env']})")
            continue
        allowed = parameter["allowed"]
        if allowed and value not in allowed and not parameter["secret"]:
            raise InvalidConnection(
                f"{parameter['keyword']} is {value!r}; the connector allows {allowed!r}"
            )
        values[parameter["name"]] = value
    if missing:
        where = f" of connection set {chosen_set!r}" if chosen_set else ""
        raise MissingApiKey(
            f"missing connection parameters{where}: {', '.join(missing)}; "
            "pass them to the client or set the variables"
        )
    return Connection(values, frozenset(p["name"] for p in parameters if p["secret"]))


def _chosen(chosen: str | None, sets: Mapping[str, Any]) -> str:
    """The parameter set to read: the one named, or the only one."""
    if chosen is None and len(sets) == 1:
        chosen = next(iter(sets))
    if chosen is None or chosen not in sets:
        picked = "no connection_set given" if chosen is None else f"no set {chosen!r}"
        raise InvalidConnection(f"{picked}; choose connection_set= one of {sorted(sets)!r}")
    return chosen
