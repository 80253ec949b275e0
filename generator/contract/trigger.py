"""The trigger's contract, end to end: subscribe a hook, text, receive, check the payload.

schemathesis tests what the API answers; what it *posts* to a flow is only seen by
subscribing a receiver and making texts happen. That needs an inbound text, which
only the sandbox can simulate, and texting a real person, so it runs on the sandbox
only. Each event's payload is checked with :func:`notification_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .notification import OPERATION_ID, notification_errors
from .results import Problem

EVENTS = ("msg_sent", "msg_received")
WAIT_SECONDS = 10.0
PHONE = "4235550142"

Inbound = Callable[[int, str, str], object]


def check_trigger(
    spec: Mapping[str, Any], base_url: str, headers: Mapping[str, str], inbound: Inbound
) -> tuple[list[str], list[Problem]]:
    """The events whose notification was checked, and every way one broke the contract."""
    from sandbox.receiver import Receiver

    checked: list[str] = []
    problems: list[Problem] = []
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=10) as api:
        dashboard_id = _dashboard(api)
        _ok(api.post(f"/dashboards/{dashboard_id}/contacts/{PHONE}", json={"first_name": "Ada"}))
        for event in EVENTS:
            with Receiver() as receiver:
                _subscribe(api, dashboard_id, event, receiver.url)
                _make_event_happen(api, inbound, dashboard_id, event)
                try:
                    payload = receiver.wait_for(1, timeout=WAIT_SECONDS)[0]
                except TimeoutError:
                    problems.append(_problem(event, [f"no notification in {WAIT_SECONDS:.0f} s"]))
                    continue
            checked.append(event)
            errors = notification_errors(spec, payload)
            if errors:
                problems.append(_problem(event, errors))
    return checked, problems


def _dashboard(api: httpx.Client) -> int:
    created = _ok(api.post("/dashboards", json={"name": "Trigger contract", "phone": "4235550199"}))
    return int(created["id"])


def _subscribe(api: httpx.Client, dashboard_id: int, event: str, url: str) -> None:
    hook = {"target_url": url, "event": event, "httpVerb": "POST"}
    _ok(api.post(f"/dashboards/{dashboard_id}/hooks", json=hook))


def _make_event_happen(api: httpx.Client, inbound: Inbound, dashboard_id: int, event: str) -> None:
    if event == "msg_sent":
        _ok(api.post(f"/dashboards/{dashboard_id}/contacts/{PHONE}/messages", json={"body": "Hi"}))
    else:
        inbound(dashboard_id, PHONE, "Hello back")


def _ok(response: httpx.Response) -> Any:
    response.raise_for_status()
    return response.json()


def _problem(event: str, errors: list[str]) -> Problem:
    return Problem(
        operation_id=OPERATION_ID,
        check="notification_conformance",
        title=f"the {event} notification does not match x-ms-notification-content",
        message="\n".join(errors),
        curl=None,
    )
