"""A client-side throttle: at most ``calls`` requests in any window of ``period`` seconds.

The server stamps a request when it arrives, somewhere between the moment
the client sends it and the moment the answer is back, and its window
includes its edge. Spacing the starts one period apart is therefore not
enough: the (N+1)th request may arrive a hair less than a period after the
first did. So each slot's time becomes the moment its answer came back
(the latest the server can have stamped it), and a request starts only
strictly after the slot ``calls`` places before it, plus the period.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from . import _constants as C

EDGE = 0.001  # seconds past the window's edge, which the server counts as inside


class Slot:
    """One request's place in the window; ``time`` becomes when its answer came back."""

    __slots__ = ("after", "done", "time")

    def __init__(self, time: float, after: Slot | None) -> None:
        self.time = time
        self.done = False
        self.after = after  # the slot ``calls`` places earlier, if any


class RateLimiter:
    """Off unless given to a client; one limiter may serve several clients and threads.

    A request reserves its slot under a lock and waits outside it, so a
    thread's wait never blocks another's reservation. Retries take a slot
    like any call: the server counts them too.
    """

    def __init__(
        self,
        calls: int = C.RATE_LIMIT_CALLS,
        period: float = C.RATE_LIMIT_PERIOD,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if calls < 1 or period <= 0:
            raise ValueError("a rate limit needs calls >= 1 and period > 0")
        self.calls = calls
        self.period = period
        self._clock = clock
        self._slots: deque[Slot] = deque(maxlen=calls)
        self._lock = threading.Lock()

    def reserve(self) -> Slot:
        """Claim the next place; ``wait(slot)`` then tells how long until it may start."""
        with self._lock:
            earlier = self._slots[0] if len(self._slots) == self.calls else None
            slot = Slot(self._clock(), earlier)
            self._slots.append(slot)
        return slot

    def wait(self, slot: Slot) -> float:
        """Seconds until ``slot`` may start (0: now); asked again after each sleep."""
        if slot.after is None:
            return 0.0
        if not slot.after.done:  # still out (threads): it may reach the server only now
            return self.period + EDGE
        delay = slot.after.time + self.period + EDGE - self._clock()
        if delay <= 0:
            slot.after = None  # free the chain: nothing older matters any more
            return 0.0
        return delay

    def finished(self, slot: Slot) -> None:
        """The answer (or failure) is back: the latest moment the server can have stamped it."""
        slot.time = self._clock()
        slot.done = True

    def __repr__(self) -> str:
        return f"RateLimiter(calls={self.calls}, period={self.period})"
