"""``python -m sandbox`` (``make sandbox``): prints its URL and demo key; --reset, --demo-data."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def serving(*options: str, env: dict[str, str] | None = None):
    """(base URL, API key, admin key) of a ``python -m sandbox`` process, stopped with SIGTERM."""
    process = subprocess.Popen(
        [sys.executable, "-m", "trconnect.sandbox", "--port", "0", *options],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith("SANDBOX_URL"):
            break
    text = "".join(lines)
    base = re.search(r"base URL:\s+(\S+)", text).group(1)
    key = re.search(r"API key:\s+(\S+)", text).group(1)
    admin = re.search(r"admin key:\s+(\S+)", text).group(1)
    for _ in range(100):
        try:
            httpx.get(base.rsplit("/api", 1)[0] + "/_sandbox/health")
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    try:
        yield base, key, admin
    finally:
        process.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal it caught.
        assert process.wait(15) in (0, -signal.SIGTERM)


def test_demo_data_reset_and_key(tmp_path):
    db = str(tmp_path / "cli.db")
    params = {"page": 0, "page_size": 10}
    with serving("--db", db, "--demo-data") as (base, key, _):
        assert base.startswith("http://127.0.0.1:") and base.endswith("/api/v3")
        dashboards = httpx.get(f"{base}/dashboards", params=params, headers={"x-api-key": key})
        [demo] = dashboards.json()["items"]
        contacts = httpx.get(
            f"{base}/dashboards/{demo['id']}/contacts", params=params, headers={"x-api-key": key}
        )
        assert contacts.json()["meta"]["total_items"] == 2
    with serving("--db", db, "--demo-data") as (_, same_key, _):
        assert same_key == key
    with serving("--db", db, "--reset") as (base, new_key, _):
        assert new_key != key
        assert httpx.get(f"{base}/dashboards", headers={"x-api-key": key}).status_code == 401
        listed = httpx.get(f"{base}/dashboards", params=params, headers={"x-api-key": new_key})
        assert listed.json()["items"] == []


def test_missing_spec_is_a_clear_error(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "trconnect.sandbox", "--spec", str(tmp_path / "none.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2
    assert "none.yaml" in done.stderr and "--spec" in done.stderr


def test_the_admin_key_is_printed_and_only_it_creates_accounts(tmp_path):
    db = str(tmp_path / "admin.db")
    with serving("--db", db) as (base, key, admin):
        accounts = base.rsplit("/api", 1)[0] + "/_sandbox/accounts"
        refused = httpx.post(accounts, json={"name": "x"}, headers={"x-api-key": key})
        made = httpx.post(accounts, json={"name": "x"}, headers={"x-api-key": admin})
        assert (refused.status_code, made.status_code) == (401, 200)
        assert admin != key and admin not in refused.text
    with serving("--db", db, env={"SANDBOX_ADMIN_KEY": "given-admin-key"}) as (_, _, given):
        assert given == "given-admin-key" != admin


def _refused_at_start(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trconnect.sandbox", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_hook_host_must_name_a_port_and_not_the_sandbox(tmp_path):
    db = str(tmp_path / "hosts.db")
    for entry in ("127.0.0.1", "*", "127.0.0.1:*", "http://127.0.0.1:80"):
        done = _refused_at_start("--db", db, "--port", "0", "--hook-host", entry)
        assert done.returncode == 2, done.stderr
        assert "--hook-host" in done.stderr and "HOST:PORT" in done.stderr
        assert "Traceback" not in done.stderr
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = _refused_at_start("--db", db, "--port", str(port), "--hook-host", f"localhost:{port}")
    assert done.returncode == 2 and "the sandbox itself" in done.stderr, done.stderr


def test_hooks_may_target_the_named_receivers_only(tmp_path):
    db = str(tmp_path / "named.db")
    with serving("--db", db, "--hook-host", "127.0.0.1:9") as (base, key, _):
        headers = {"x-api-key": key}
        made = httpx.post(
            f"{base}/dashboards", json={"name": "x", "phone": "4236104444"}, headers=headers
        )
        hooks = f"{base}/dashboards/{made.json()['id']}/hooks"
        for target, status in (("http://127.0.0.1:9/a", 200), ("http://127.0.0.1:10/a", 400)):
            body = {"target_url": target, "event": "msg_sent", "httpVerb": "POST"}
            assert httpx.post(hooks, json=body, headers=headers).status_code == status
