"""Calls per key per window, as the real API limits each connection (100 per 60 s).

A sliding log rather than fixed buckets: a client that waits ``Retry-After`` seconds is
guaranteed a free slot, which is what a well-behaved client (and its tests) rely on.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class Throttle:
    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def admit(self, who: str) -> int | None:
        """Record a call by ``who``; None if allowed, else the seconds to wait."""
        now = self.clock()
        with self._lock:
            calls = self._calls.setdefault(who, deque())
            while calls and calls[0] <= now - self.window:
                calls.popleft()
            if len(calls) >= self.limit:
                return max(1, math.ceil(calls[0] + self.window - now))
            calls.append(now)
            return None
