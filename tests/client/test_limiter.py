"""RateLimiter(N, T) against a server throttled at N per T gives no 429, even at the boundary.

The server stamps a call when it arrives, which is after the client starts it; the limiter
counts from when each answer came back, the latest moment the server can have stamped it.
"""

from __future__ import annotations

import asyncio
import threading
from types import ModuleType
from typing import Any

import pytest
from trconnect.sandbox.testing import SandboxServer

from .scripted import GROUP, Scripted, json_response


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_n_plus_first_waits_a_period_after_the_first_answer(rt: ModuleType) -> None:
    clock = FakeClock()
    limiter = rt._limiter.RateLimiter(3, 4.0, clock=clock)
    for started in (0.0, 0.1, 0.2):
        clock.now = started
        slot = limiter.reserve()
        assert limiter.wait(slot) == 0
        clock.now = started + 0.5  # the answer takes half a second
        limiter.finished(slot)
    clock.now = 4.0  # exactly one period after the first start: too early
    fourth = limiter.reserve()
    assert limiter.wait(fourth) == pytest.approx(0.5 + rt._limiter.EDGE)
    clock.now = 4.5 + rt._limiter.EDGE  # strictly past the first answer plus the period
    assert limiter.wait(fourth) == 0


def test_a_slot_whose_call_is_still_out_holds_the_next_back(rt: ModuleType) -> None:
    clock = FakeClock()
    limiter = rt._limiter.RateLimiter(1, 2.0, clock=clock)
    first = limiter.reserve()
    second = limiter.reserve()
    clock.now = 10.0  # long after, but the first call has not answered
    assert limiter.wait(second) > 0
    limiter.finished(first)
    assert limiter.wait(second) == pytest.approx(2.0 + rt._limiter.EDGE)


def test_a_bad_rate_is_refused(rt: ModuleType) -> None:
    for calls, period in ((0, 1.0), (1, 0.0)):
        with pytest.raises(ValueError):
            rt._limiter.RateLimiter(calls, period)


def test_the_limiter_is_off_by_default(tr: ModuleType) -> None:
    server = Scripted(json_response(200, GROUP))
    api = tr.Client("k", base_url="http://api.test", transport=server.transport())
    assert api.rate_limit is None
    for _ in range(5):
        api.groups.retrieve(1, 7)
    assert server.count == 5


@pytest.mark.slow
@pytest.mark.parametrize(("calls", "period"), [(3, 1.0), (3, 4.0)])
def test_no_429_from_a_server_throttled_at_the_same_rate(
    tr: ModuleType, calls: int, period: float
) -> None:
    """POSTs back to back: the 4th is the one that used to hit the window's edge."""
    with SandboxServer(throttle_limit=calls, throttle_window=period) as sandbox:
        limiter = tr.RateLimiter(calls, period)
        api = tr.Client(sandbox.api_key, base_url=sandbox.base_url, retry=None, rate_limit=limiter)
        dashboard = api.dashboards.create(name="Throttled", phone="4235550199")
        for n in range(2 * calls):  # retry=None: a 429 would raise RateLimited
            api.groups.create(dashboard.id, name=f"group {n}")


@pytest.mark.slow
def test_threads_sharing_a_limiter_get_no_429(tr: ModuleType) -> None:
    with SandboxServer(throttle_limit=4, throttle_window=1.0) as sandbox:
        limiter = tr.RateLimiter(4, 1.0)
        api = tr.Client(sandbox.api_key, base_url=sandbox.base_url, retry=None, rate_limit=limiter)
        dashboard = api.dashboards.create(name="Threads", phone="4235550198")
        failures: list[BaseException] = []

        def work(n: int) -> None:
            try:
                api.groups.create(dashboard.id, name=f"thread {n}")
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []


@pytest.mark.slow
def test_tasks_sharing_an_async_client_get_no_429(tr: ModuleType) -> None:
    async def run(sandbox: Any) -> None:
        limiter = tr.RateLimiter(3, 1.0)
        async with tr.AsyncClient(
            sandbox.api_key, base_url=sandbox.base_url, retry=None, rate_limit=limiter
        ) as api:
            dashboard = await api.dashboards.create(name="Tasks", phone="4235550197")
            await asyncio.gather(*(api.groups.create(dashboard.id, name=f"t{n}") for n in range(7)))

    with SandboxServer(throttle_limit=3, throttle_window=1.0) as sandbox:
        asyncio.run(run(sandbox))
