"""Comparing what apiProperties.json's policies do to one operation's requests.

Power Platform rewrites a request with the policy template instances that apply to its
operation: ``dynamichosturl`` sends it to another host, ``routerequesttoendpoint`` to
another path or method, ``setheader`` and ``setqueryparameter`` add a value. Each
side's route is read from the model's policies alone; a caller (a flow, a client)
whose requests now go elsewhere, or lose a header the API needed, breaks. Any other
change to the policies of an operation is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Definition, Operation, Policy
from .changes import OLD
from .context import Comparison, show

HOST_TEMPLATES = ("dynamichosturl", "dynamicsubdomain")
ROUTE_TEMPLATE = "routerequesttoendpoint"
ROUTING = (*HOST_TEMPLATES, ROUTE_TEMPLATE)
# A route whose httpMethod is this (or absent) keeps the operation's own method.
ORIGINAL_METHOD = "@request.originalhttpmethod"
# The policies that add a named value to a request, and the change kind of losing one.
SETTERS = {"setheader": "policy-header-dropped", "setqueryparameter": "policy-query-dropped"}


@dataclass(frozen=True)
class Route:
    """Where Power Platform sends one operation: None where the swagger's own value holds."""

    host: Policy | None
    route: Policy | None
    set_values: dict[tuple[str, str], Policy]  # (template, name) -> the policy setting it

    @property
    def url_template(self) -> Any:
        return self.host.parameters.get("urlTemplate") if self.host else None

    def method(self, op: Operation) -> str:
        given = str(self.route.parameters.get("httpMethod") or "") if self.route else ""
        return op.method.upper() if given.lower() in ("", ORIGINAL_METHOD) else given.upper()

    def path(self, op: Operation) -> str:
        given = self.route.parameters.get("newPath") if self.route else None
        return str(given) if given else op.path


def route_of(definition: Definition, op: Operation) -> Route:
    """The route of ``op`` under the policies that apply to it (the last of a kind wins)."""
    host = route = None
    set_values = {}
    for policy in definition.properties.policies_for(op.id or ""):
        if policy.template in HOST_TEMPLATES:
            host = policy
        elif policy.template == ROUTE_TEMPLATE:
            route = policy
        elif policy.template in SETTERS and _sets_request_value(policy):
            name = str(policy.parameters["name"])  # header names are case-insensitive
            set_values[
                (policy.template, name.lower() if policy.template == "setheader" else name)
            ] = policy
    return Route(host, route, set_values)


def _sets_request_value(policy: Policy) -> bool:
    """A setter of the request (a ``Response`` section one sets a header of the answer)."""
    named = isinstance(policy.parameters.get("name"), str)
    return named and policy.section.lower() in ("", "request")


def compare_policies(cmp: Comparison, old: Operation, new: Operation) -> None:
    before, after = route_of(cmp.old, old), route_of(cmp.new, new)
    files = str(cmp.old.properties.file), str(cmp.new.properties.file)
    if before.url_template != after.url_template:
        was, now = (
            show(r.url_template) if r.host else "the definition's host" for r in (before, after)
        )
        message = f"its policies now send it to {now} instead of {was}"
        _record(cmp, "policy-host-changed", True, message, (before.host, after.host), files)
    if before.route or after.route:
        was = f"{before.method(old)} {before.path(old)}"
        now = f"{after.method(new)} {after.path(new)}"
        if was != now:
            message = f"its policies now send it as {now} instead of {was}"
            _record(cmp, "policy-route-changed", True, message, (before.route, after.route), files)
    for key, policy in before.set_values.items():
        if key not in after.set_values:
            place = "header" if key[0] == "setheader" else "query parameter"
            message = f"the {place} '{policy.parameters['name']}' a policy set is no longer sent"
            cmp.record(SETTERS[key[0]], True, policy.pointer, message, OLD, files[0])
    _compare_rest(cmp, old, new, files)


def _record(
    cmp: Comparison,
    kind: str,
    breaking: bool,
    message: str,
    policies: tuple[Policy | None, Policy | None],
    files: tuple[str, str],
) -> None:
    """Placed at the new side's policy, else at the old one's that went."""
    if policies[1] is not None:
        cmp.record(kind, breaking, policies[1].pointer, message, file=files[1])
    elif policies[0] is not None:
        cmp.record(kind, breaking, policies[0].pointer, message, OLD, files[0])


def _shape(policy: Policy) -> tuple[str, str]:
    return policy.template, show(policy.parameters)


def _compare_rest(cmp: Comparison, old: Operation, new: Operation, files: tuple[str, str]) -> None:
    """Policies of the operation added, removed or edited otherwise: reported. A host or
    route policy is all said above, and a setter that went is a dropped value."""
    before, after = (
        [p for p in side.properties.policies_for(op.id or "") if p.template not in ROUTING]
        for side, op in ((cmp.old, old), (cmp.new, new))
    )
    shapes = [_shape(p) for p in before], [_shape(p) for p in after]
    for policy in after:
        if _shape(policy) not in shapes[0]:
            message = f"its {policy.template} policy is new or changed"
            cmp.record("policy-changed", False, policy.pointer, message, file=files[1])
    for policy in before:
        if _shape(policy) not in shapes[1] and policy.template not in SETTERS:
            message = f"its {policy.template} policy was removed"
            cmp.record("policy-changed", False, policy.pointer, message, OLD, files[0])
