"""A sandbox for other tests: ``with SandboxServer() as sb: httpx.get(sb.base_url + ...)``.

Starts on 127.0.0.1 on a free port, with a fresh database (a temporary one unless
``db_path`` is given), and stops on exit. ``subprocess=True`` runs it as a separate
process, which :meth:`SandboxServer.kill` can stop abruptly (durability tests);
otherwise uvicorn runs in a background thread of this process (faster to start).

Interface (stable): ``base_url`` (root plus the spec's basePath, ``/api/v3``),
``root_url``, ``api_key`` (the demo account's key), ``admin_key`` (the key that creates
accounts, which ``new_account()`` sends), ``db_path``, ``new_account()``,
``client()``, ``inbound()``,
``new_tag()``, ``new_field()``, ``hooks()``, ``delete_hook()``, ``deliveries()``,
``wait_for_deliveries()``, ``undocumented()``, ``start()``, ``stop()``, ``kill()``.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import subprocess as subprocesses
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from ..model import Definition
from .app import create_app, prepare_database
from .config import SandboxConfig
from .server import bind, make_server, root_url
from .state import DEFAULT_KEY_HEADER

START_TIMEOUT = 20.0


class SandboxServer:
    """A running sandbox; see the module docstring. The API key stays out of ``repr``.

    ``hook_hosts`` names the receivers hooks may target (``"127.0.0.1:8080"``, e.g. a
    :class:`trconnect.contract.receiver.Receiver`'s address): start them first.

    ``faults`` breaks answers on purpose: ``{"GetContactByPhoneNumber": {"retype":
    "/total_msgs_sent"}, "GetTags": {"status": 418}}`` (see :mod:`sandbox.faults`).
    """

    def __init__(
        self,
        db_path: str | Path | None = None,
        *,
        throttle_limit: int = 10_000,
        throttle_window: float = 60.0,
        faults: dict[str, Any] | None = None,
        validate_responses: bool = True,
        hook_hosts: tuple[str, ...] = (),
        hook_attempts: int = 5,
        hook_backoff: float = 0.05,
        hook_workers: int = 4,
        header_timeout: float = 10.0,
        body_timeout: float = 30.0,
        api_key: str | None = None,
        spec_path: str | Path | None = None,
        subprocess: bool = False,
    ) -> None:
        self._tempdir: tempfile.TemporaryDirectory[str] | None = None
        if db_path is None:
            self._tempdir = tempfile.TemporaryDirectory(prefix="sandbox-")
            db_path = Path(self._tempdir.name) / "sandbox.db"
        self.db_path = Path(db_path)
        base = SandboxConfig() if spec_path is None else SandboxConfig(spec_path=str(spec_path))
        self.config = replace(
            base,
            db_path=str(self.db_path),
            throttle_limit=throttle_limit,
            throttle_window=throttle_window,
            faults=dict(faults or {}),
            validate_responses=validate_responses,
            hook_hosts=tuple(hook_hosts),
            hook_attempts=hook_attempts,
            hook_backoff=hook_backoff,
            hook_workers=hook_workers,
            header_timeout=header_timeout,
            body_timeout=body_timeout,
            demo_key=api_key or "sbx_demo_" + secrets.token_urlsafe(12),
            admin_key="sbx_admin_" + secrets.token_urlsafe(12),
        )
        self.subprocess = subprocess
        api = Definition.load(self.config.spec_path).api
        self._base_path = api.base_path
        self.key_header = api.api_key_header() or DEFAULT_KEY_HEADER
        self.root_url = ""
        self.base_url = ""
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._process: subprocesses.Popen[str] | None = None

    def __repr__(self) -> str:
        return f"SandboxServer(base_url={self.base_url!r}, db_path={str(self.db_path)!r})"

    @property
    def api_key(self) -> str:
        assert self.config.demo_key is not None
        return self.config.demo_key

    @property
    def admin_key(self) -> str:
        assert self.config.admin_key is not None
        return self.config.admin_key

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
        if self._tempdir is not None:
            self._tempdir.cleanup()

    def start(self) -> None:
        """Start (again, after :meth:`stop` or :meth:`kill`) on the same database."""
        prepare_database(self.config)
        if self.subprocess:
            self._start_process()
        else:
            self._start_thread()
        self.base_url = self.root_url + self._base_path
        self._wait_ready()

    def _start_thread(self) -> None:
        sock = bind("127.0.0.1", 0)
        self.root_url = root_url(sock)
        app = create_app(self.config, sock.getsockname()[:2])
        self._server = make_server(app, self.config.header_timeout)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()

    def _start_process(self) -> None:
        env = {**os.environ, "SANDBOX_CONFIG": self.config.to_json()}
        self._process = subprocesses.Popen(
            [sys.executable, "-m", __package__ or "sandbox", "--port", "0"],
            env=env,
            stdout=subprocesses.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith("SANDBOX_URL "):
                self.root_url = line.split()[1]
                break
        else:
            raise RuntimeError(f"the sandbox process exited with {self._process.wait()}")
        # Keep reading so the child never blocks on a full pipe.
        threading.Thread(target=self._process.stdout.read, daemon=True).start()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.root_url + "/_sandbox/health", timeout=1).status_code == 200:
                    return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the sandbox did not answer at {self.root_url} in time")

    def stop(self) -> None:
        """Stop gracefully: requests in flight finish, pending deliveries stay pending."""
        if self._server is not None:
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(timeout=15)
            self._server = self._thread = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocesses.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def kill(self) -> None:
        """Stop abruptly (SIGKILL), as a crash would; only with ``subprocess=True``."""
        if self._process is None:
            raise RuntimeError("kill() needs SandboxServer(subprocess=True)")
        self._process.kill()
        self._process.wait()
        self._process = None

    def headers(self, api_key: str | None = None) -> dict[str, str]:
        return {self.key_header: api_key or self.api_key}

    def client(self, api_key: str | None = None, **options: Any) -> httpx.Client:
        """An httpx client on ``base_url`` that sends the key (the demo key by default)."""
        return httpx.Client(base_url=self.base_url, headers=self.headers(api_key), **options)

    def _sandbox(self, method: str, path: str, api_key: str | None = None, **kw: Any) -> Any:
        response = httpx.request(
            method, self.root_url + "/_sandbox" + path, headers=self.headers(api_key), **kw
        )
        response.raise_for_status()
        return response.json()

    def new_account(self, name: str = "Other account") -> str:
        """A second account; returns its API key."""
        return self._sandbox("POST", "/accounts", self.admin_key, json={"name": name})["api_key"]

    def inbound(self, dashboard_id: int, phone_number: str, body: str, **kw: Any) -> Any:
        """Simulate a customer texting the dashboard."""
        payload = {"phone_number": phone_number, "body": body, **kw}
        return self._sandbox("POST", f"/dashboards/{dashboard_id}/inbound", json=payload)

    def new_tag(self, dashboard_id: int, tag: str, color: str = "#3366ff") -> Any:
        payload = {"tag": tag, "tag_color": color}
        return self._sandbox("POST", f"/dashboards/{dashboard_id}/tags", json=payload)

    def new_field(self, dashboard_id: int, name: str) -> Any:
        return self._sandbox("POST", f"/dashboards/{dashboard_id}/fields", json={"name": name})

    def hooks(self, api_key: str | None = None) -> list[dict[str, Any]]:
        return self._sandbox("GET", "/hooks", api_key)

    def delete_hook(self, hook_id: int, api_key: str | None = None) -> Any:
        """Unsubscribe (sandbox-only); raises httpx.HTTPStatusError (404) if not yours."""
        return self._sandbox("DELETE", f"/hooks/{hook_id}", api_key)

    def deliveries(
        self, hook_id: int | None = None, api_key: str | None = None
    ) -> list[dict[str, Any]]:
        """The delivery log with each attempt (``attempts_log``), oldest first."""
        params = {} if hook_id is None else {"hook_id": hook_id}
        return self._sandbox("GET", "/deliveries", api_key, params=params)

    def wait_for_deliveries(
        self, count: int, state: str = "delivered", timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """The log once ``count`` deliveries are in ``state``; raises on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            log = self.deliveries()
            if sum(1 for d in log if d["state"] == state) >= count:
                return log
            if time.monotonic() > deadline:
                raise TimeoutError(f"wanted {count} {state} deliveries: {json.dumps(log)[:2000]}")
            time.sleep(0.05)

    def undocumented(self) -> list[list[Any]]:
        """(operationId, status) answered without the spec declaring that status."""
        return self._sandbox("GET", "/undocumented")
