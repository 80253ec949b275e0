"""Everything that makes one sandbox differ from another, as plain data.

Kept as a frozen dataclass of JSON-friendly values so that a test can start the
same sandbox in-process or in a subprocess (``--config-json``) without translation.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..project import find_project


def _project_spec() -> str:
    return str(find_project().spec)


def _project_db() -> str:
    return str(find_project().sandbox_db)


@dataclass(frozen=True)
class SandboxConfig:
    """How a sandbox behaves.

    ``throttle_limit`` calls per API key per ``throttle_window`` seconds (the real API
    allows 100 per 60 s). ``validate_responses`` checks every answer against the spec
    and turns a mismatch into a 500 that names it: on in tests, so a handler bug cannot
    hide. ``faults`` deliberately breaks answers (see :mod:`sandbox.faults`).
    ``admin_key`` opens ``/_sandbox/accounts`` (creating accounts); ``trconnect sandbox``
    makes one at start-up unless SANDBOX_ADMIN_KEY or SANDBOX_CONFIG gives it.
    ``hook_hosts`` names the receivers hooks may target, each ``HOST:PORT``; a hook to
    anything else is refused (see :mod:`sandbox.receivers`). ``hook_workers`` deliveries are
    sent at a time, however many are pending (see :mod:`sandbox.webhooks`).
    ``header_timeout`` and ``body_timeout`` bound how long a client may take to send a
    request's headers and its body, so that slow clients cannot hold connections open.
    """

    db_path: str = field(default_factory=_project_db)
    spec_path: str = field(default_factory=_project_spec)
    throttle_limit: int = 100
    throttle_window: float = 60.0
    validate_responses: bool = False
    max_body_bytes: int = 1024 * 1024
    hook_hosts: tuple[str, ...] = ()
    hook_attempts: int = 5
    hook_backoff: float = 0.5
    hook_timeout: float = 5.0
    hook_workers: int = 4
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    demo_key: str | None = field(default=None, repr=False)
    admin_key: str | None = field(default=None, repr=False)
    faults: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SandboxConfig:
        data = json.loads(text)
        data["hook_hosts"] = tuple(data.get("hook_hosts", ()))
        return cls(**data)
