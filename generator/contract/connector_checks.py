"""Run a connector's dynamic parts as Power Automate would, against a target API.

A flow designer fills a pick list by calling the operation an ``x-ms-dynamic-values``
names and reading ``value-collection``, then ``value-path`` and ``value-title`` of each
item; it builds a form from the schema at ``value-path`` of an ``x-ms-dynamic-schema``
call; and a webhook trigger subscribes a callback URL in the field marked
``x-ms-notification-url``, then receives what ``x-ms-notification-content`` describes
(https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions,
https://learn.microsoft.com/en-us/connectors/custom-connectors/create-webhook-trigger).
Microsoft offers no way to try that without a tenant, so these checks make the same calls.

Parameters that refer to another parameter (``{"parameter": "dashboard_id"}``) get the
first id the profile's ``resources`` find; when there is none the check is reported as not
run, never skipped in silence. On a live API only safe operations are called and the
trigger is not exercised (it would text a person, and a live API cannot reach a receiver
on this machine). Results are plain data; the command line turns them into findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import httpx

from ..load.pointer import child
from ..model import SAFE_METHODS, Definition, Operation, as_dict
from ..model.profile import Profile
from .calls import path_of
from .known_ids import discover
from .trigger import Inbound, check_trigger, needs_inbound

Outcome = Literal["passed", "failed", "not-run"]
EXTENSIONS = ("x-ms-dynamic-values", "x-ms-dynamic-schema")
TIMEOUT = 30.0
WRONG_KEY = "trconnect-wrong-key"  # what a maker's mistyped key looks like to the API


@dataclass(frozen=True)
class LiveCheck:
    """One check's verdict: which extension (``kind``), where it is written, what happened."""

    kind: str  # "x-ms-dynamic-values", "x-ms-dynamic-schema", "testConnection" or "trigger"
    pointer: str
    outcome: Outcome
    message: str


@dataclass(frozen=True)
class Connection:
    """Where the calls go. ``live`` APIs get only safe calls; ``inbound`` makes a text arrive."""

    base_url: str
    headers: Mapping[str, str] = field(repr=False)
    live: bool
    inbound: Inbound | None = field(default=None, repr=False)
    receiver_port: int = 0  # where the trigger's receiver listens; 0 = any free port


class _Stop(Exception):
    """A check ended early: ``outcome`` says whether it failed or could not run."""

    def __init__(self, outcome: Outcome, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome


def check_connector(
    definition: Definition, connection: Connection, profile: Profile
) -> list[LiveCheck]:
    """Every dynamic extension and webhook trigger of ``definition``, run against the target."""
    headers = dict(connection.headers)
    known = discover(
        definition, profile, connection.base_url, headers, create=not connection.live
    ).values
    results = []
    with httpx.Client(base_url=connection.base_url, headers=headers, timeout=TIMEOUT) as api:
        for kind, pointer, spec in dynamic_extensions(definition):
            try:
                answer = _call(api, definition, spec, known, connection.live)
                message = _judge(kind, spec, answer)
                results.append(LiveCheck(kind, pointer, "passed", message))
            except _Stop as stop:
                results.append(LiveCheck(kind, pointer, stop.outcome, str(stop)))
        results += _test_connection(api, definition, known, connection)
    for operation in definition.triggers:
        if operation.is_webhook:
            results += _trigger(definition, operation, connection, profile)
    return results


def dynamic_extensions(definition: Definition) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(extension, pointer, its object) for each one written on a parameter or a schema."""
    holders = [*definition.parameter_definitions]
    holders += [(node.pointer, node.data) for node in definition.schemas]
    seen = set()
    for pointer, holder in holders:
        for kind in EXTENSIONS:
            spec = holder.get(kind)
            where = child(pointer, kind)
            if isinstance(spec, dict) and where not in seen:
                seen.add(where)
                yield kind, where, spec


def _call(
    api: httpx.Client,
    definition: Definition,
    spec: Mapping[str, Any],
    known: Mapping[str, Any],
    live: bool,
) -> Any:
    """The answer of the operation ``spec`` names, called with its parameters."""
    operation_id = spec.get("operationId")
    operation = definition.operation(operation_id) if isinstance(operation_id, str) else None
    if operation is None:
        raise _Stop("not-run", f"no operation {operation_id!r} to call")
    if live and operation.method not in SAFE_METHODS:
        raise _Stop("not-run", f"{operation_id} is a {operation.method.upper()}: not sent live")
    values = {name: _value(value, known) for name, value in as_dict(spec.get("parameters")).items()}
    response = _send(api, operation, values)
    if not response.is_success:
        raise _Stop("failed", f"{operation_id} answered {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise _Stop("failed", f"{operation_id} did not answer JSON") from None


def _test_connection(
    api: httpx.Client, definition: Definition, known: Mapping[str, Any], connection: Connection
) -> list[LiveCheck]:
    """The connection test succeeds with the key and fails with a wrong one: otherwise a
    maker's bad key is found only when a flow first runs."""
    pointer = "/x-ms-capabilities/testConnection"
    spec = as_dict(as_dict(definition.data.get("x-ms-capabilities")).get("testConnection"))
    if not spec:
        return []
    try:
        _call(api, definition, spec, known, connection.live)
        wrong = dict.fromkeys(connection.headers, WRONG_KEY)
        with httpx.Client(base_url=api.base_url, headers=wrong, timeout=TIMEOUT) as stranger:
            refused = _call_status(stranger, definition, spec, known)
    except _Stop as stop:
        return [LiveCheck("testConnection", pointer, stop.outcome, str(stop))]
    if refused not in (401, 403):
        message = f"a wrong key got {refused}, so a bad connection would pass the test"
        return [LiveCheck("testConnection", pointer, "failed", message)]
    message = f"{spec.get('operationId')} answers with the key, and {refused} to a wrong one"
    return [LiveCheck("testConnection", pointer, "passed", message)]


def _call_status(
    api: httpx.Client, definition: Definition, spec: Mapping[str, Any], known: Mapping[str, Any]
) -> int:
    operation = definition.operation(str(spec.get("operationId")))
    assert operation is not None  # _call found it a moment ago
    values = {name: _value(value, known) for name, value in as_dict(spec.get("parameters")).items()}
    return _send(api, operation, values).status_code


def _value(value: Any, known: Mapping[str, Any]) -> Any:
    """A static value, or the known id of the parameter it refers to."""
    if not isinstance(value, dict):
        return value
    if "value" in value:
        return value["value"]
    source = value.get("parameter", value.get("parameterReference"))
    if isinstance(source, str):
        name = source.split("/")[0]
        if name not in known:
            raise _Stop(
                "not-run",
                f"needs a value for '{name}' and none was found "
                "(the profile's resources list none on this account)",
            )
        return known[name]
    return value


def _send(api: httpx.Client, operation: Operation, values: Mapping[str, Any]) -> httpx.Response:
    located: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "body": {}}
    for name, value in values.items():
        parameter = operation.parameter(name)
        where = parameter.location if parameter and parameter.location in located else "body"
        located[where][name] = value
    path = path_of(operation, located["path"])
    if path is None:
        raise _Stop("not-run", f"{operation.label}: a path parameter has no value")
    headers = {name: str(value) for name, value in located["header"].items()}
    return api.request(
        operation.method.upper(),
        path,
        params=located["query"],
        headers=headers,
        json=located["body"] or None,
    )


