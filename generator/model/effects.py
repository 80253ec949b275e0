"""What calling an operation does to the world, judged once for every caller that must know.

The MCP server's tool annotations and the contract tests' gate on a live API read the
same judgement, so an operation the contract tests keep away from a real account is never
advertised to an agent as harmless. It is made from two things: the HTTP method (GET, HEAD
and OPTIONS change nothing; PUT and DELETE may be repeated; DELETE destroys) and the
profile's ``unsafe`` section, which names what Swagger cannot say (an operation that texts
a person or moves money is a POST like any other).
"""

from __future__ import annotations

from dataclasses import dataclass

from .definition import SAFE_METHODS, Operation
from .profile import Profile

REPEATABLE_METHODS = frozenset({"put", "delete"})
DESTRUCTIVE_METHODS = frozenset({"delete"})


@dataclass(frozen=True)
class Effect:
    """One operation's effect; the fields match MCP's tool annotation hints.

    ``unsafe_reason`` says why the operation must not reach a live API unless named
    (None for one the profile does not call unsafe).
    """

    read_only: bool
    destructive: bool
    idempotent: bool
    reaches_a_person: bool
    unsafe_reason: str | None


def effect_of(operation: Operation, profile: Profile) -> Effect:
    """The effect of ``operation`` by its method and what ``profile`` says of it."""
    name = operation.id or ""
    read_only = operation.method in SAFE_METHODS
    reaches_a_person = name in profile.reaching_a_person
    named_unsafe = profile.unsafe_operations.get(name)
    return Effect(
        read_only=read_only,
        destructive=not read_only
        and (operation.method in DESTRUCTIVE_METHODS or named_unsafe is not None),
        idempotent=(read_only or operation.method in REPEATABLE_METHODS) and not reaches_a_person,
        reaches_a_person=reaches_a_person,
        unsafe_reason=named_unsafe or profile.unsafe_methods.get(operation.method),
    )
