"""A scripted API for ``httpx.MockTransport``: answers in order, records every request."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]

CONTACT = {"phone_number": "4235550100", "first_name": "Ada", "total_msgs_sent": 3}
MESSAGE = {
    "message_id": "m-1",
    "body": "hello",
    "message_direction": "S",
    "message_timestamp_utc": "2026-01-02T03:04:05Z",
}
GROUP = {"id": 7, "name": "Regulars", "notes": ""}


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **headers},
    )


class Scripted:
    """Each request gets the next answer; the last answer repeats. Thread-safe."""

    def __init__(self, *answers: Answer) -> None:
        self._answers = list(answers)
        self._lock = threading.Lock()
        self.requests: list[httpx.Request] = []
        self.times: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.times.append(time.monotonic())
            self.requests.append(request)
            answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer

    @property
    def count(self) -> int:
        return len(self.requests)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)
