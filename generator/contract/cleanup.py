"""What a live run changes, kept to what it can undo, and undone at the end.

The guard asks the ``Keeper`` about every write before sending it (``admit``) and tells it
every answer (``observe``), so nothing schemathesis sends for any reason escapes it: a
change of a group reaches only a group the run made, a create where one exists already
(it would change it) is kept away, and an update of a resource the run did not make is
preceded by a read of it. At the end (``undo``) each snapshot is written back and each
resource the run made is deleted, when its delete is allowed; the rest is listed. What to
undo how is the profile's ``cleanup`` section: API knowledge, not code.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..load.pointer import resolve
from ..model import Definition
from ..model.definition import SAFE_METHODS
from ..model.profile import Cleanup, Creation, Restore, Step
from .calls import CallError, call, path_of
from .results import AccountChanges
from .safety import Endpoint, RequestGate

# Sends one request upstream, as (method, path below the origin, headers).
Send = Callable[[str, str, Mapping[str, str]], httpx.Response | None]


@dataclass(frozen=True)
class Made:
    """A resource the run made: its create and the path values that name it."""

    creation: Creation
    values: Mapping[str, str]

    def describe(self) -> str:
        return _describe({self.creation.parameter: self.values[self.creation.parameter]})


@dataclass
class Snapshot:
    """A resource an allowed update may change, as read before its first update."""

    restore: Restore
    values: Mapping[str, str]
    answer: Any


@dataclass
class Ledger:
    made: list[Made] = field(default_factory=list)
    snapshots: dict[tuple[str, tuple[tuple[str, str], ...]], Snapshot] = field(default_factory=dict)
    counts: AccountChanges = field(default_factory=AccountChanges)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Keeper:
    """The rules of one live run: which writes are allowed, what the run made so far."""

    def __init__(
        self,
        definition: Definition,
        cleanup: Cleanup,
        writes: Iterable[Endpoint],
        name: str,
    ) -> None:
        allowed = {endpoint.operation_id: endpoint for endpoint in writes}
        self.writes = list(allowed.values())
        self.definition = definition
        self.name = name
        self.allowed = set(allowed)
        self.creations = [c for c in cleanup.creations if c.operation_id in allowed]
        self.restores = [r for r in cleanup.restores if r.operation_id in allowed]
        self.owner = {name: c for c in self.creations for name in c.changes if name in allowed}
        base = definition.api.base_path

        def gate(names: Iterable[str]) -> RequestGate:
            return RequestGate(base, [allowed[name] for name in names])

        self._creates = gate(c.operation_id for c in self.creations)
        self._changes = gate(self.owner)
        self._restores = gate(r.operation_id for r in self.restores)
        self._writes = gate(allowed)
        self.ledger = Ledger()
        self.ledger.counts.run_name = name

    def admit(self, method: str, path: str, headers: Mapping[str, str], send: Send) -> str | None:
        """Why this request must not be sent (counted as kept away), or None when it may."""
        if method.lower() in SAFE_METHODS:
            return None
        operation_id, reason = self._objection(method, path, headers, send)
        if operation_id is None:
            return None
        with self.ledger.lock:
            _add(self.ledger.counts.kept_away, operation_id)
        return f"{operation_id} {reason}"

    def _objection(
        self, method: str, path: str, headers: Mapping[str, str], send: Send
    ) -> tuple[str | None, str]:
        for endpoint, values in self._changes.matches(method, path):
            if self._made(self.owner[endpoint.operation_id], values) is None:
                return endpoint.operation_id, "reaches only what this run made"
        for endpoint, values in self._creates.matches(method, path):
            creation = self._creation(endpoint.operation_id)
            if self._exists_already(creation, values, headers, send):
                return endpoint.operation_id, "would change one that exists already"
        for endpoint, values in self._restores.matches(method, path):
            if not self._snapshot(endpoint.operation_id, values, headers, send):
                return endpoint.operation_id, "changes what could not be read first to restore"
        return None, ""

    def observe(self, method: str, path: str, status: int, content: bytes) -> None:
        """Record what a sent write did, from its answer."""
        if method.lower() in SAFE_METHODS or not 200 <= status < 300:
            return
        with self.ledger.lock:
            self._record(method, path, content)

    def _record(self, method: str, path: str, content: bytes) -> None:
        counts = self.ledger.counts
        for endpoint, values in self._creates.matches(method, path):
            creation = self._creation(endpoint.operation_id)
            made_id = values.get(creation.parameter)
            if creation.id_pointer is not None:
                made_id = _pointed(content, creation.id_pointer)
            if made_id is None:
                counts.not_undone.append(f"{endpoint.operation_id}: made one, its id unknown")
            elif self._made(creation, {**values, creation.parameter: made_id}) is None:
                self.ledger.made.append(
                    Made(creation, {**values, creation.parameter: str(made_id)})
                )
                _add(counts.made, endpoint.operation_id)
            return
        for endpoint, values in self._changes.matches(method, path):
            owned = self._made(self.owner[endpoint.operation_id], values)
            if owned is not None and owned.creation.undo == endpoint.operation_id:
                self.ledger.made.remove(owned)
                _add(counts.undone, endpoint.operation_id)
            return
        if self._restores.matches(method, path):
            return
        for endpoint, _ in self._writes.matches(method, path)[:1]:
            _add(counts.left, endpoint.operation_id)

    def _exists_already(
        self, creation: Creation, values: Mapping[str, str], headers: Mapping[str, str], send: Send
    ) -> bool:
        """Whether a create names, in its path, one the account has and the run did not make."""
        if creation.read is None or creation.parameter not in values:
            return False
        if self._made(creation, values) is not None:
            return False
        return self._read(creation.read, values, headers, send) is not None

    def _creation(self, operation_id: str) -> Creation:
        return next(c for c in self.creations if c.operation_id == operation_id)

    def _made(self, creation: Creation, values: Mapping[str, Any]) -> Made | None:
        """The resource of ``creation`` these path values name, if the run made it."""
        for made in self.ledger.made:
            if made.creation is creation and all(
                str(values[name]) == value for name, value in made.values.items() if name in values
            ):
                return made
        return None

    def _read(
        self, operation_id: str, values: Mapping[str, str], headers: Mapping[str, str], send: Send
    ) -> Any:
        """The answer of the read ``operation_id`` at these values, None unless a 200."""
        operation = self.definition.operation(operation_id)
        path = None if operation is None else path_of(operation, values)
        if path is None:
            return None
        response = send("GET", self.definition.api.base_path.rstrip("/") + path, headers)
        if response is None or response.status_code != 200:
            return None
        return _pointed(response.content, "")

    def _snapshot(
        self, operation_id: str, values: Mapping[str, str], headers: Mapping[str, str], send: Send
    ) -> bool:
        key = (operation_id, tuple(sorted(values.items())))
        if key in self.ledger.snapshots:
            return True
        restore = next(r for r in self.restores if r.operation_id == operation_id)
        answer = self._read(restore.read, values, headers, send)
        if answer is None:
            return False
        with self.ledger.lock:
            self.ledger.snapshots.setdefault(key, Snapshot(restore, values, answer))
        return True


def make_own(api: httpx.Client, keeper: Keeper, values: Mapping[str, Any]) -> dict[str, str]:
    """Make one resource of each allowed create, named for the run; their ids by parameter.

    ``api`` goes through the guard, so the keeper records what is made like any call.
    """
    own: dict[str, str] = {}
    for creation in keeper.creations:
        try:
            call(api, keeper.definition, creation.own, {**values, "name": keeper.name})
        except (CallError, httpx.HTTPError):
            continue
        made = [m for m in keeper.ledger.made if m.creation is creation]
        if made:
            own[creation.parameter] = made[-1].values[creation.parameter]
    return own


def undo(api: httpx.Client, keeper: Keeper) -> AccountChanges:
    """Write every snapshot back, delete what the run made where allowed; list the rest.

    ``api`` goes through the guard: a delete is recorded like any call, and what it did not
    delete is what is left.
    """
    counts = keeper.ledger.counts
    counts.not_undone += _restore_all(api, keeper)
    for made in reversed(list(keeper.ledger.made)):
        if made.creation.undo in keeper.allowed:
            _send_quietly(api, keeper, Step(made.creation.undo, dict(made.values)))
    counts.not_undone += _left_made(keeper)
    counts.not_undone += [
        f"{operation_id}: {times} changes with no way to undo them"
        for operation_id, times in counts.left.items()
    ]
    return counts


def _restore_all(api: httpx.Client, keeper: Keeper) -> list[str]:
    """Send each snapshotted resource's update again with its old values; what failed."""
    failed = []
    for snapshot in list(keeper.ledger.snapshots.values()):
        restore = snapshot.restore
        body = {name: _resolved(snapshot.answer, at) for name, at in restore.body.items()}
        error = _send_quietly(
            api, keeper, Step(restore.operation_id, dict(snapshot.values), body=body)
        )
        if error is None:
            _add(keeper.ledger.counts.restored, restore.operation_id)
        else:
            failed.append(
                f"{restore.operation_id}: {_describe(snapshot.values)} not restored ({error})"
            )
    return failed


