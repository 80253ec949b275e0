"""The rest of the connector package in the client: connection parameters and policy templates.

The client is configured the way a Power Platform connection is: each connection parameter of
``apiProperties.json`` becomes a constructor keyword, and its policy templates are written as
plain data into ``_connector.py`` for the runtime's ``_policies.py`` to apply on every request.
What the client cannot do as Power Platform does (custom code in ``script.csx``, a polling
trigger's state, a template or expression it does not know) makes each operation it touches
*degraded* in the report, with the reason: a report never claims a client it is not.
"""

from __future__ import annotations

import json
import keyword
import pprint
import re
from dataclasses import dataclass
from typing import Any

from ..model import ConnectionParameter, Definition, Policy, Properties
from .client_report import DegradedOperation

LITERAL_WIDTH = 90
# The templates the runtime applies (overrides/client/runtime/_policies.py HANDLERS; a test
# holds the two lists equal) and why the others cannot be reproduced by a client.
APPLIED = frozenset(
    {
        "dynamichosturl",
        "setheader",
        "setqueryparameter",
        "routerequesttoendpoint",
        "setvaluefromurl",
        "updatenextlink",
        "setconnectionstatustounauthenticated",
        "setproperty",
        "convertobjecttoarray",
        "convertarraytoobject",
        "stringreplace",
        "stringtoarray",
    }
)
NOT_APPLIED = {
    "pollingtrigger": "its polling state (what was seen last) lives in Power Platform",
}
UNKNOWN_TEMPLATE = "the client does not know this template"
SCRIPT_REASON = "script.csx custom code runs on it in Power Platform; the client does not run it"
# The expressions the runtime evaluates in values, and the body paths of body templates.
KNOWN_EXPRESSION = re.compile(
    r"@(?:connectionParameters|ConnectionParameters|headers|header|queryParameters)"
    r"\(\s*'[^']*'\s*(?:,\s*'[^']*'\s*)?\)"
    r"|@Request\.OriginalHTTPMethod"
    r"|@(?:body|item|triggerBody)\(\)"
)
CONNECTION_READ = re.compile(r"@[Cc]onnectionParameters\(\s*'([^']*)'")
ANY_EXPRESSION = re.compile(r"@[A-Za-z_][\w.]*(?:\([^)]*\))?")
QUOTED_KEY = re.compile(r"\['[^']*'\]")  # ['@odata.id']: a property's name, not an expression
NAME_ONLY = frozenset({"nextLinkPropertyName"})  # parameters that name a property
# Keywords the constructor already has: a connection parameter must not take one of them.
RESERVED = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "retry",
        "rate_limit",
        "http_client",
        "transport",
        "default_headers",
        "connection_set",
    }
)


@dataclass(frozen=True)
class ConnectionKeyword:
    """One connection parameter as a constructor keyword of the client."""

    name: str  # as apiProperties names it ('token:TenantId')
    keyword: str  # a valid, unique Python identifier (token_tenant_id)
    env: str  # the environment variable read when the keyword is not given
    annotation: str  # "str", or a Literal of the allowed values
    secret: bool
    required: bool
    label: str


def connection_keywords(
    properties: Properties, env_prefix: str, taken: frozenset[str] = frozenset()
) -> list[ConnectionKeyword]:
    """The connection's parameters as keywords, one per name over the list and every set;
    OAuth settings are not (the access token is the credential's keyword)."""
    found: list[ConnectionKeyword] = []
    used = set(RESERVED - {"self"})
    read = _read_by_policies(properties)
    for name, declared in _by_name(properties).items():
        if any(parameter.oauth for parameter in declared):
            continue
        word = _identifier(name)
        if word not in taken:
            while word in used:
                word += "_"
            used.add(word)
        found.append(
            ConnectionKeyword(
                name=name,
                keyword=word,
                env=f"{env_prefix}_{word.upper().strip('_')}",
                annotation=_annotation(declared),
                secret=any(parameter.secret for parameter in declared),
                required=all(_required(p, read) for p in declared),
                label=declared[0].display_name or name,
            )
        )
    return found


def _required(parameter: ConnectionParameter, read: set[str]) -> bool:
    """Required as declared, except a setting of the OAuth sign-in (``token:clientId``) that no
    policy reads: the client runs no sign-in (the caller brings the token)."""
    oauth_setting = parameter.name.lower().startswith("token:")
    return parameter.required and (not oauth_setting or parameter.name in read)


def _read_by_policies(properties: Properties, *, host: bool | None = None) -> set[str]:
    """The connection parameters that some policy's expression reads (``host``: only those
    of dynamichosturl policies, or only those of the others)."""
    texts = [
        text
        for policy in properties.policies
        if host is None or (policy.template == "dynamichosturl") == host
        for text in _texts(policy.parameters)
    ]
    return {m.group(1) for text in texts for m in CONNECTION_READ.finditer(text)}


