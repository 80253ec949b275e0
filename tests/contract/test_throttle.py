"""The sliding window never lets more than ``limit`` calls start within ``window`` seconds."""

from __future__ import annotations

import pytest
from trconnect.contract.throttle import SlidingWindow


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_calls_beyond_the_limit_wait_for_the_window():
    fake = FakeTime()
    window = SlidingWindow(100, 60.0, clock=fake.clock, sleep=fake.sleep)
    starts = []
    for index in range(250):
        fake.now += 0.01 if index % 7 else 0.5
        window.acquire()
        starts.append(fake.now)
    for index, start in enumerate(starts):
        within = [s for s in starts[index:] if s - start < 60.0]
        assert len(within) <= 100
    assert starts[100] - starts[0] >= 60.0


def test_under_the_limit_nobody_waits():
    fake = FakeTime()
    window = SlidingWindow(5, 1.0, clock=fake.clock, sleep=fake.sleep)
    assert [window.acquire() for _ in range(5)] == [0.0] * 5
    assert window.acquire() == pytest.approx(1.0)


def test_nonsense_limits_are_refused():
    with pytest.raises(ValueError):
        SlidingWindow(0, 60.0)
