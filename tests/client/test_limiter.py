"""The rate limiter: exact slots on a fake clock; 100 per window under threads and tasks."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import pytest

from .conftest import API_KEY
from .scripted import CONTACT, Scripted, json_response

CALLS, PERIOD = 100, 1.0
TOTAL = 210  # three windows: the last 10 calls cannot start before 2 periods have passed
# A call recorded late (thread scheduling) may look closer to the one 100 later than it was.
SLACK = 0.1


def test_reservations_on_a_fake_clock_are_exact(tr: ModuleType) -> None:
    now = [0.0]
    limiter = tr.RateLimiter(3, 10.0, clock=lambda: now[0])
    assert [limiter.reserve() for _ in range(7)] == [0, 0, 0, 10, 10, 10, 20]
    now[0] = 15.0
    assert limiter.reserve() == 5.0  # the 8th call starts 10 s after the 5th (which is at 10)
    now[0] = 45.0
    assert limiter.reserve() == 0.0  # a quiet spell frees the slots


def test_limiter_is_off_by_default(tr: ModuleType) -> None:
    server = Scripted(json_response(200, CONTACT))
    api = tr.Client(API_KEY, base_url="http://api.test", transport=server.transport())
    assert api.rate_limit is None
    started = time.monotonic()
    for _ in range(300):
        api.contacts.get_contact_by_phone_number(1, "1")
    assert time.monotonic() - started < PERIOD * 2


def assert_at_most_calls_per_window(times: list[float]) -> None:
    times = sorted(times)
    assert len(times) == TOTAL
    closest = min(times[i + CALLS] - times[i] for i in range(len(times) - CALLS))
    assert closest >= PERIOD - SLACK, f"{CALLS + 1} calls within {closest:.3f} s"
    assert times[-1] - times[0] >= 2 * PERIOD - SLACK


def test_threads_sharing_a_client_stay_within_the_limit(tr: ModuleType) -> None:
    server = Scripted(json_response(200, CONTACT))
    limiter = tr.RateLimiter(CALLS, PERIOD)
    api = tr.Client(
        API_KEY, base_url="http://api.test", rate_limit=limiter, transport=server.transport()
    )
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda _: api.contacts.get_contact_by_phone_number(1, "1"), range(TOTAL)))
    assert_at_most_calls_per_window(server.times)


def test_tasks_sharing_an_async_client_stay_within_the_limit(tr: ModuleType) -> None:
    server = Scripted(json_response(200, CONTACT))

    async def run() -> None:
        limiter = tr.RateLimiter(CALLS, PERIOD)
        async with tr.AsyncClient(
            API_KEY, base_url="http://api.test", rate_limit=limiter, transport=server.transport()
        ) as api:
            calls = [api.contacts.get_contact_by_phone_number(1, "1") for _ in range(TOTAL)]
            await asyncio.gather(*calls)

    asyncio.run(run())
    assert_at_most_calls_per_window(server.times)


def test_a_bad_rate_is_refused(tr: ModuleType) -> None:
    with pytest.raises(ValueError):
        tr.RateLimiter(0, 60)
