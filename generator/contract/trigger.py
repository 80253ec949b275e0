"""The trigger's contract, end to end: subscribe a receiver, make each event happen, check it.

schemathesis tests what the API answers; what it *posts* to a flow is only seen by
subscribing a receiver and making the events happen, as the profile's ``trigger`` says
(for Text Request: a text sent, and one received). A received text needs a customer, so
that event is made by the target's ``inbound`` (the sandbox can; a live API cannot).
Each payload is checked with :func:`notification_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..model import Definition
from ..model.profile import Event, TriggerPlan
from .calls import CallError, call, fill
from .notification import notification_errors, trigger_operation
from .receiver import Receiver
from .results import Problem

WAIT_SECONDS = 10.0

# Makes a customer's text happen: it receives the event's ``inbound`` values, filled in.
Inbound = Callable[[Mapping[str, Any]], object]


def check_trigger(
    definition: Definition,
    plan: TriggerPlan,
    base_url: str,
    headers: Mapping[str, str],
    inbound: Inbound | None,
    receiver_port: int = 0,
) -> tuple[list[str], list[Problem]]:
    """The events whose notification was checked, and every way one broke the contract.

    Each event's receiver listens on ``receiver_port`` (0: any free port), the one a
    sandbox was told hooks may target."""
    label = trigger_operation(definition, plan.operation_id).label
    checked: list[str] = []
    problems: list[Problem] = []
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=10) as api:
        values: dict[str, Any] = {}
        try:
            for step in plan.setup:
                values.update(call(api, definition, step, values)[1])
        except CallError as error:
            return [], [_problem(label, "the trigger's setup", [str(error)])]
        for event in plan.events:
            with Receiver(port=receiver_port) as receiver:
                known = {**values, "receiver_url": receiver.url, "event": event.name}
                try:
                    call(api, definition, plan.subscribe, known)
                    _make_happen(api, definition, event, known, inbound)
                    payload = receiver.wait_for(1, timeout=WAIT_SECONDS)[0]
                except CallError as error:
                    problems.append(_problem(label, event.name, [str(error)]))
                    continue
                except TimeoutError:
                    wait = f"no notification in {WAIT_SECONDS:.0f} s"
                    problems.append(_problem(label, event.name, [wait]))
                    continue
            checked.append(event.name)
            errors = notification_errors(definition, payload, plan.operation_id)
            if errors:
                problems.append(_problem(label, event.name, errors))
    return checked, problems


def needs_inbound(plan: TriggerPlan) -> bool:
    return any(event.inbound is not None for event in plan.events)


def _make_happen(
    api: httpx.Client,
    definition: Definition,
    event: Event,
    values: Mapping[str, Any],
    inbound: Inbound | None,
) -> None:
    if event.step is not None:
        call(api, definition, event.step, values)
        return
    if inbound is None:
        raise CallError(f"{event.name} needs a target that can make an inbound text happen")
    inbound(fill(dict(event.inbound or {}), values))


def _problem(label: str, event: str, errors: list[str]) -> Problem:
    return Problem(
        operation_id=label,
        check="notification_conformance",
        title=f"the {event} notification does not match x-ms-notification-content",
        message="\n".join(errors),
        curl=None,
    )
