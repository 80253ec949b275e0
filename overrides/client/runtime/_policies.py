"""Power Platform's policy templates, applied to every request as the connector's gateway does.

A connector's ``apiProperties.json`` lists policy template instances that the gateway runs
between the caller and the API: they set the host (``dynamichosturl``), headers and query
parameters, route an operation to another path or method, and reshape request and response
bodies. The generated ``_connector.py`` holds them as plain data (``POLICIES``); this module
applies them, in the order the connector lists them, inside an ``httpx.Auth`` wrapped around
the credential's (so ``@headers('Authorization')`` sees the key already set, and the
connection's secrets stay in the auth object, out of every repr and error). Response body
policies rewrite the parsed answer (``Policies.answer``).

Templates whose effect needs the gateway's state (``pollingtrigger``) or code (script.csx)
are not here: the generator reports the operations they touch as degraded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from ._auth import _SecretAuth

ROUTE_EXTENSION = "trconnect_route"
REQUEST, RESPONSE = "request", "response"
# @connectionParameters('name'[, 'default']), @headers('name'), @queryParameters('name'), and
# @Request.OriginalHTTPMethod: the expressions the published connectors use in values.
EXPRESSION = re.compile(
    r"@(?P<fn>connectionParameters|ConnectionParameters|headers|header|queryParameters)"
    r"\(\s*'(?P<name>[^']*)'\s*(?:,\s*'(?P<default>[^']*)'\s*)?\)"
    r"|@Request\.OriginalHTTPMethod"
)
# A body path: @body() / body() / @item() / @triggerBody(), then .name, ['name'] or [0].
PATH_ROOT = re.compile(r"^\s*@?(?P<root>body|item|triggerBody)\(\)")
PATH_STEP = re.compile(r"\.(?P<dot>[^.\[\]]+)|\['(?P<quoted>[^']*)'\]|\[(?P<index>\d+)\]")
# {@body().x} inside a value template (setproperty): the value at that path.
VALUE_PIECE = re.compile(r"\{(?P<path>@(?:body|item|triggerBody)\(\)(?:[^{}]|\{[^{}]*\})*?)\}")


@dataclass(frozen=True)
class Route:
    """What a request is, for the policies: its operation, and its URL before they ran."""

    operation: str
    base: str
    path: str  # the operation's path template, e.g. "/envelopes/{id}"
    args: Mapping[str, str]  # path arguments, already quoted for the URL


class Connection:
    """The connection's parameter values; those declared ``securestring`` are secrets."""

    def __init__(self, values: Mapping[str, str | None], secret: frozenset[str]) -> None:
        self._values = {name: value for name, value in values.items() if value is not None}
        self._secret = secret

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._values.get(name, default)

    def secrets(self) -> tuple[str, ...]:
        return tuple(v for name, v in self._values.items() if name in self._secret and v)

    def __repr__(self) -> str:
        return f"Connection({sorted(self._values)})"  # names only, never values


@dataclass(repr=False)  # its headers hold the credential: no repr shows them
class Outgoing:
    """A request while the policies rewrite it: each part apart, joined again at the end."""

    method: str
    original_method: str
    base: str
    path: str
    query: list[tuple[str, str]]
    headers: httpx.Headers
    content: bytes
    extensions: dict[str, Any]
    json_body: Any = None
    body_changed: bool = False
    parsed: bool = field(default=False, repr=False)

    @classmethod
    def of(cls, request: httpx.Request, route: Route) -> Outgoing:
        return cls(
            method=request.method,
            original_method=request.method,
            base=route.base,
            path=route.path.format_map(route.args),
            query=list(request.url.params.multi_items()),
            headers=httpx.Headers(request.headers),
            content=request.content,
            extensions=dict(request.extensions),
        )

    def body(self) -> Any:
        """The JSON body, parsed once; None when the body is not JSON."""
        if not self.parsed:
            self.parsed = True
            if "json" in self.headers.get("content-type", "") and self.content:
                try:
                    self.json_body = json.loads(self.content)
                except ValueError:
                    self.json_body = None
        return self.json_body

    def set_query(self, name: str, value: str, exists_action: str) -> None:
        present = any(key == name for key, _ in self.query)
        if present and exists_action == "skip":
            return
        self.query = [(key, item) for key, item in self.query if key != name]
        self.query.append((name, value))

    def request(self) -> httpx.Request:
        headers = httpx.Headers(self.headers)
        headers.pop("host", None)  # httpx sets it from the URL, which a policy may have moved
        content = self.content
        if self.body_changed:
            content = json.dumps(self.json_body, separators=(",", ":")).encode()
            headers.pop("content-length", None)
        path, _, written_query = self.path.partition("?")
        query = httpx.QueryParams(written_query).multi_items() + self.query
        url = httpx.URL(self.base + path, params=query or None)
        if self.method in ("GET", "HEAD", "DELETE") and not content:
            headers.pop("content-length", None)
        return httpx.Request(
            self.method, url, headers=headers, content=content, extensions=self.extensions
        )


