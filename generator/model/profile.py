"""What is known about one API beyond its definition: a data file, not code.

Swagger 2.0 cannot say which operations text a person or move money, which answer's id
feeds which request, which schema-valid requests are documented as refused, or how to make
a webhook trigger fire. The contract tests read all of it; the generator reads which
operations are unsafe (see :mod:`.effects`) for the MCP server's tool annotations. A
profile (``<spec>.contract.yaml`` beside the spec, or ``--profile FILE``) says so;
``spec/textrequest.contract.yaml`` documents every key. Without one the run still works on
any definition, judged by :data:`GENERIC`: every method but GET, HEAD and OPTIONS may
change or send something, no ids are known, no links are added and the trigger is not
exercised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..load import load_document
from ..load.pointer import join
from .definition import HTTP_METHODS, SAFE_METHODS, Definition

SUFFIX = ".contract.yaml"
GENERIC_REASON = "may change or send something"
HINT = "see spec/textrequest.contract.yaml for every key of a profile"


@dataclass(frozen=True)
class Step:
    """One call the harness makes: an operation, values for its path, a query and a body.

    ``save`` keeps values of the answer (name -> JSON pointer) for the calls after it.
    """

    operation_id: str
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    save: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Resource:
    """A kind of resource: the path parameter naming one, where they are listed, its id."""

    parameter: str
    listing: Step
    items: str
    id_field: str
    create: Step | None


@dataclass(frozen=True)
class Rejection:
    """A schema-valid request the API documents as refused with ``status``."""

    operation_id: str
    status: int
    reason: str


@dataclass(frozen=True)
class Event:
    """How one trigger event is made to happen: a call, or an inbound text by the target."""

    name: str
    step: Step | None
    inbound: Mapping[str, Any] | None


@dataclass(frozen=True)
class TriggerPlan:
    """Subscribe a receiver with the trigger ``operation_id``, make each event happen."""

    operation_id: str
    setup: tuple[Step, ...]
    subscribe: Step
    events: tuple[Event, ...]


@dataclass(frozen=True)
class Creation:
    """A create a live run may undo: what it makes, how the run makes its own, what undoes it.

    ``parameter`` is the path parameter that names what was made; its value is read from
    the answer at ``id`` (a JSON pointer), or, with no ``id``, from the create's own path
    (a contact is created at its phone number). ``read`` tells whether one exists already
    there (a create at an existing one changes it). ``undo`` deletes one, given the create's
    path values and the new id. ``changes`` are the writes that may act only on what the
    run made. ``own`` is the call (of this create) that makes the run's own resource.
    """

    operation_id: str
    parameter: str
    id_pointer: str | None
    own: Step
    undo: str | None = None
    read: str | None = None
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Restore:
    """An update of a resource the run did not make: ``read`` snapshots it first, and the
    update is sent again at the end with ``body`` (field -> JSON pointer in the snapshot)."""

    operation_id: str
    read: str
    body: Mapping[str, str]


@dataclass(frozen=True)
class Cleanup:
    """What a live run needs to leave the account as it found it; ``name`` starts the name
    of everything the run makes (the run's id follows it)."""

    name: str = "contract-test"
    creations: tuple[Creation, ...] = ()
    restores: tuple[Restore, ...] = ()


@dataclass(frozen=True)
class Profile:
    source: Path | None = None
    unsafe_methods: Mapping[str, str] = field(default_factory=dict)
    unsafe_operations: Mapping[str, str] = field(default_factory=dict)
    reaching_a_person: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    links: Mapping[str, Mapping[str, Mapping[str, str]]] = field(default_factory=dict)
    rejections: tuple[Rejection, ...] = ()
    trigger: TriggerPlan | None = None
    cleanup: Cleanup = field(default_factory=Cleanup)

    def operation_ids(self) -> list[tuple[str, str]]:
        """(JSON pointer in the profile, operationId) of every operation it names."""
        named = [(join("unsafe", "operations", name), name) for name in self.unsafe_operations]
        named += [
            (join("unsafe", "reaching_a_person", index), name)
            for index, name in enumerate(self.reaching_a_person)
        ]
        for index, resource in enumerate(self.resources):
            parts = [("list", resource.listing), ("create", resource.create)]
            named += [(join("resources", index, key), s.operation_id) for key, s in parts if s]
        for source, targets in self.links.items():
            named += [(join("links", source), source)]
            named += [(join("links", source, target), target) for target in targets]
        named += [(join("rejections", i), r.operation_id) for i, r in enumerate(self.rejections)]
        if self.trigger is not None:
            steps = [*self.trigger.setup, *(e.step for e in self.trigger.events if e.step)]
            named += [("/trigger", self.trigger.operation_id)]
            named += [("/trigger", step.operation_id) for step in steps]
        return named + self._cleanup_ids()

    def _cleanup_ids(self) -> list[tuple[str, str]]:
        named = []
        for index, made in enumerate(self.cleanup.creations):
            where = join("cleanup", "creates", index)
            named += [(where, made.operation_id)]
            named += [(where, name) for name in (made.undo, made.read) if name]
            named += [(join(where, "changes", i), name) for i, name in enumerate(made.changes)]
        for index, restore in enumerate(self.cleanup.restores):
            where = join("cleanup", "restores", index)
            named += [(where, restore.operation_id), (where, restore.read)]
        return named


GENERIC = Profile(
    unsafe_methods={method: GENERIC_REASON for method in HTTP_METHODS if method not in SAFE_METHODS}
)


def beside(spec_path: Path) -> Path:
    """Where the profile of ``spec_path`` is by default: ``x.yaml`` -> ``x.contract.yaml``."""
    return spec_path.with_name(spec_path.stem + SUFFIX)


def for_spec(definition: Definition, path: Path | None = None) -> Profile:
    """The profile at ``path``, else the one beside the spec if present, else GENERIC;
    refused with the place and a fix when it is malformed or names an unknown operation."""
    if path is None:
        path = beside(definition.path)
        if not path.is_file():
            return GENERIC
    profile, document = _load(Path(path))
    for pointer, operation_id in profile.operation_ids():
        if definition.operation(operation_id) is None:
            raise InputError(
                path,
                f"{pointer}: no operation {operation_id!r} in {definition.path.name}",
                hint="name operationIds the definition declares, or give the profile "
                "written for it with --profile",
                line=document.line_of(pointer),
            )
    return profile


def _load(path: Path) -> tuple[Profile, Any]:
    from jsonschema import Draft4Validator  # here: a generate with nothing to do needs none

    if not path.is_file():
        raise InputError(path, "no such profile", hint="give an existing file to --profile")
    document = load_document(path)
    error = next(iter(Draft4Validator(SCHEMA).iter_errors(document.data)), None)
    if error is not None:
        pointer = join(*error.absolute_path)
        raise InputError(
            path,
            f"{pointer or '/'}: {error.message}",
            hint=HINT,
            line=document.line_of(pointer),
        )
    return _profile(path, document.data), document


def _profile(path: Path, data: Mapping[str, Any]) -> Profile:
    unsafe = data.get("unsafe", {})
    trigger = data.get("trigger")
    return Profile(
        source=path,
        unsafe_methods={m.lower(): why for m, why in unsafe.get("methods", {}).items()},
        unsafe_operations=dict(unsafe.get("operations", {})),
        reaching_a_person=tuple(unsafe.get("reaching_a_person", [])),
        resources=tuple(_resource(item) for item in data.get("resources", [])),
        links={source: dict(targets) for source, targets in data.get("links", {}).items()},
        rejections=tuple(
            Rejection(item["operation"], item["status"], item["reason"])
            for item in data.get("rejections", [])
        ),
        trigger=None if trigger is None else _trigger(trigger),
        cleanup=_cleanup(data.get("cleanup", {})),
    )


def _step(data: Mapping[str, Any], operation_id: str | None = None) -> Step:
    return Step(
        operation_id or data["operation"],
        dict(data.get("path", {})),
        dict(data.get("query", {})),
        data.get("body"),
        dict(data.get("save", {})),
    )


def _resource(data: Mapping[str, Any]) -> Resource:
    create = data.get("create")
    return Resource(
        data["parameter"],
        _step(data["list"]),
        data.get("items", ""),
        data["id"],
        None if create is None else _step(create),
    )


def _trigger(data: Mapping[str, Any]) -> TriggerPlan:
    operation_id = data["operation"]
    events = tuple(
        Event(name, _step(value) if "operation" in value else None, value.get("inbound"))
        for name, value in data["events"].items()
    )
    return TriggerPlan(
        operation_id,
        tuple(_step(item) for item in data.get("setup", [])),
        _step(data.get("subscribe", {}), operation_id),
        events,
    )


def _cleanup(data: Mapping[str, Any]) -> Cleanup:
    creations = tuple(
        Creation(
            item["operation"],
            item["parameter"],
            item.get("id"),
            _step(item.get("own", {}), item["operation"]),
            item.get("undo"),
            item.get("read"),
            tuple(item.get("changes", [])),
        )
        for item in data.get("creates", [])
    )
    restores = tuple(
        Restore(item["operation"], item["read"], dict(item["body"]))
        for item in data.get("restores", [])
    )
    return Cleanup(data.get("name", Cleanup.name), creations, restores)


TEXT = {"type": "string", "minLength": 1}
VALUES = {"type": "object"}
STEP: dict[str, Any] = {
    "type": "object",
    "required": ["operation"],
    "properties": {
        "operation": TEXT,
        "path": VALUES,
        "query": VALUES,
        "body": {},
        "save": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    "additionalProperties": False,
}
REASONS = {"type": "object", "additionalProperties": TEXT}
# The run's own create: a step of the create it belongs to, so it names no operation.
OWN_STEP = {
    **STEP,
    "required": [],
    "properties": {key: value for key, value in STEP["properties"].items() if key != "operation"},
}
CLEANUP = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "name": TEXT,
        "creates": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["operation", "parameter", "own"],
                "additionalProperties": False,
                "properties": {
                    "operation": TEXT,
                    "parameter": TEXT,
                    "id": {"type": "string", "pattern": "^/"},
                    "own": OWN_STEP,
                    "undo": TEXT,
                    "read": TEXT,
                    "changes": {"type": "array", "items": TEXT, "uniqueItems": True},
                },
            },
        },
        "restores": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["operation", "read", "body"],
                "additionalProperties": False,
                "properties": {
                    "operation": TEXT,
                    "read": TEXT,
                    "body": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": {"type": "string", "pattern": "^(/|$)"},
                    },
                },
            },
        },
    },
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "unsafe": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "methods": REASONS,
                "operations": REASONS,
                "reaching_a_person": {"type": "array", "items": TEXT, "uniqueItems": True},
            },
        },
        "resources": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["parameter", "list", "id"],
                "additionalProperties": False,
                "properties": {
                    "parameter": TEXT,
                    "list": STEP,
                    "items": {"type": "string"},
                    "id": TEXT,
                    "create": STEP,
                },
            },
        },
        "links": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                },
            },
        },
        "rejections": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["operation", "status", "reason"],
                "additionalProperties": False,
                "properties": {
                    "operation": TEXT,
                    "status": {"type": "integer", "minimum": 100, "maximum": 599},
                    "reason": TEXT,
                },
            },
        },
        "cleanup": CLEANUP,
        "trigger": {
            "type": "object",
            "required": ["operation", "events"],
            "additionalProperties": False,
            "properties": {
                "operation": TEXT,
                "setup": {"type": "array", "items": STEP},
                "subscribe": {**STEP, "required": []},
                "events": {
                    "type": "object",
                    "minProperties": 1,
                    "additionalProperties": {
                        "oneOf": [
                            STEP,
                            {
                                "type": "object",
                                "required": ["inbound"],
                                "additionalProperties": False,
                                "properties": {"inbound": VALUES},
                            },
                        ]
                    },
                },
            },
        },
    },
}
