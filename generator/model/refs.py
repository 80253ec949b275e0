"""The one ``$ref`` resolver: every stage follows references through it.

A definition's references form chains (a parameter refers to a shared
parameter, whose schema refers to a definition...). Following a chain either
ends at a value, or at a problem: a target that does not exist, or a chain that
comes back to where it passed before (a cycle; a self-reference is a cycle of
one). Problems are values, never exceptions, so each consumer decides what a
dead end means to it: validation reports it, the diff refuses the document,
the sandbox and the client generator skip what depends on it.

Only local references (``#/...``) are followed; a remote one is left as written
(Power Platform cannot load other files, and a rule says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal, TypeVar

from ..load.pointer import child, from_ref, resolve, walk

ProblemKind = Literal["missing", "cycle"]


@dataclass(frozen=True)
class RefProblem:
    """A ``$ref`` that leads nowhere: ``pointer`` is the ``$ref`` key of the object that has it."""

    pointer: str
    ref: str
    kind: ProblemKind
    message: str


@dataclass(frozen=True)
class Reference:
    """An object with a ``$ref``: where it is written, the object, and the reference."""

    pointer: str
    node: dict[str, Any]
    ref: str


@dataclass(frozen=True)
class Resolution:
    """Where a chain of references ends: the pointer and value there, or the problem."""

    pointer: str
    value: Any
    problem: RefProblem | None = None


class Resolver:
    """Follows ``$ref`` chains inside one document, read-only."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def target(self, ref: Any) -> Any:
        """The value a local ``$ref`` names (one hop), None when it is remote or names nothing."""
        pointer = _local_pointer(ref)
        if pointer is None:
            return None
        try:
            return resolve(self.data, pointer)
        except KeyError:
            return None

    def chain(self, pointer: str, node: Any) -> Resolution:
        """Follow ``node`` (found at ``pointer``) through every local ``$ref`` it leads to."""
        visited = [pointer]
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#"):
                return Resolution(pointer, node)  # remote: kept as written
            target = _local_pointer(ref)
            value = _MISSING if target is None else self._at(target)
            if target is None or value is _MISSING:
                return Resolution(pointer, None, _missing(pointer, ref))
            if target in visited:
                return Resolution(pointer, None, self._cycle(visited[visited.index(target) :]))
            visited.append(target)
            pointer, node = target, value
        return Resolution(pointer, node)

    def _cycle(self, loop: list[str]) -> RefProblem:
        """One problem per loop, however it is entered: at its first member in document order."""
        first = min(loop, key=lambda member: (len(member.split("/")), member))
        turn = loop.index(first)
        ordered = loop[turn:] + loop[:turn]
        ref = self._at(first)["$ref"]
        if len(ordered) == 1:
            return RefProblem(child(first, "$ref"), ref, "cycle", f"'{ref}' refers to itself")
        steps = " -> ".join(f"#{member}" for member in [*ordered, first])
        return RefProblem(child(first, "$ref"), ref, "cycle", f"a loop of references: {steps}")

    def follow(self, pointer: str, node: Any) -> tuple[str, dict[str, Any]]:
        """Where ``node``'s chain ends and the object there; ({pointer}, {}) on a dead end."""
        end = self.chain(pointer, node)
        return end.pointer, end.value if isinstance(end.value, dict) else {}

    def deref(self, node: Any) -> dict[str, Any]:
        """``node`` with its chain followed; {} when that is not an object."""
        return self.follow("", node)[1]

    @cached_property
    def references(self) -> list[Reference]:
        """Every object with a string ``$ref``, in document order."""
        return [
            Reference(pointer, value, value["$ref"])
            for pointer, value in walk(self.data)
            if isinstance(value, dict) and isinstance(value.get("$ref"), str)
        ]

    @cached_property
    def problems(self) -> list[RefProblem]:
        """Each dead end once: a missing target where it is written, a cycle at its first member,
        a schema composed of itself (through ``allOf``) at the ``$ref`` that closes the loop."""
        found: dict[tuple[str, str], RefProblem] = {}
        for reference in self.references:
            problem = self.chain(reference.pointer, reference.node).problem
            if problem is None:
                continue
            found.setdefault((problem.pointer, problem.kind), problem)
        for problem in self.composition_loops.values():
            found.setdefault((problem.pointer, problem.kind), problem)
        return list(found.values())

    @cached_property
    def composition_loops(self) -> dict[str, RefProblem]:
        """The ``allOf`` references that make a schema part of itself, by the pointer of the
        object holding the ``$ref``: without them every composition is finite.

        A schema may contain itself through ``properties`` or ``items`` (a tree), never through
        ``allOf``: that would be a schema made of infinitely many copies of itself.
        """
        edges: dict[str, list[tuple[str, Reference]]] = {}
        for reference in self.references:
            tokens = reference.pointer.rsplit("/", 2)
            if len(tokens) < 3 or tokens[1] != "allOf":
                continue
            end = self.chain(reference.pointer, reference.node)
            if end.problem is None:
                edges.setdefault(_composed(tokens[0]), []).append(
                    (_composed(end.pointer), reference)
                )
        return _loops(edges)

    def _at(self, pointer: str) -> Any:
        try:
            return resolve(self.data, pointer)
        except KeyError:
            return _MISSING


_MISSING = object()


def _composed(pointer: str) -> str:
    """The schema an ``allOf`` member is part of (``/definitions/A`` for ``.../A/allOf/0``)."""
    while True:
        head, _, index = pointer.rpartition("/")
        if not index.isdigit() or not head.endswith("/allOf"):
            return pointer
        pointer = head[: -len("/allOf")]


E = TypeVar("E")


def closing_edges(edges: dict[str, list[tuple[str, E]]]) -> list[tuple[E, list[str]]]:
    """The edges that close a loop in a directed graph, each with the loop's nodes (its first
    repeated last), by a depth first walk (iterative: chains may be long)."""
    closing: list[tuple[E, list[str]]] = []
    done: set[str] = set()
    for start in edges:
        if start in done:
            continue
        path = [start]
        pending = [iter(edges.get(start, []))]
        while pending:
            step = next(pending[-1], None)
            if step is None:
                done.add(path.pop())
                pending.pop()
                continue
            target, edge = step
            if target in path:
                closing.append((edge, [*path[path.index(target) :], target]))
            elif target not in done:
                path.append(target)
                pending.append(iter(edges.get(target, [])))
    return closing


def _loops(edges: dict[str, list[tuple[str, Reference]]]) -> dict[str, RefProblem]:
    """Each allOf reference that comes back to a schema still being composed closes a loop."""
    loops: dict[str, RefProblem] = {}
    for reference, members in closing_edges(edges):
        steps = " -> ".join(f"#{member}" for member in members)
        loops[reference.pointer] = RefProblem(
            child(reference.pointer, "$ref"),
            reference.ref,
            "cycle",
            f"a schema composed of itself through allOf: {steps}",
        )
    return loops


def _local_pointer(ref: Any) -> str | None:
    """``#/definitions/A`` -> ``/definitions/A``; None for a remote or malformed reference."""
    if not isinstance(ref, str):
        return None
    pointer = from_ref(ref)
    if pointer is None or (pointer and not pointer.startswith("/")):
        return None
    return pointer


def _missing(pointer: str, ref: str) -> RefProblem:
    return RefProblem(child(pointer, "$ref"), ref, "missing", f"'{ref}' does not resolve")
