"""What each policy of a connector should do to one request, worked out apart from the client.

``bench/calls.py`` sends every action through an ``httpx.MockTransport`` and holds the
request that arrives against these expectations. They are computed here from the model's
policy instances (``Definition.properties``), the definition and the values the bench gave,
with an evaluator of the expressions written for this bench: the client runtime's
``_policies.py`` is what is measured, so nothing of it is reused.

Checked: ``setheader`` and ``setqueryparameter`` (the name present with the evaluated
value, or the value already there when ``existsAction`` is ``skip``), ``dynamichosturl``
(the URL starts with the evaluated template), ``routerequesttoendpoint`` (the method and
the path). Body and answer templates are counted as not checked.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
from openapi_python_client.strings import PythonIdentifier

CHECKED = ("setheader", "setqueryparameter", "dynamichosturl", "routerequesttoendpoint")
EXPRESSION = re.compile(
    r"@(connectionParameters|headers|queryParameters)\('([^']*)'(?:\s*,\s*'([^']*)')?\)"
    r"|@Request\.OriginalHTTPMethod",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Expectation:
    """One policy's effect on one request: ``what`` it should be, and whether it was."""

    what: str
    met: bool


@dataclass
class Before:
    """The request as the definition alone makes it: what an expression reads."""

    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    query: dict[str, str]
    path_args: dict[str, str]  # quoted for the URL
    connection: Mapping[str, Any]

    def evaluate(self, template: str) -> str:
        def value(match: re.Match[str]) -> str:
            kind, name, default = match.group(1), match.group(2), match.group(3)
            if kind is None:
                return self.method
            if kind.lower() == "connectionparameters":
                found = self.connection.get(name)
                return str(found) if found is not None else default or ""
            source = self.headers if kind.lower() == "headers" else self.query
            key = name.lower() if kind.lower() == "headers" else name
            return source.get(key, default or "")

        return EXPRESSION.sub(value, template)


def before_policies(
    definition: Any, operation: Any, values: Mapping[str, Any], credentials: Mapping[str, Any]
) -> Before:
    """The method, path, headers and query the swagger gives ``operation`` for ``values``."""
    by_python = {python_name(p.name): p for p in operation.parameters}
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    path_args: dict[str, str] = {}
    for python, value in values.items():
        parameter = by_python.get(python)
        if parameter is None or value is None:
            continue
        text = _text(value)
        if parameter.location == "header":
            headers[parameter.name.lower()] = text
        elif parameter.location == "query":
            query[parameter.name] = text
        elif parameter.location == "path":
            path_args[parameter.name] = quote(text, safe="")
    headers.update(_credential_headers(definition.data, credentials))
    return Before(operation.method.upper(), operation.path, headers, query, path_args, {})


def python_name(name: str) -> str:
    """The argument name the generated method gives a parameter (openapi-python-client's)."""
    return str(PythonIdentifier(name, prefix="field"))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(map(_text, value))
    return str(value)


def _credential_headers(data: dict[str, Any], credentials: Mapping[str, Any]) -> dict[str, str]:
    """The header the connection's credential puts on the request before any policy runs."""
    found = {}
    for scheme in (data.get("securityDefinitions") or {}).values():
        kind = scheme.get("type") if isinstance(scheme, dict) else None
        if kind == "apiKey" and scheme.get("in") == "header" and credentials.get("api_key"):
            found[str(scheme.get("name")).lower()] = str(credentials["api_key"])
        elif kind == "basic" and credentials.get("username"):
            pair = f"{credentials['username']}:{credentials.get('password', '')}".encode()
            found["authorization"] = "Basic " + base64.b64encode(pair).decode()
        elif kind == "oauth2" and credentials.get("access_token"):
            found["authorization"] = f"Bearer {credentials['access_token']}"
    return found


def expectations(
    policies: list[Any], before: Before, sent: list[httpx.Request]
) -> tuple[list[Expectation], int]:
    """Each checked request policy against the request it shaped; and how many were not
    checked. A ``setvaluefromurl`` first sends a lookup: the policies before it shape that
    request (``sent[0]``), the ones after it the next. The mock answers the lookup with
    ``{}``, so the value it looks up is not found and nothing is set from it."""
    found, unchecked, index = [], 0, 0
    for policy in policies:
        if policy.section.lower() == "response":
            continue
        request = sent[min(index, len(sent) - 1)]
        params = policy.parameters
        if policy.template == "setvaluefromurl":
            index += 1
        elif policy.template not in CHECKED:
            unchecked += 1
        elif policy.template in ("setheader", "setqueryparameter"):
            found.append(_setter(policy, params, before, request))
        elif policy.template == "dynamichosturl":
            base = before.evaluate(str(params.get("urlTemplate", ""))).rstrip("/")
            met = str(request.url).startswith(base)
            found.append(
                Expectation(_said(f"dynamichosturl: URL starts with {base}", met, request), met)
            )
        else:
            found.append(_route(params, before, request))
    return found, unchecked


def _said(what: str, met: bool, request: httpx.Request) -> str:
    """What was expected, and (when it was not met) what was sent instead."""
    return what if met else f"{what}; sent {request.method} {request.url.copy_with(query=None)}"


def _setter(policy: Any, params: dict[str, Any], before: Before, request: Any) -> Expectation:
    """A header or query value set as ``existsAction`` says; ``before`` keeps the state, so a
    later expression (``@headers('Authorization')``) reads what earlier policies set."""
    name = str(params.get("name", ""))
    header = policy.template == "setheader"
    state, key = (before.headers, name.lower()) if header else (before.query, name)
    if str(params.get("existsAction", "")).lower() != "skip" or key not in state:
        state[key] = before.evaluate(str(params.get("value", "")))
    sent = request.headers.get(name) if header else dict(request.url.params.multi_items()).get(name)
    where = "header" if header else "query parameter"
    said = f"{policy.template}: {where} {name} = {params.get('value')!r} evaluated"
    return Expectation(
        said if sent == state[key] else f"{said}; sent something else", sent == state[key]
    )


def _route(params: dict[str, Any], before: Before, request: httpx.Request) -> Expectation:
    method = before.evaluate(str(params.get("httpMethod") or "@Request.OriginalHTTPMethod"))
    path = before.evaluate(str(params.get("newPath") or before.path))
    # {name}: the operation's path argument, else its query parameter's value
    values = {**{k: quote(v, safe="") for k, v in before.query.items()}, **before.path_args}
    path = re.sub(r"\{([^{}]+)\}", lambda m: values.get(m.group(1), m.group(0)), path)
    sent_path = request.url.raw_path.decode().split("?")[0]
    met = request.method == method.upper() and sent_path.endswith(path)
    return Expectation(
        _said(f"routerequesttoendpoint: {method.upper()} ...{path}", met, request), met
    )
