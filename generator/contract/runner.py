"""Run schemathesis's engine over the spec against one target and collect what it found.

The engine (what ``st run`` drives) runs every phase: the spec's examples, coverage
(boundary and negative values, undeclared methods, missing headers), fuzzing, and
stateful sequences over links (create returns the id that read, update and delete take:
those of the profile's ``links``). For a live target every write not named with
``--allow-unsafe`` is excluded from generation and, independently, refused on the wire by
``guard``; the named ones work on resources the run makes itself and are undone at the end
(``cleanup``). The target is only a URL, a key and optionally a way to make an inbound text
happen: this package starts no server.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import from_schema
from schemathesis.filters import FilterSet

from ..errors import InputError
from ..model import Definition, profile
from ..model.profile import Profile
from . import cleanup, known_ids, links
from .cleanup import Keeper
from .collect import Collector, Secrets
from .guard import Guard, running_guard
from .leniency import Constraints
from .policies import ROUTE_TEMPLATE, PolicyWire, connection_values, routed_methods
from .results import AccountChanges, ContractResult, Problem
from .safety import Endpoint, RequestGate, blocked, endpoints, unknown_names
from .settings import Settings, Target, key_header, schemathesis_config
from .throttle import SlidingWindow
from .trigger import check_trigger, needs_inbound

Progress = Callable[[str], None]


def run_contract(
    spec_path: Path, target: Target, settings: Settings, progress: Progress = lambda line: None
) -> ContractResult:
    """Test ``target`` against the spec at ``spec_path`` and return what disagreed."""
    definition = Definition.load(spec_path)
    judged = profile.for_spec(definition, settings.profile)
    spec_endpoints = _routed(definition, endpoints(definition, judged))
    _check_names(spec_path, spec_endpoints, settings)
    refused_endpoints = blocked(spec_endpoints, settings.allow_unsafe) if target.live else []
    skipped = {
        e.operation_id: f"unsafe on a live API: {e.unsafe_reason}" for e in refused_endpoints
    }
    if settings.only:
        for endpoint in spec_endpoints:
            if endpoint.operation_id not in settings.only:
                skipped.setdefault(endpoint.operation_id, "not selected")
    header = key_header(definition)
    masking = Secrets(target.api_key, header, settings.key_env)
    keeper = _keeper(definition, judged, target, spec_endpoints, skipped)
    started = time.perf_counter()
    wire = _wire_policies(definition, target, settings, spec_endpoints)
    with _wire(definition, target, refused_endpoints, settings, keeper, wire) as guard:
        base_url = guard.base_url if guard else target.base_url
        collector = Collector(
            spec_endpoints,
            skipped,
            masking,
            guard.to_upstream if guard else str,
            Constraints(definition),
        )
        headers = {header: target.api_key} if target.api_key else {}
        known = known_ids.discover(definition, judged, base_url, headers, create=not target.live)
        progress("known ids: " + (_describe(known.values) or "none found"))
        own = _make_own(keeper, base_url, headers, known.values, progress)
        config = SchemathesisConfig.from_dict(
            schemathesis_config(base_url, headers, settings, judged, live=target.live)
        )
        pointed = known_ids.point_examples(definition, known, own)
        tested = links.with_links(definition, judged, pointed)
        schema = schemathesis.openapi.from_dict(tested, config=config)
        _exclude(schema, [e for e in spec_endpoints if e.operation_id in skipped])
        progress(f"testing {len(spec_endpoints) - len(skipped)} operations at {target.base_url}")
        for event in from_schema(schema).execute():
            line = collector.handle(event)
            if line:
                progress(masking.mask(line))
        trigger_events, trigger_problems = _trigger(
            definition, judged, target, base_url, headers, settings, skipped, progress
        )
        account = _undo(keeper, base_url, headers, progress)
    operations, problems = collector.results()
    return ContractResult(
        target=target.base_url,
        operations=operations,
        problems=problems + trigger_problems,
        stateful=collector.stateful,
        wall_time=time.perf_counter() - started,
        seed=schema.config.seed,
        refused=list(guard.log.refused) if guard else [],
        calls_sent=len(guard.log.forwarded) if guard else None,
        waived=collector.waived,
        trigger_events=trigger_events,
        account=account,
    )


def _keeper(
    definition: Definition,
    judged: Profile,
    target: Target,
    spec_endpoints: list[Endpoint],
    skipped: Mapping[str, str],
) -> Keeper | None:
    """For a live run with writes allowed, the keeper of what they change; else None."""
    writes = [e for e in spec_endpoints if e.unsafe_reason and e.operation_id not in skipped]
    if not target.live or not writes:
        return None
    name = f"{judged.cleanup.name} {secrets.token_hex(3)}"
    return Keeper(definition, judged.cleanup, writes, name)


def _make_own(
    keeper: Keeper | None,
    base_url: str,
    headers: Mapping[str, str],
    values: Mapping[str, Any],
    progress: Progress,
) -> dict[str, str]:
    if keeper is None:
        return {}
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=30) as api:
        own = cleanup.make_own(api, keeper, values)
    progress(f"made for this run ({keeper.name}): " + (_describe(own) or "nothing"))
    return own


def _undo(
    keeper: Keeper | None, base_url: str, headers: Mapping[str, str], progress: Progress
) -> AccountChanges | None:
    if keeper is None:
        return None
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=30) as api:
        account = cleanup.undo(api, keeper)
    progress(
        f"undone: {sum(account.undone.values())} deleted, "
        f"{sum(account.restored.values())} restored, {len(account.not_undone)} left"
    )
    return account


def _trigger(
    definition: Definition,
    judged: Profile,
    target: Target,
    base_url: str,
    headers: Mapping[str, str],
    settings: Settings,
    skipped: Mapping[str, str],
    progress: Progress,
) -> tuple[list[str], list[Problem]]:
    """What the trigger posts, checked where the profile's events can be made to happen."""
    plan = judged.trigger
    if plan is None or settings.only:
        return [], []
    if target.inbound is None and needs_inbound(plan):
        progress("trigger: not checked; the target cannot make an inbound text happen")
        return [], []
    steps = [plan.subscribe, *plan.setup, *(event.step for event in plan.events if event.step)]
    refused = sorted({step.operation_id for step in steps if step.operation_id in skipped})
    if refused:
        progress(f"trigger: not checked; it needs {', '.join(refused)} (see --allow-unsafe)")
        return [], []
    progress("trigger: a local receiver subscribed to every event")
    return check_trigger(definition, plan, base_url, headers, target.inbound, target.receiver_port)


