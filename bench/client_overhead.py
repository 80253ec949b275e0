"""What the generated client costs over bare httpx: the same GETs, timed in one process.

A minimal HTTP server (a separate process on 127.0.0.1, so it does not share
this process's GIL) answers every GET with one contact. The same number of
calls go through ``textrequest.Client`` (retries on, a rate limiter on that
never has to wait, the answer parsed into a ``Contact``) and through a bare
``httpx.Client`` (``raise_for_status()`` and ``.json()``). Rounds alternate
between the two call by call, so that drift in the machine's load (it is shared
and noisy) hits both alike; each round gives a ratio client / bare, and the
median of the rounds is printed against the target of at most 1.05.

    .venv/bin/python bench/client_overhead.py [--calls 4100] [--client generated/client]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
PATH = "/api/v3/dashboards/7/contacts/4235550100"
ROUNDS = 11
TARGET = 1.05

SERVER = r"""
import json, socket
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = json.dumps({
    "phone_number": "4235550100", "first_name": "Ada", "last_name": "Lovelace",
    "display_name": "Ada L.", "is_suppressed": False, "is_archived": False,
    "is_blocked": False, "note": "Prefers texts", "groups": [1, 2], "contact_tags": ["vip"],
    "custom_fields": [{"id": "f1", "value": "x"}], "is_resolved": True,
    "total_msgs_sent": 12, "total_msgs_received": 9, "response_count": 4,
}).encode()

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real API would

    def setup(self):
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and
        # delayed ACKs add 40 ms to every call and hide what the client costs.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self):
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def load_client(folder: Path) -> Any:
    sys.path.insert(0, str(folder))
    return importlib.import_module("textrequest")


def paired(first: Any, second: Any, count: int, swap: bool) -> tuple[float, float]:
    """``count`` calls of each, alternating one by one, so that load drift hits both alike."""
    spent = [0.0, 0.0]
    calls = ((1, second), (0, first)) if swap else ((0, first), (1, second))
    clock = time.perf_counter
    for _ in range(count):
        for slot, call in calls:
            started = clock()
            call()
            spent[slot] += clock() - started
    return spent[0], spent[1]


def measure(tr: Any, root_url: str, calls: int) -> tuple[list[float], list[float]]:
    limiter = tr.RateLimiter(calls=10 * calls, period=60.0)  # on, but never has to wait
    client = tr.Client(
        KEY, base_url=root_url + "/api/v3", retry=tr.RetryPolicy(), rate_limit=limiter
    )
    bare = httpx.Client(base_url=root_url, headers={"x-api-key": KEY})

    def through_client() -> None:
        client.contacts.retrieve(7, "4235550100")

    def through_httpx() -> None:
        response = bare.get(PATH)
        response.raise_for_status()
        response.json()

    paired(through_client, through_httpx, 100, False)  # warm both connections and caches
    per_round = calls // ROUNDS
    ours, base = [], []
    for n in range(ROUNDS):  # and each goes first in every other round
        mine, theirs = paired(through_client, through_httpx, per_round, swap=bool(n % 2))
        ours.append(mine)
        base.append(theirs)
    client.close()
    bare.close()
    return ours, base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=4100)
    parser.add_argument("--client", type=Path, default=ROOT / "generated" / "client")
    args = parser.parse_args()
    if not (args.client / "textrequest").is_dir():
        print(f"no generated client in {args.client}: run `make generate` first", file=sys.stderr)
        return 2
    tr = load_client(args.client)
    server = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        root_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        ours, base = measure(tr, root_url, args.calls)
    finally:
        server.terminate()
        server.wait()
    calls = args.calls // ROUNDS * ROUNDS
    ratio = statistics.median(o / b for o, b in zip(ours, base, strict=True))
    for label, times in (("textrequest.Client", ours), ("bare httpx", base)):
        total = sum(times)
        print(
            f"{calls} GETs through {label:<18}: {total:.3f} s ({total / calls * 1e6:.0f} us/call)"
        )
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"client overhead ratio (median of {ROUNDS} rounds): {ratio:.3f} ({verdict} {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
