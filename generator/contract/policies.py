"""Power Platform's policies on the requests a live contract run sends.

The gateway between a flow and the API rewrites every request with the policy template
instances of the connector's apiProperties.json (a host, a header, a route...). A
contract run that sent the swagger's requests as they are would test the swagger's
fiction, not the API Power Platform calls. So the guard (``guard.py``) hands each
request it forwards to this wire, which applies the policies with the client
runtime's own engine (``overrides/client/runtime/_policies.py``, installed as
``trconnect.client_overrides``): one implementation, shipped unchanged in every
generated client and used here. The runtime is plain Python that imports nothing of
the generator, so the contract layer may use it as it uses the model.

A policy that changes an operation's method changes what the call does:
:func:`routed_methods` lets the run judge an operation by the method actually sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from urllib.parse import quote

import httpx

from ..client_overrides.runtime import _auth, _policies
from ..model import Definition
from ..model.definition import SAFE_METHODS
from .safety import Endpoint, RequestGate

ROUTE_TEMPLATE = "routerequesttoendpoint"


class PolicyWire:
    """The policies of ``definition`` bound to one connection's values.

    ``base_url`` is the live API's (with its base path): the place a request is rewritten
    from. ``connection`` maps connection parameter names to values; secrets among them
    stay in the auth object, out of every repr and report.
    """

    def __init__(
        self,
        definition: Definition,
        base_url: str,
        connection: Mapping[str, str],
        endpoints: list[Endpoint],
    ) -> None:
        properties = definition.properties
        secret = frozenset(p.name for p in properties.all_connection_parameters if p.secret)
        table = [asdict(policy) for policy in properties.policies]
        engine = _policies.Policies(
            table, _policies.Connection(dict(connection), secret), fixed_base=False
        )
        # The key is already on the request (schemathesis sends it): nothing more to add.
        self.auth = _policies.PolicyAuth(_auth._SecretAuth(), engine)
        self.base_url = base_url.rstrip("/")
        self._gate = RequestGate(definition.api.base_path, endpoints)
        self._paths = {e.operation_id: e.path for e in endpoints}

    def __repr__(self) -> str:
        return f"PolicyWire({self.base_url!r})"  # never the connection's values

    def route(self, request: httpx.Request) -> httpx.Request:
        """``request`` marked with its operation, so the engine knows which policies apply
        (a request that is no operation of the definition goes out as it is)."""
        found = self._gate.matches(request.method, str(request.url))
        if found:
            endpoint, values = found[0]
            args = {name: quote(value, safe="") for name, value in values.items()}
            route = _policies.Route(endpoint.operation_id, self.base_url, endpoint.path, args)
            request.extensions = {**request.extensions, _policies.ROUTE_EXTENSION: route}
        return request


def connection_values(
    definition: Definition, given: Mapping[str, str], api_key: str | None
) -> dict[str, str]:
    """The connection's values: those given, and the run's key for an ``api_key`` parameter
    (Power Platform names the key of an API key connection so)."""
    values = dict(given)
    names = {p.name for p in definition.properties.all_connection_parameters}
    if api_key and "api_key" in names:
        values.setdefault("api_key", api_key)
    return values


def routed_methods(definition: Definition, endpoints: list[Endpoint]) -> dict[str, str]:
    """Operation id -> the method a route policy sends it with, where that is not the
    swagger's and not a read: such an operation changes data, whatever its swagger says."""
    found = {}
    for endpoint in endpoints:
        for policy in definition.properties.policies_for(endpoint.operation_id):
            method = str(policy.parameters.get("httpMethod") or "").lower()
            # "@Request.OriginalHTTPMethod" (or none) keeps the swagger's method
            fixed = policy.template == ROUTE_TEMPLATE and method and not method.startswith("@")
            if fixed and method not in SAFE_METHODS and method != endpoint.method:
                found[endpoint.operation_id] = method.upper()
    return found