def _judge(kind: str, spec: Mapping[str, Any], answer: Any) -> str:
    """What passed, or a _Stop saying what the answer lacks."""
    operation_id = spec.get("operationId")
    if kind == "x-ms-dynamic-schema":
        path = spec.get("value-path")
        schema = _at(answer, path, f"the answer of {operation_id}")
        if not isinstance(schema, dict):
            raise _Stop("failed", f"'{path}' in the answer of {operation_id} is not a schema")
        return f"{operation_id} answered a schema at '{path or '/'}'"
    collection = spec.get("value-collection")
    items = _at(answer, collection, f"the answer of {operation_id}")
    if not isinstance(items, list):
        raise _Stop("failed", f"'{collection}' in the answer of {operation_id} is not a list")
    if not items:
        raise _Stop("not-run", f"{operation_id} listed nothing: value-path and value-title unseen")
    for key in ("value-path", "value-title"):
        if isinstance(spec.get(key), str):
            for index, item in enumerate(items):
                _at(item, spec[key], f"item {index} of '{collection}' ({key})")
    return (
        f"{operation_id}: {len(items)} items in '{collection or '/'}', each with "
        f"'{spec.get('value-path')}' and '{spec.get('value-title')}'"
    )


def _at(value: Any, path: Any, what: str) -> Any:
    """``value`` at a slash-separated ``path`` (the whole of it when there is none)."""
    if not isinstance(path, str) or not path:
        return value
    for name in path.split("/"):
        if not isinstance(value, dict) or name not in value:
            raise _Stop("failed", f"{what} has no '{path}'")
        value = value[name]
    return value


def _trigger(
    definition: Definition, operation: Operation, connection: Connection, profile: Profile
) -> list[LiveCheck]:
    pointer = operation.notification_content_pointer or operation.pointer
    plan = profile.trigger

    def verdict(outcome: Outcome, message: str) -> list[LiveCheck]:
        return [LiveCheck("trigger", pointer, outcome, message)]

    if plan is None or plan.operation_id != operation.id:
        return verdict("not-run", f"the profile says no way to make {operation.label} fire")
    if connection.live:
        return verdict("not-run", "a live API is not sent the events: they text a person")
    if connection.inbound is None and needs_inbound(plan):
        return verdict("not-run", "the target cannot make an inbound text happen")
    url_field = notification_url_field(definition, operation)
    if url_field is None:
        return verdict("failed", f"{operation.label} has no x-ms-notification-url field")
    body = {**as_dict(plan.subscribe.body), url_field: "{receiver_url}"}
    plan = replace(plan, subscribe=replace(plan.subscribe, body=body))
    checked, problems = check_trigger(
        definition,
        plan,
        connection.base_url,
        connection.headers,
        connection.inbound,
        connection.receiver_port,
    )
    found = [LiveCheck("trigger", pointer, "failed", f"{p.title}: {p.message}") for p in problems]
    broken = {p.title for p in problems}
    found += [
        LiveCheck("trigger", pointer, "passed", f"the {event} notification matched")
        for event in checked
        if not any(f"the {event} notification" in title for title in broken)
    ]
    return found


def notification_url_field(definition: Definition, operation: Operation) -> str | None:
    """The top-level body field Power Automate puts its callback URL in."""
    body = operation.body()
    schema = definition.deref(body.data.get("schema")) if body is not None else {}
    for name, value in as_dict(schema.get("properties")).items():
        if as_dict(definition.deref(value)).get("x-ms-notification-url"):
            return str(name)
    return None
