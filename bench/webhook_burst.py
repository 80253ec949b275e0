"""The webhook burst on a busy machine: 59 hooks x 30 inbound texts = 1,770 deliveries.

A sandbox process, a healthy receiver process (it answers every POST 200) and two
busy-loop processes that keep the CPUs busy. One dashboard gets 59 ``msg_received``
hooks naming the receiver (the only receiver the sandbox is started with); then 30
customer texts arrive through ``/_sandbox/.../inbound`` as fast as they are answered.
Throughout, ``/_sandbox/health`` is polled every 20 ms. The run ends when no delivery is
pending (read straight from the database file, so that watching costs the sandbox
nothing), or after ``DEADLINE`` seconds.

Then 10 more texts (590 more deliveries) arrive and the sandbox is stopped at once, in
the middle of them: the stop must be bounded, the deliveries it interrupted stay pending
in the database, and a restart sends every one of them.

Prints deliveries delivered/failed/pending, what the receiver got, health p50/p99
during the burst against the same polling on the same busy machine before it (the
baseline), and the seconds each stop took. Exits 1 when a delivery is lost or failed,
or health p99 >= 200 ms. ``tests/sandbox/test_burst.py`` runs a smaller burst.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from trconnect.sandbox.testing import SandboxServer

HOOKS, TEXTS, BUSY = 59, 30, 2
TEXTS_AT_STOP = 10
HEALTH_EVERY = 0.02
HEALTH_P99_LIMIT = 0.2
BASELINE_SECONDS = 3.0
DEADLINE = 180.0
RECEIVER_FLAG = "--receiver"


@dataclass
class Outcome:
    """What one run measured."""

    hooks: int
    expected: int
    burst_states: dict[str, int] = field(default_factory=dict)
    states: dict[str, int] = field(default_factory=dict)
    received_per_message: dict[str, int] = field(default_factory=dict)
    unanswered: int = 0
    baseline: list[float] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    health_errors: int = 0
    burst_seconds: float = 0.0
    stop_seconds: float = 0.0
    stop_under_load_seconds: float = 0.0
    pending_at_stop: int = 0

    @property
    def lost(self) -> int:
        """Deliveries the sandbox did not mark delivered."""
        return self.expected - self.states.get("delivered", 0)

    @property
    def missing_at_receiver(self) -> int:
        """(message, hook) pairs the receiver never got (it may get some twice)."""
        got = sum(min(n, self.hooks) for n in self.received_per_message.values())
        return self.expected - got

    @property
    def health_p99(self) -> float:
        return percentile(self.health, 99)

    @property
    def ok(self) -> bool:
        no_loss = self.lost == self.missing_at_receiver == self.unanswered == 0
        return no_loss and self.health_p99 < HEALTH_P99_LIMIT


def percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return float("inf")
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


class HealthPoller:
    """Calls ``/_sandbox/health`` every ``HEALTH_EVERY`` seconds on its own thread."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.latencies: list[float] = []
        self.errors = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        with httpx.Client(timeout=10) as http:
            while not self.stopping.wait(HEALTH_EVERY):
                start = time.perf_counter()
                try:
                    http.get(self.url).raise_for_status()
                except httpx.HTTPError:
                    self.errors += 1
                    continue
                self.latencies.append(time.perf_counter() - start)

    def __enter__(self) -> HealthPoller:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        self.thread.join()


@contextmanager
def busy_machine(processes: int) -> Iterator[None]:
    """``processes`` busy loops (each keeps one CPU busy), stopped on exit."""
    loops = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(processes)]
    try:
        yield
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()


class ReceiverProcess:
    """A healthy receiver (:class:`trconnect.contract.receiver.Receiver`) in its own process,
    so that its work shares no GIL with the health poller."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, RECEIVER_FLAG],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        self.address = self.url.split("/")[2]

    def counts(self) -> dict[str, int]:
        """Bodies received so far, by ``messageUniqueIdentifier``."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("counts\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def serve_receiver() -> None:
    """The receiver process: prints its URL, then answers each ``counts`` line."""
    from trconnect.contract.receiver import Receiver

    with Receiver() as receiver:
        print(receiver.url, flush=True)
        for _line in sys.stdin:
            with receiver.lock:
                ids = [body["messageUniqueIdentifier"] for body in receiver.bodies]
            print(json.dumps({i: ids.count(i) for i in set(ids)}), flush=True)


def delivery_states(db_path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT state, COUNT(*) FROM deliveries GROUP BY state")
        return dict(rows.fetchall())
    finally:
        connection.close()


def wait_until_sent(db_path: Path, expected: int, deadline: float) -> dict[str, int]:
    """The delivery states once ``expected`` exist and none is pending (or at ``deadline``)."""
    while True:
        states = delivery_states(db_path)
        settled = sum(states.values()) >= expected and not states.get("pending")
        if settled or time.monotonic() > deadline:
            return states
        time.sleep(0.25)


def texts(sandbox: SandboxServer, dashboard_id: int, count: int, first: int) -> int:
    """Sends ``count`` inbound texts, each once (never again: that would be a second text);
    returns how many were not answered 200."""
    unanswered = 0
    with httpx.Client(headers=sandbox.headers(), timeout=30) as http:
        url = f"{sandbox.root_url}/_sandbox/dashboards/{dashboard_id}/inbound"
        for n in range(first, first + count):
            body = {"phone_number": f"42355{n:05d}", "body": f"text {n}"}
            try:
                unanswered += http.post(url, json=body).status_code != 200
            except httpx.HTTPError:
                unanswered += 1
    return unanswered


def run(
    db_path: Path,
    hooks: int = HOOKS,
    count: int = TEXTS,
    busy: int = BUSY,
    at_stop: int = 0,
    baseline_seconds: float = BASELINE_SECONDS,
) -> Outcome:
    """The burst (and, with ``at_stop`` texts, the stop in the middle of more) on ``db_path``."""
    outcome = Outcome(hooks=hooks, expected=hooks * count)
    receiver = ReceiverProcess()
    sandbox = SandboxServer(
        db_path,
        subprocess=True,
        validate_responses=False,
        throttle_limit=100,  # the real API's limit: the run makes fewer calls
        hook_hosts=(receiver.address,),
    )
    try:
        with busy_machine(busy):
            sandbox.start()
            with sandbox.client() as api:
                made = api.post("/dashboards", json={"name": "Burst", "phone": "4236700001"})
                dashboard_id = made.json()["id"]
                for n in range(hooks):
                    body = {
                        "target_url": f"{receiver.url}/{n}",
                        "event": "msg_received",
                        "httpVerb": "POST",
                    }
                    api.post(f"/dashboards/{dashboard_id}/hooks", json=body).raise_for_status()
            health_url = sandbox.root_url + "/_sandbox/health"
            with HealthPoller(health_url) as baseline:
                time.sleep(baseline_seconds)
            outcome.baseline = baseline.latencies
            start = time.monotonic()
            with HealthPoller(health_url) as poller:
                outcome.unanswered = texts(sandbox, dashboard_id, count, 0)
                states = wait_until_sent(db_path, hooks * count, start + DEADLINE)
            outcome.burst_seconds = time.monotonic() - start
            outcome.health, outcome.health_errors = poller.latencies, poller.errors
            outcome.burst_states = outcome.states = states
            if at_stop:
                stop_under_load(sandbox, dashboard_id, outcome, at_stop, count)
            begun = time.perf_counter()
            sandbox.stop()
            outcome.stop_seconds = time.perf_counter() - begun
        outcome.received_per_message = receiver.counts()
    finally:
        sandbox.stop()
        receiver.close()
    return outcome


def stop_under_load(
    sandbox: SandboxServer, dashboard_id: int, outcome: Outcome, count: int, first: int
) -> None:
    """``count`` more texts, a stop at once, a restart: every delivery still goes out."""
    outcome.unanswered += texts(sandbox, dashboard_id, count, first)
    begun = time.perf_counter()
    sandbox.stop()
    outcome.stop_under_load_seconds = time.perf_counter() - begun
    outcome.pending_at_stop = delivery_states(sandbox.db_path).get("pending", 0)
    outcome.expected += outcome.hooks * count
    sandbox.start()
    deadline = time.monotonic() + DEADLINE
    outcome.states = wait_until_sent(sandbox.db_path, outcome.expected, deadline)


def report(outcome: Outcome) -> str:
    def ms(values: list[float], pct: int) -> str:
        return f"{percentile(values, pct) * 1000:.1f} ms"

    def counts(states: dict[str, int]) -> str:
        return ", ".join(f"{state} {n}" for state, n in sorted(states.items()))

    received = sum(outcome.received_per_message.values())
    lines = [
        f"burst: {sum(outcome.burst_states.values())} deliveries: {counts(outcome.burst_states)}",
        f"  in all (with the stop): {outcome.expected} expected: {counts(outcome.states)}; "
        f"lost {outcome.lost}",
        f"  receiver got {received} POSTs for {len(outcome.received_per_message)} messages; "
        f"(message, hook) pairs missing: {outcome.missing_at_receiver}",
        f"  inbound texts not answered 200: {outcome.unanswered}",
        f"  burst settled in {outcome.burst_seconds:.1f} s",
        f"  /_sandbox/health during the burst: {len(outcome.health)} calls, "
        f"p50 {ms(outcome.health, 50)}, p99 {ms(outcome.health, 99)}, "
        f"max {max(outcome.health, default=0) * 1000:.1f} ms, errors {outcome.health_errors}",
        f"  baseline (busy machine, no burst): {len(outcome.baseline)} calls, "
        f"p50 {ms(outcome.baseline, 50)}, p99 {ms(outcome.baseline, 99)}; "
        f"ratio p99 burst : baseline "
        f"{percentile(outcome.health, 99) / percentile(outcome.baseline, 99):.2f}",
    ]
    if outcome.stop_under_load_seconds:
        lines.append(
            f"  stop in the middle of more texts: {outcome.stop_under_load_seconds:.2f} s, "
            f"{outcome.pending_at_stop} deliveries left pending, sent after a restart "
            "(in the counts above)"
        )
    lines.append(f"  stop after the burst: {outcome.stop_seconds:.2f} s")
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="burst-") as folder:
        outcome = run(Path(folder) / "burst.db", at_stop=TEXTS_AT_STOP)
    print(f"{HOOKS} hooks x {TEXTS} inbound texts on a machine kept busy by {BUSY} busy loops")
    print(report(outcome))
    if not outcome.ok:
        print(f"FAILED: a delivery was lost or health p99 >= {HEALTH_P99_LIMIT * 1000:.0f} ms")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == [RECEIVER_FLAG]:
        serve_receiver()
    else:
        sys.exit(main())
