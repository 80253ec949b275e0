"""A sliding-window limit on calls, so a run never trips the live API's throttle.

The real API allows 100 calls per key per 60 s. A sliding window (not a token
bucket) is used because it is exactly the rule the API states: in no interval of
``window`` seconds do more than ``limit`` calls start.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class SlidingWindow:
    """Blocks ``acquire`` until a call may start without exceeding ``limit`` per ``window``."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _starts: deque[float] = field(default_factory=deque, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        if self.limit < 1 or self.window <= 0:
            raise ValueError("a throttle needs limit >= 1 and window > 0")

    def acquire(self) -> float:
        """Wait for a free slot, record the call, and return how long it waited."""
        waited = 0.0
        with self._lock:
            while True:
                now = self.clock()
                while self._starts and now - self._starts[0] >= self.window:
                    self._starts.popleft()
                if len(self._starts) < self.limit:
                    self._starts.append(now)
                    return waited
                pause = self.window - (now - self._starts[0])
                self.sleep(pause)
                waited += pause
