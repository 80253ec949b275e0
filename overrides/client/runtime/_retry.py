"""When a call is sent again, and after how long: never a text or a payment twice.

A request is repeated only when repeating it cannot do a thing twice: when
it never left (the connection failed before a byte was sent), when the
method is idempotent (GET, PUT, DELETE: a 5xx or a timeout may be retried),
or when the server answered 429: the throttle refused the call before acting
on it, whatever its method.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from . import _constants as C
from ._exceptions import retry_after

# The connection failed before any byte of the request was sent: safe for every method.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: safe only for methods that can repeat.
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How many tries, and the waits between them.

    The wait before retry ``n`` is a random time up to ``backoff * 2 ** (n - 1)``
    seconds (exponential, full jitter), never more than ``max_backoff``. A
    ``Retry-After`` from the server is used as given; when it asks for more than
    ``max_backoff`` the error is raised instead of waiting. ``attempts`` counts
    every try (1: no retries).
    """

    attempts: int = C.RETRY_ATTEMPTS
    backoff: float = C.RETRY_BACKOFF
    max_backoff: float = C.RETRY_MAX_BACKOFF
    methods: frozenset[str] = field(
        default=frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"}), repr=False
    )

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.backoff < 0 or self.max_backoff < 0:
            raise ValueError("a retry policy needs attempts >= 1 and backoffs >= 0")

    def after_response(
        self, method: str, response: httpx.Response, attempt: int, draw: Callable[[], float]
    ) -> float | None:
        """Seconds to wait before sending again, or None to keep ``response``."""
        status = response.status_code
        if status == 429 or (500 <= status <= 599 and method in self.methods):
            return self._wait(attempt, retry_after(response.headers), draw)
        return None

    def after_error(
        self, method: str, error: httpx.TransportError, attempt: int, draw: Callable[[], float]
    ) -> float | None:
        """Seconds to wait before sending again, or None to raise ``error``."""
        if isinstance(error, NEVER_SENT) or (
            method in self.methods and isinstance(error, MAYBE_SENT)
        ):
            return self._wait(attempt, None, draw)
        return None

    def _wait(self, attempt: int, advised: float | None, draw: Callable[[], float]) -> float | None:
        if attempt >= self.attempts:
            return None
        if advised is not None:
            return advised if advised <= self.max_backoff else None
        return draw() * min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))


NO_RETRY = RetryPolicy(attempts=1)
