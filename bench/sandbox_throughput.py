"""Requests per second of GetContactByPhoneNumber on loopback, 1 and 8 concurrent clients.

The sandbox runs in its own process (its own GIL), configured as ``make sandbox`` serves
(answers not re-validated), throttle out of the way. Each phase
is bounded by a request count and a time limit. The baseline, measured the same way in
the same run, is the sandbox's ``/_sandbox/health`` (no spec validation, no database),
so the ratio is the share of raw server speed left after routing, validating, querying,
shaping and checking the answer.
"""

from __future__ import annotations

import sys
import threading
import time

from trconnect.sandbox.testing import SandboxServer

MAX_REQUESTS = 2000
MAX_SECONDS = 4.0
PHONE = "4239876543"


def measure(sandbox: SandboxServer, url: str, clients: int) -> tuple[int, float]:
    """(requests answered 200, seconds) with ``clients`` threads sharing the budget."""
    budget = threading.Semaphore(MAX_REQUESTS)
    done = [0] * clients
    deadline = time.perf_counter() + MAX_SECONDS

    def work(index: int) -> None:
        with sandbox.client(timeout=10) as http:
            while time.perf_counter() < deadline and budget.acquire(blocking=False):
                response = http.get(url)
                assert response.status_code == 200, response.text
                done[index] += 1

    threads = [threading.Thread(target=work, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done), time.perf_counter() - start


def main() -> int:
    with SandboxServer(subprocess=True, throttle_limit=10**9, validate_responses=False) as sandbox:
        with sandbox.client() as http:
            dashboard = http.post("/dashboards", json={"name": "Bench", "phone": "4236900001"})
            base = f"/dashboards/{dashboard.json()['id']}"
            http.post(f"{base}/contacts/{PHONE}", json={"first_name": "Bench"})
            http.post(f"{base}/contacts/{PHONE}/messages", json={"body": "warm-up"})
        operation = f"{sandbox.base_url}{base}/contacts/{PHONE}"
        baseline = f"{sandbox.root_url}/_sandbox/health"
        print("GetContactByPhoneNumber on loopback; baseline: /_sandbox/health, same server")
        print(f"{'clients':>7} {'requests':>9} {'req/s':>8} {'baseline req/s':>15} {'ratio':>6}")
        for clients in (1, 8):
            measure(sandbox, operation, clients)  # warm-up pass of the same size
            count, seconds = measure(sandbox, operation, clients)
            base_count, base_seconds = measure(sandbox, baseline, clients)
            rate, base_rate = count / seconds, base_count / base_seconds
            print(
                f"{clients:>7} {count:>9} {rate:>8.0f} {base_rate:>15.0f} {rate / base_rate:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