def _check_names(spec_path: Path, spec_endpoints: list[Endpoint], settings: Settings) -> None:
    unknown = unknown_names(spec_endpoints, settings.allow_unsafe + settings.only)
    if unknown:
        known = ", ".join(sorted(e.operation_id for e in spec_endpoints if e.unsafe_reason))
        raise InputError(
            spec_path,
            f"no operation with id {', '.join(unknown)} in the spec",
            hint=f"name operation ids the spec declares; the unsafe ones are: {known}",
        )


@contextmanager
def _wire(
    definition: Definition,
    target: Target,
    refused: list[Endpoint],
    settings: Settings,
    keeper: Keeper | None,
    policies: PolicyWire | None,
) -> Iterator[Guard | None]:
    """For a live target, a guard in front of it; for a local one, direct access."""
    if not target.live:
        yield None
        return
    writes = [] if keeper is None else keeper.writes
    gate = RequestGate(definition.api.base_path, refused, writes)
    limit, window = settings.throttle
    throttle = SlidingWindow(limit, window)
    with running_guard(target.base_url, gate, throttle, keeper, policies) as guard:
        yield guard


def _wire_policies(
    definition: Definition, target: Target, settings: Settings, spec_endpoints: list[Endpoint]
) -> PolicyWire | None:
    """The connector's policies on what a live run sends; None when it has none (or the
    target is the local sandbox, which serves the definition as written)."""
    if not target.live or not definition.properties.policies:
        return None
    values = connection_values(definition, dict(settings.connection), target.api_key)
    return PolicyWire(definition, target.base_url, values, spec_endpoints)


def _routed(definition: Definition, found: list[Endpoint]) -> list[Endpoint]:
    """An operation a route policy sends with a method that changes data is judged so."""
    methods = routed_methods(definition, found)
    return [
        replace(e, unsafe_reason=f"a {ROUTE_TEMPLATE} policy sends it as {methods[e.operation_id]}")
        if e.operation_id in methods and e.unsafe_reason is None
        else e
        for e in found
    ]


def _describe(values: Mapping[str, Any]) -> str:
    return ", ".join(f"{name}={value}" for name, value in values.items())


def _exclude(schema: Any, excluded: list[Endpoint]) -> None:
    """Drop operations by method and path: this also stops schemathesis from sending
    the same method to the same path as an "undeclared method" probe."""
    filter_set = FilterSet()
    for endpoint in excluded:
        filter_set.exclude(method=endpoint.method.upper(), path=endpoint.path)
    schema.filter_set = filter_set
