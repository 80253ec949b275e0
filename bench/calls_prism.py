"""Stoplight Prism, the mock ``bench/calls.py`` checks each client's requests against.

Prism serves a definition and checks every request against it: a request the
definition forbids gets a 422 (or the definition's own 400/401) whose body lists the
violations, and ``sl-violations`` says the same in a header. Prism 5 is installed
with npm into a cache folder the first time, never into the project.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "trconnect-prism"
PRISM = CACHE / "node_modules" / ".bin" / "prism"
PACKAGE = "@stoplight/prism-cli@5"
LISTENING = "Prism is listening on"
START_SECONDS = 60.0


def ensure_prism() -> Path:
    """The prism command, installed into the cache folder first when it is missing."""
    if not PRISM.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", PACKAGE],
            check=True,
            capture_output=True,
        )
    return PRISM


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrismFailed(Exception):
    """Prism did not start on a definition; the message is its own last words."""


class Mock:
    """A running Prism: where it listens, and what it said if it has died since."""

    def __init__(self, url: str, process: subprocess.Popen[str], lines: list[str]) -> None:
        self.url, self._process, self._lines = url, process, lines

    def died(self) -> str:
        """Prism's last words when it is no longer running (given a second to go), else ''."""
        try:
            self._process.wait(1.0)
        except subprocess.TimeoutExpired:
            return ""
        return _last_words(self._lines)


@contextmanager
def prism_mock(definition: Path) -> Iterator[Mock]:
    """A Prism mock of ``definition`` on a free 127.0.0.1 port, stopped on exit."""
    port = free_port()
    command = [str(PRISM), "mock", "-p", str(port), "-h", "127.0.0.1", str(definition)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:  # drained all along, or a chatty Prism would block on a full pipe
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip())
            if LISTENING in line:
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        started = time.monotonic()
        while not ready.wait(0.2) and time.monotonic() - started < START_SECONDS:
            pass
        if process.poll() is not None or not any(LISTENING in line for line in lines):
            raise PrismFailed(_last_words(lines))
        yield Mock(f"http://127.0.0.1:{port}", process, lines)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def _last_words(lines: list[str]) -> str:
    said = [line for line in lines if "error" in line.lower() or "fatal" in line.lower()]
    return " | ".join((said or lines or ["no output"])[-3:])[:600]


def violations(headers: Any, body: Any, side: str = "request") -> list[str]:
    """Prism's error-severity complaints about the request (``side``), or about its own
    answer (``"response"``: the mock's example breaks the definition): body, else header."""
    found = body.get("validation") if isinstance(body, dict) else None
    if not isinstance(found, list):
        raw = headers.get("sl-violations") if headers is not None else None
        try:
            found = json.loads(raw) if raw else []
        except ValueError:
            found = [{"message": raw}]
    return [
        f"{'.'.join(map(str, v.get('location') or []))}: {v.get('message')}"
        for v in found
        if isinstance(v, dict)
        and str(v.get("severity", "Error")).lower() == "error"
        and ((v.get("location") or ["request"])[0] == "response") == (side == "response")
    ]


def prism_error(body: Any) -> str | None:
    """Prism's own error type (``NO_PATH_MATCHED_ERROR``...) when it answered for itself."""
    if isinstance(body, dict) and str(body.get("type", "")).startswith("https://stoplight.io"):
        return str(body["type"]).rsplit("#", 1)[-1]
    return None
