"""The knobs of a contract run and the schemathesis configuration they turn into.

The schemathesis configuration is built as the same dictionary a
``schemathesis.toml`` would hold, so every option here maps to a documented key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Definition
from ..model.profile import Profile
from . import rejections

DEFAULT_KEY_ENV = "TEXTREQUEST_API_KEY"
# The header a definition without an API key scheme gets its key in.
DEFAULT_KEY_HEADER = "x-api-key"
# The real API's throttle: 100 calls per API key per 60 s.
LIVE_THROTTLE = (100, 60.0)
DEFAULT_MAX_EXAMPLES = 20
# schemathesis's test phases, in the order they run.
PHASES = ("examples", "coverage", "fuzzing", "stateful")
STATEFUL_STEPS = 12
# Stateful scenarios are random walks over the links; a create is followed by each of its
# read, change and delete only in some walks, so the phase gets more walks than the others.
STATEFUL_EXAMPLES_FACTOR = 3


@dataclass(frozen=True)
class Target:
    """Where the requests go: a URL and a key, from the command line or a test fixture.

    ``live`` targets get the safety filter and the throttle. ``inbound`` makes a customer's
    text happen (given the values the profile's trigger names, e.g. dashboard id, phone,
    body); a local sandbox can, and with it the run also checks what the trigger posts.
    """

    base_url: str
    api_key: str | None = field(repr=False)
    live: bool
    inbound: Callable[[Mapping[str, Any]], object] | None = field(default=None, repr=False)
    # Where the trigger's receiver listens (0: any free port); a sandbox names it at start.
    receiver_port: int = 0


@dataclass(frozen=True)
class Settings:
    """What to run. ``only`` limits the run to some operation ids (used by focused tests);
    ``phases`` picks schemathesis phases (coverage alone makes ~1400 calls on this spec,
    about 14 minutes at the live throttle); ``profile`` is the profile file (default: the
    one beside the spec, if any; see ``profile``); ``connection`` the connection parameters
    a live run's policies read."""

    key_env: str = DEFAULT_KEY_ENV
    allow_unsafe: tuple[str, ...] = ()
    max_examples: int = DEFAULT_MAX_EXAMPLES
    seed: int | None = None
    throttle: tuple[int, float] = LIVE_THROTTLE
    only: tuple[str, ...] = ()
    phases: tuple[str, ...] = PHASES
    profile: Path | None = None
    # Connection parameter values (name, value) for the connector's policies on a live run;
    # some are secrets, so they are kept out of the repr.
    connection: tuple[tuple[str, str], ...] = field(default=(), repr=False)


def key_header(definition: Definition) -> str:
    """The header that carries the API key, from the definition's security schemes."""
    return definition.api.api_key_header() or DEFAULT_KEY_HEADER


def schemathesis_config(
    base_url: str,
    headers: Mapping[str, str],
    settings: Settings,
    profile: Profile,
    *,
    live: bool = False,
) -> dict[str, Any]:
    """A ``schemathesis.toml`` as a dict: every phase, every check, nothing written to disk.

    A ``live`` run sends no undeclared methods: a PUT or DELETE the definition does not
    declare might still change something on a real account.
    """
    config: dict[str, Any] = {
        "base-url": base_url,
        "headers": dict(headers),
        "workers": 1,
        # Keep testing an operation after its first failure: the report should list
        # every disagreement, not only the first one per operation.
        "continue-on-failure": True,
        "cache": {"enabled": False},
        "generation": {"max-examples": settings.max_examples, "database": "none"},
        "phases": {name: {"enabled": name in settings.phases} for name in PHASES},
        "checks": {"enabled": True},
        # schemathesis reuses ids from earlier responses to fill path parameters; for a
        # delete that means deleting the resources every other operation is tested on.
        # Deletes of real resources are left to the stateful phase (create, then delete).
        "operations": [
            {
                "include-method": "DELETE",
                "phases": {
                    name: {"extra-data-sources": {"responses": False}}
                    for name in ("examples", "coverage", "fuzzing")
                },
            },
            *rejections.operation_settings(profile),
        ],
    }
    # The stateful phase follows the links of ``links`` only; see there why. Its scenarios get
    # twice schemathesis's default length, so that a create is followed by its read, change
    # and delete within one walk more often than by chance.
    config["phases"]["stateful"]["inference"] = {"algorithms": ["location-headers"]}
    config["phases"]["stateful"]["max-steps"] = STATEFUL_STEPS
    config["phases"]["stateful"]["generation"] = {
        "max-examples": settings.max_examples * STATEFUL_EXAMPLES_FACTOR,
        "database": "none",
    }
    if live:
        config["phases"]["coverage"]["unexpected-methods"] = []
    if settings.seed is not None:
        config["seed"] = settings.seed
    return config