def _left_made(keeper: Keeper) -> list[str]:
    """A line per create of which the run made resources that are still there."""
    by_create: dict[str, list[Made]] = {}
    for made in keeper.ledger.made:
        by_create.setdefault(made.creation.operation_id, []).append(made)
    lines = []
    for operation_id, left in by_create.items():
        undo_id = left[0].creation.undo
        why = "its delete failed" if undo_id in keeper.allowed else f"{undo_id} not allowed"
        if undo_id is None:
            why = "the profile names no delete for it"
        named = ", ".join(m.describe() for m in left)
        lines.append(f"{operation_id}: {len(left)} left ({why}): {named}")
    return lines


def _send_quietly(api: httpx.Client, keeper: Keeper, step: Step) -> str | None:
    """Send one step of the clean-up; what went wrong, or None."""
    try:
        call(api, keeper.definition, step, {})
    except (CallError, httpx.HTTPError) as error:
        return str(error) or type(error).__name__
    return None


def _describe(values: Mapping[str, str]) -> str:
    return ", ".join(f"{name}={value}" for name, value in values.items())


def _pointed(content: bytes, pointer: str) -> Any:
    try:
        return _resolved(json.loads(content), pointer)
    except ValueError:
        return None


def _resolved(document: Any, pointer: str) -> Any:
    try:
        return resolve(document, pointer) if pointer else document
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def _add(tally: dict[str, int], operation_id: str) -> None:
    tally[operation_id] = tally.get(operation_id, 0) + 1