def _host_only(properties: Properties) -> set[str]:
    """Parameters only a host policy reads: a ``base_url`` given to the client replaces them."""
    return _read_by_policies(properties, host=True) - _read_by_policies(properties, host=False)


def _by_name(properties: Properties) -> dict[str, list[ConnectionParameter]]:
    """Each parameter name with its declarations: the single list's, then each set's."""
    found: dict[str, list[ConnectionParameter]] = {}
    sets = [each.parameters for each in properties.parameter_sets]
    for parameters in (properties.connection_parameters, *sets):
        for parameter in parameters:
            found.setdefault(parameter.name, []).append(parameter)
    return found


def _identifier(name: str) -> str:
    """``token:TenantId`` -> ``token_tenant_id``; a keyword or a leading digit gets a prefix."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    snake = re.sub(r"[^0-9A-Za-z]+", "_", snake).strip("_").lower() or "parameter"
    if snake[0].isdigit():
        snake = f"p_{snake}"
    return f"{snake}_" if keyword.iskeyword(snake) or snake in RESERVED else snake


def _annotation(declared: list[ConnectionParameter]) -> str:
    """A ``Literal`` of the allowed values (repr: Python literals) when every declaration
    restricts them; a parameter that is free text in one set is a ``str``."""
    if any(not p.allowed or p.secret for p in declared):
        return "str"
    values = list(dict.fromkeys(value for p in declared for value in p.allowed))
    return f"Literal[{', '.join(repr(value) for value in values)}]"


def connector_module(properties: Properties, keywords: list[ConnectionKeyword]) -> str:
    """``_connector.py``: the connection's parameters, sets and policies, as literals only."""
    by_name = {k.name: k for k in keywords}
    read = _read_by_policies(properties)
    host_only = _host_only(properties)
    parameters = _rows(properties.connection_parameters, by_name, read, host_only)
    sets = {
        each.name: _rows(each.parameters, by_name, read, host_only)
        for each in properties.parameter_sets
    }
    policies = [_policy_row(policy) for policy in properties.policies]
    return (
        '"""The connection parameters and policy templates of apiProperties.json, as data\n'
        '(applied by _connection.py and _policies.py). Generated; do not edit."""\n\n'
        "from typing import Any, Final\n\n"
        f"PARAMETERS: Final[list[dict[str, Any]]] = {_literal(parameters)}\n"
        f"PARAMETER_SETS: Final[dict[str, list[dict[str, Any]]]] = {_literal(sets)}\n"
        f"POLICIES: Final[list[dict[str, Any]]] = {_literal(policies)}\n"
    )


def _rows(
    parameters: tuple[ConnectionParameter, ...],
    keywords: dict[str, ConnectionKeyword],
    read: set[str],
    host_only: set[str],
) -> list[dict[str, Any]]:
    """One list's (or set's) parameters as the runtime reads them; OAuth settings left out."""
    return [
        {
            "name": p.name,
            "keyword": keywords[p.name].keyword,
            "env": keywords[p.name].env,
            "secret": p.secret,
            "required": _required(p, read),
            "host_only": p.name in host_only,
            "allowed": list(p.allowed),
            "default": p.default if isinstance(p.default, str) else None,
        }
        for p in parameters
        if p.name in keywords
    ]


def _policy_row(policy: Policy) -> dict[str, Any]:
    return {
        "template": policy.template,
        "title": policy.title,
        "operations": list(policy.operations),
        "section": policy.section,
        "parameters": _plain(policy.parameters),
    }


def _plain(value: Any) -> Any:
    """JSON data as Python literals can write it: nothing but str, int, bool, None, list, dict."""
    return json.loads(json.dumps(value, allow_nan=False, default=str))


def _literal(value: Any) -> str:
    return pprint.pformat(value, width=LITERAL_WIDTH, sort_dicts=False)


def degraded_operations(definition: Definition, operations: list[str]) -> list[DegradedOperation]:
    """Each generated operation that Power Platform changes in a way the client cannot."""
    properties = definition.properties
    found = []
    for operation in operations:
        reasons = [
            f"policy '{policy.title or policy.template}' ({policy.template}): {why}"
            for policy in properties.policies_for(operation)
            if (why := policy_gap(policy))
        ]
        if properties.script is not None and properties.script.covers(operation):
            reasons.append(SCRIPT_REASON)
        if reasons:
            found.append(DegradedOperation(operation, reasons))
    return found


def policy_gap(policy: Policy) -> str:
    """Why the client cannot apply ``policy`` as Power Platform does; '' when it can."""
    if policy.template not in APPLIED:
        return NOT_APPLIED.get(policy.template, UNKNOWN_TEMPLATE)
    unknown = sorted(
        {
            found
            for key, value in policy.parameters.items()
            if key not in NAME_ONLY
            for text in _texts(value)
            for found in ANY_EXPRESSION.findall(KNOWN_EXPRESSION.sub("", QUOTED_KEY.sub("", text)))
        }
    )
    return f"the client does not evaluate {', '.join(unknown)}" if unknown else ""


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []
