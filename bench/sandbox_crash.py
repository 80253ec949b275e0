"""8 clients x 300 mixed writes on a sandbox process that is killed (SIGKILL) and restarted
midway; then every write is checked in the database file.

Each write is unique and recognisable (a contact's note, a message's body, a group's
name). A write answered 2xx is *acknowledged* and must be stored exactly once; a write
whose answer never came (the process died under it) may be stored once or not at all; no
other row may appear. A client never resends a write (that could store it twice): after a
failure it goes on with its next one once the server answers again.

Prints writes/s and p99 latency of the acknowledged writes, against a baseline measured in
the same run: the same clients calling ``/_sandbox/health`` (no validation, no database).
``tests/sandbox/test_crash_load.py`` runs this and asserts on the result.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from trconnect.sandbox.testing import SandboxServer

CLIENTS, WRITES = 8, 300
KILL_AFTER = 0.4  # share of all writes acknowledged before the kill
RECOVER_SECONDS = 30.0


@dataclass
class Outcome:
    """What the clients saw, and what the database held afterwards."""

    acknowledged: set[tuple[str, str]] = field(default_factory=set)  # (kind, text)
    unanswered: set[tuple[str, str]] = field(default_factory=set)
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    lost: list[tuple[str, str]] = field(default_factory=list)
    duplicated: list[tuple[str, str]] = field(default_factory=list)
    phantom: list[tuple[str, str]] = field(default_factory=list)
    health_rate: float = 0.0
    health_p99: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.acknowledged) / self.seconds

    @property
    def p99(self) -> float:
        return percentile(self.latencies, 99)


def percentile(values: list[float], pct: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


def write_for(base: str, worker: int, n: int) -> tuple[str, str, str, dict[str, str]]:
    """(kind, text, path, body) of client ``worker``'s ``n``-th write."""
    text = f"w{worker}-{n}"
    kind = ("contact", "message", "group")[n % 3]
    if kind == "contact":
        return kind, text, f"{base}/contacts/4238{worker}{n:05d}", {"note": text}
    if kind == "message":
        return kind, text, f"{base}/contacts/42390{worker}0000/messages", {"body": text}
    return kind, text, f"{base}/groups", {"name": text}


class Run:
    """The clients, the kill and the restart, sharing one :class:`Outcome`."""

    def __init__(self, sandbox: SandboxServer, base: str) -> None:
        self.sandbox, self.base = sandbox, base
        self.outcome = Outcome()
        self.lock = threading.Lock()
        self.kill_now = threading.Event()
        self.threshold = int(CLIENTS * WRITES * KILL_AFTER)

    def client(self, worker: int) -> None:
        with httpx.Client(headers=self.sandbox.headers(), timeout=10) as http:
            for n in range(WRITES):
                kind, text, path, body = write_for(self.base, worker, n)
                start = time.perf_counter()
                try:
                    response = http.post(self.sandbox.base_url + path, json=body)
                except httpx.HTTPError:
                    self.note(self.outcome.unanswered, (kind, text))
                    self.wait_for_server()
                    continue
                if not response.is_success:
                    raise AssertionError(f"{text}: {response.status_code} {response.text[:200]}")
                self.note(self.outcome.acknowledged, (kind, text), time.perf_counter() - start)

    def note(self, into: set[tuple[str, str]], write: tuple[str, str], took: float = 0) -> None:
        with self.lock:
            into.add(write)
            if took:
                self.outcome.latencies.append(took)
            if len(self.outcome.acknowledged) >= self.threshold:
                self.kill_now.set()

    def wait_for_server(self) -> None:
        deadline = time.monotonic() + RECOVER_SECONDS
        while time.monotonic() < deadline:
            try:
                health = httpx.get(self.sandbox.root_url + "/_sandbox/health", timeout=1)
                if health.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        raise TimeoutError("the sandbox did not come back")

    def crash_and_restart(self) -> None:
        if self.kill_now.wait(60):
            self.sandbox.kill()
            self.sandbox.start()


def measure_health(sandbox: SandboxServer) -> tuple[float, float]:
    """(calls/s, p99 seconds) of CLIENTS x WRITES ``/_sandbox/health`` calls."""
    latencies: list[float] = []

    def calls(_worker: int) -> None:
        with httpx.Client(timeout=10) as http:
            for _ in range(WRITES):
                start = time.perf_counter()
                http.get(sandbox.root_url + "/_sandbox/health").raise_for_status()
                latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(calls, range(CLIENTS)))
    return len(latencies) / (time.perf_counter() - start), percentile(latencies, 99)


def stored(db_path: Path) -> list[tuple[str, str]]:
    """Every (kind, text) the database holds for the writes, one entry per row."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT 'contact', note FROM contacts WHERE note IS NOT NULL "
            "UNION ALL SELECT 'message', body FROM messages "
            "UNION ALL SELECT 'group', name FROM groups"
        ).fetchall()
    finally:
        connection.close()
    return [(kind, text) for kind, text in rows]


def check(outcome: Outcome, rows: list[tuple[str, str]]) -> None:
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[row] = counts.get(row, 0) + 1
    outcome.lost = sorted(w for w in outcome.acknowledged if counts.get(w, 0) == 0)
    outcome.duplicated = sorted(w for w, count in counts.items() if count > 1)
    sent = outcome.acknowledged | outcome.unanswered
    outcome.phantom = sorted(w for w in counts if w not in sent)


def run(db_path: Path) -> Outcome:
    """The whole experiment on a fresh database at ``db_path``."""
    with SandboxServer(
        db_path, subprocess=True, validate_responses=False, throttle_limit=10**9
    ) as sandbox:
        with sandbox.client() as api:
            dashboard = api.post("/dashboards", json={"name": "Crash", "phone": "4236800001"})
        base = f"/dashboards/{dashboard.json()['id']}"
        outcome_rate, outcome_p99 = measure_health(sandbox)
        crash = Run(sandbox, base)
        killer = threading.Thread(target=crash.crash_and_restart)
        killer.start()
        start = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(crash.client, range(CLIENTS)))
        crash.outcome.seconds = time.perf_counter() - start
        killer.join()
    outcome = crash.outcome
    outcome.health_rate, outcome.health_p99 = outcome_rate, outcome_p99
    check(outcome, stored(db_path))
    return outcome


def report(outcome: Outcome) -> str:
    ratio = outcome.rate / outcome.health_rate
    return "\n".join(
        [
            f"{CLIENTS} clients x {WRITES} mixed writes, one kill -9 and restart midway",
            f"  acknowledged {len(outcome.acknowledged)}, unanswered {len(outcome.unanswered)}; "
            f"lost {len(outcome.lost)}, duplicated {len(outcome.duplicated)}, "
            f"phantom {len(outcome.phantom)}",
            f"  writes/s {outcome.rate:.0f} (restart included); p99 {outcome.p99 * 1000:.1f} ms",
            f"  baseline /_sandbox/health: {outcome.health_rate:.0f} calls/s, "
            f"p99 {outcome.health_p99 * 1000:.1f} ms; ratio writes/s : health calls/s "
            f"{ratio:.2f}",
        ]
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="sandbox-crash-") as folder:
        outcome = run(Path(folder) / "crash.db")
    print(report(outcome))
    return 0 if not (outcome.lost or outcome.duplicated or outcome.phantom) else 1


if __name__ == "__main__":
    sys.exit(main())