class Policies:
    """The connector's policy table, bound to one connection's values."""

    def __init__(
        self, table: Sequence[Mapping[str, Any]], connection: Connection, *, fixed_base: bool
    ) -> None:
        self._table = table
        self.connection = connection
        self._fixed_base = fixed_base  # base_url given: a mock or proxy wins over dynamichosturl
        self._memo: dict[tuple[str, str], list[Mapping[str, Any]]] = {}

    def _for(self, operation: str, section: str) -> list[Mapping[str, Any]]:
        key = (operation, section)
        if key not in self._memo:
            self._memo[key] = [
                policy
                for policy in self._table
                if policy["template"] in HANDLERS
                and section in _sections(policy)
                and (not policy["operations"] or operation in policy["operations"])
            ]
        return self._memo[key]

    def wrap(self, auth: _SecretAuth) -> PolicyAuth:
        return PolicyAuth(auth, self)

    def answer(self, operation: str, data: Any) -> Any:
        """The parsed answer with the response section's body policies applied."""
        for policy in self._for(operation, RESPONSE):
            if policy["template"] in BODY_TEMPLATES:
                data = _apply_body(policy, data, self.connection)
        return data

    def rewrite(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Yield the request the gateway would send (after any lookup it makes first)."""
        route = request.extensions.get(ROUTE_EXTENSION)
        if not isinstance(route, Route):
            response = yield request
            return
        out = Outgoing.of(request, route)
        for policy in self._for(route.operation, REQUEST):
            if policy["template"] == "setvaluefromurl":
                reply = yield _lookup(policy, out, route, self.connection)
                _set_from_reply(policy, out, reply)
            else:
                HANDLERS[policy["template"]](policy, out, route, self)
        response = yield out.request()
        for policy in self._for(route.operation, RESPONSE):
            if policy["template"] == "setheader":
                value = expand(str(policy["parameters"].get("value", "")), out, self.connection)
                response.headers[str(policy["parameters"].get("name", ""))] = value


class PolicyAuth(_SecretAuth):
    """The credential's own auth, then the policies; secrets: both's."""

    requires_request_body = True
    requires_response_body = True  # a setvaluefromurl lookup reads its answer

    def __init__(self, inner: _SecretAuth, policies: Policies) -> None:
        self._inner, self._policies = inner, policies

    def secrets(self) -> tuple[str, ...]:
        return self._inner.secrets() + self._policies.connection.secrets()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # The client's own schemes (_auth.py) each set the request and yield it once.
        request = next(self._inner.auth_flow(request))
        yield from self._policies.rewrite(request)


def _sections(policy: Mapping[str, Any]) -> tuple[str, ...]:
    """Where a policy runs: its policySection, else where its template always runs."""
    section = str(policy.get("section") or "").lower()
    if section:
        return tuple(part for part in (REQUEST, RESPONSE) if part in section)
    return (RESPONSE,) if policy["template"] in RESPONSE_ONLY else (REQUEST,)


def expand(template: str, out: Outgoing, connection: Connection) -> str:
    """``template`` with each expression replaced by its value now ('' when there is none)."""

    def value(match: re.Match[str]) -> str:
        fn, name, default = match.group("fn"), match.group("name"), match.group("default")
        if fn is None:
            return out.original_method
        if fn.lower() == "connectionparameters":
            return connection.get(name, default) or ""
        if fn in ("headers", "header"):
            return str(out.headers.get(name, default or ""))
        found = [item for key, item in out.query if key == name]
        return found[0] if found else default or ""

    return EXPRESSION.sub(value, template)


def _dynamic_host(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    if not p._fixed_base:
        out.base = expand(str(policy["parameters"].get("urlTemplate", "")), out, p.connection)
        out.base = out.base.rstrip("/")


def _set_header(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    params = policy["parameters"]
    name = str(params.get("name", ""))
    action = str(params.get("existsAction", "override")).lower()
    if action == "skip" and name in out.headers:
        return
    # A field value has no surrounding whitespace (RFC 9110): ``Token @headers('k')`` with no
    # ``k`` is ``Token``, which httpx sends, not ``Token `` which it refuses.
    value = expand(str(params.get("value", "")), out, p.connection).strip()
    if action == "append" and name in out.headers:  # one more value, as APIM's set-header
        out.headers = httpx.Headers([*out.headers.raw, (name.encode(), value.encode())])
    else:
        out.headers[name] = value


def _set_query(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    params = policy["parameters"]
    value = expand(str(params.get("value", "")), out, p.connection)
    out.set_query(str(params.get("name", "")), value, str(params.get("existsAction", "")).lower())


def _route(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    params = policy["parameters"]
    if "newPath" in params:
        path = _fill(expand(str(params["newPath"]), out, p.connection), route, out)
        out.path = path if path.startswith("/") else "/" + path
    method = expand(
        str(params.get("httpMethod") or "@Request.OriginalHTTPMethod"), out, p.connection
    )
    if method:
        out.method = method.upper()


def _fill(path: str, route: Route, out: Outgoing) -> str:
    """``{name}`` in a new path: the operation's path argument, else its query parameter's.

    The policy names a path parameter as the definition does (``actionType``), the client's
    arguments in snake case (``action_type``): the two are matched on their letters and
    digits, without case.
    """
    query = dict(out.query)
    args = {_spelling(name): value for name, value in route.args.items()}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if _spelling(name) in args:
            return args[_spelling(name)]
        return quote(query[name], safe="") if name in query else match.group(0)

    return re.sub(r"\{([^{}]+)\}", value, path)


def _spelling(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _lookup(
    policy: Mapping[str, Any], out: Outgoing, route: Route, connection: Connection
) -> httpx.Request:
    """setvaluefromurl's first call: the URL on the current host, with the request's headers
    as the policies before it left them (Cradl AI sets its token call's content type so)."""
    params = policy["parameters"]
    path = _fill(expand(str(params.get("parameterValueUrl", "")), out, connection), route, out)
    path = path if path.startswith("/") else "/" + path
    headers = httpx.Headers(out.headers)
    headers.pop("content-length", None)
    headers.pop("host", None)
    method = str(params.get("httpMethod") or "GET").upper()
    return httpx.Request(method, out.base + path, headers=headers, extensions=out.extensions)


def _set_from_reply(policy: Mapping[str, Any], out: Outgoing, reply: httpx.Response) -> None:
    """setvaluefromurl's second half: the value at a path of the answer, into a header or query."""
    params = policy["parameters"]
    try:
        data = reply.json()
    except ValueError:
        data = None
    value = read_path(str(params.get("parameterValuePathTemplate", "")), data, None)
    target = re.match(
        r"@(headers|queryParameters)\('([^']*)'\)", str(params.get("parameterTemplate"))
    )
    if target is None or value is None:
        return
    text = value if isinstance(value, str) else json.dumps(value)
    if target.group(1) == "headers":
        out.headers[target.group(2)] = text
    else:
        out.set_query(target.group(2), text, "override")


def _body_policy(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    body = out.body()
    if body is not None:
        out.json_body = _apply_body(policy, body, p.connection)
        out.body_changed = True


# ---- body paths and the templates that reshape bodies ----


def _steps(path: str) -> tuple[str, list[str | int]] | None:
    """``@body().a['b'][0]`` -> ("body", ["a", "b", 0]); None when it is no body path."""
    match = PATH_ROOT.match(path)
    if match is None:
        return None
    steps: list[str | int] = []
    rest = path[match.end() :].strip()
    while rest:
        step = PATH_STEP.match(rest)
        if step is None:
            return None
        index = step.group("index")
        steps.append(int(index) if index is not None else step.group("dot") or step.group("quoted"))
        rest = rest[step.end() :]
    return match.group("root"), steps


def read_path(path: str, body: Any, item: Any) -> Any:
    """The value at ``path`` (``@item()`` is ``item``); None where the path leads nowhere."""
    parsed = _steps(path)
    if parsed is None:
        return None
    root, steps = parsed
    node = item if root == "item" else body
    for step in steps:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
        elif isinstance(step, str) and isinstance(node, dict):
            node = node.get(step)
        else:
            return None
    return node


def _write_path(path: str, body: Any, item: Any, value: Any) -> Any:
    """``body`` with ``value`` written at ``path``; a path to the root replaces it."""
    parsed = _steps(path)
    if parsed is None:
        return body
    root, steps = parsed
    if not steps:
        return value if root != "item" else body
    node = item if root == "item" else body
    for step in steps[:-1]:
        if not isinstance(node, dict):
            return body
        node = node.setdefault(str(step), {})
    if isinstance(node, dict):
        node[str(steps[-1])] = value
    return body


def _sub(parent: Any, sub: str) -> tuple[Any, str | None]:
    """A parent's child by a sub path (``name``, ``['name']``; ``null``: the parent itself)."""
    if sub in ("", "null"):
        return parent, None
    match = re.fullmatch(r"\['([^']*)'\]", sub)
    key = match.group(1) if match else sub
    return (parent.get(key) if isinstance(parent, dict) else None), key


def _each_parent(policy: Mapping[str, Any], body: Any, key: str) -> list[Any]:
    """The objects a body policy works on: the parent path's value, or each of a list's."""
    parent = read_path(str(policy["parameters"].get(key, "@body()")), body, None)
    if isinstance(parent, list):
        return [each for each in parent if isinstance(each, dict)]
    return [parent] if isinstance(parent, dict) else []


def _apply_body(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    return BODY_TEMPLATES[policy["template"]](policy, body, connection)


def _set_property(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    params = policy["parameters"]
    template = str(params.get("propertyValuePathTemplate", ""))
    sub = str(params.get("newPropertySubPathTemplate", ""))
    for parent in _each_parent(policy, body, "newPropertyParentPathTemplate"):
        value = _value_of(template, body, parent)
        _, key = _sub(parent, sub)
        if key is not None:
            parent[key] = value
    return body


def _value_of(template: str, body: Any, item: Any) -> Any:
    """A setproperty value: ``{@body().x}`` pieces filled in; JSON when the result is JSON."""
    pieces = list(VALUE_PIECE.finditer(template))
    if not pieces:
        return template
    as_json = VALUE_PIECE.sub(
        lambda m: json.dumps(read_path(m.group("path"), body, item)), template
    )
    try:
        return json.loads(as_json)
    except ValueError:
        return VALUE_PIECE.sub(lambda m: _text(read_path(m.group("path"), body, item)), template)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else json.dumps(value)


def _object_to_array(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    params = policy["parameters"]
    key_name, value_name = str(params.get("keyName", "key")), str(params.get("valueName", "value"))
    for parent in _each_parent(policy, body, "propertyParentPath"):
        found, _ = _sub(parent, str(params.get("propertySubPath", "")))
        if isinstance(found, dict):
            rows = [{key_name: key, value_name: value} for key, value in found.items()]
            body = _write_path(str(params.get("newPropertyPath", "")), body, parent, rows)
    return body


def _array_to_object(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    params = policy["parameters"]
    key = str(params.get("keyWithinCollectionPath", ""))
    retain = str(params.get("retainKey", "true")).lower() == "true"
    for parent in _each_parent(policy, body, "propertyParentPath"):
        found, _ = _sub(parent, str(params.get("propertySubPath", "")))
        if isinstance(found, list):
            mapped = {
                str(row[key]): row if retain else {k: v for k, v in row.items() if k != key}
                for row in found
                if isinstance(row, dict) and key in row
            }
            body = _write_path(str(params.get("newPropertyPath", "")), body, parent, mapped)
    return body


def _string_replace(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    params = policy["parameters"]
    source, replacement = (
        str(params.get("sourceString", "")),
        str(params.get("replacementString", "")),
    )
    for parent in _each_parent(policy, body, "propertyParentPath"):
        found, _ = _sub(parent, str(params.get("propertySubPath", "")))
        if isinstance(found, str) and source:
            new = found.replace(source, replacement)
            body = _write_path(str(params.get("newPropertyPath", "")), body, parent, new)
    return body


def _string_to_array(policy: Mapping[str, Any], body: Any, connection: Connection) -> Any:
    params = policy["parameters"]
    delimiters = str(params.get("delimiterList", ","))
    child = str(params.get("childPropertyName", "value"))
    for parent in _each_parent(policy, body, "propertyParentPath"):
        found, _ = _sub(parent, str(params.get("propertySubPath", "")))
        if isinstance(found, str):
            parts = re.split("|".join(map(re.escape, delimiters)), found) if delimiters else [found]
            rows = [{child: part} for part in parts if part]
            body = _write_path(str(params.get("newPropertyPath", "")), body, parent, rows)
    return body


def _no_effect(policy: Mapping[str, Any], out: Outgoing, route: Route, p: Policies) -> None:
    """updatenextlink points the next link at the gateway, and setconnectionstatus... marks the
    connection signed out: a client that calls the API itself follows the API's own link and
    raises the status as an error, so the gateway's change has nothing to do here."""


Handler = Callable[[Mapping[str, Any], Outgoing, Route, Policies], None]
BodyTemplate = Callable[[Mapping[str, Any], Any, Connection], Any]
BODY_TEMPLATES: dict[str, BodyTemplate] = {
    "setproperty": _set_property,
    "convertobjecttoarray": _object_to_array,
    "convertarraytoobject": _array_to_object,
    "stringreplace": _string_replace,
    "stringtoarray": _string_to_array,
}
# Every template this module applies (setvaluefromurl is run by Policies.rewrite itself).
HANDLERS: dict[str, Handler] = {
    "dynamichosturl": _dynamic_host,
    "setheader": _set_header,
    "setqueryparameter": _set_query,
    "routerequesttoendpoint": _route,
    "setvaluefromurl": _no_effect,  # its lookup is a request of its own: Policies.rewrite
    "updatenextlink": _no_effect,
    "setconnectionstatustounauthenticated": _no_effect,
    **dict.fromkeys(BODY_TEMPLATES, _body_policy),
}
RESPONSE_ONLY = frozenset({"updatenextlink", "setconnectionstatustounauthenticated"})
