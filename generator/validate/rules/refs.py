"""References: every ``$ref`` leads somewhere it may lead, and every definition is used.

Whether a reference leads anywhere is the one resolver's verdict
(``Definition.ref_problems``), so validation calls a dead end exactly what the
other stages skip or refuse.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ...load.pointer import child, split
from ...model import Definition, as_dict
from ...model.refs import ProblemKind
from ..registry import Hit, rule

_SECTIONS = {"parameter": "#/parameters/", "response": "#/responses/", "schema": "#/definitions/"}


@cache
def _kind(pointer: str) -> str:
    """What a ``$ref`` written at ``pointer`` stands for, from where it is written."""
    tokens = split(pointer)
    if len(tokens) >= 2 and tokens[-2] == "parameters" and tokens[-1].isdigit():
        return "parameter"
    if len(tokens) == 5 and tokens[0] == "paths" and tokens[3] == "responses":
        return "response"
    return "schema"


@rule(
    "ref-unresolved",
    "error",
    "definition",
    title="Every $ref resolves within the document",
    fix="point the $ref at an existing entry, or add the missing definition",
    ms=(
        "ParameterReferenceNotFound",
        "ResponseReferenceNotFound",
        "SchemaReferenceNotFound",
    ),
)
def ref_unresolved(definition: Definition) -> Iterator[Hit]:
    yield from _problems(definition, "missing")


@rule(
    "ref-cycle",
    "error",
    "definition",
    title="No chain of $ref comes back to where it started",
    fix="write the schema, parameter, response or path item out in full at one member "
    "of the loop, instead of its $ref",
    ms=(
        "ParameterRefLoopNotAllowed",
        "ResponseRefLoopNotAllowed",
        "SchemaRefLoopNotAllowed",
    ),
)
def ref_cycle(definition: Definition) -> Iterator[Hit]:
    yield from _problems(definition, "cycle")


def _problems(definition: Definition, kind: ProblemKind) -> Iterator[Hit]:
    """The resolver's dead ends of one kind, each once, at the ``$ref`` that shows it."""
    for problem in definition.ref_problems:
        if problem.kind == kind:
            yield problem.pointer, problem.message


@rule(
    "ref-invalid",
    "error",
    "definition",
    title="A $ref is local and points into the section its place needs",
    fix="use '#/definitions/…' for schemas, '#/parameters/…' for parameters, "
    "'#/responses/…' for responses; connectors cannot load other files",
    ms=(
        "ParameterReferenceNotValid",
        "JsonPointerNotValid",
        "ResponseReferenceNotValid",
        "SchemaReferenceNotValid",
    ),
)
def ref_invalid(definition: Definition) -> Iterator[Hit]:
    for reference in definition.references:
        pointer, ref = reference.pointer, reference.ref
        if split(pointer)[:1] == ["paths"] and len(split(pointer)) == 2:
            continue  # a path item $ref has its own rule
        expected = _SECTIONS[_kind(pointer)]
        if not ref.startswith(expected):
            yield (
                child(pointer, "$ref"),
                f"'{ref}' is used as a {_kind(pointer)} but is not under '{expected}'",
            )


@rule(
    "path-item-ref",
    "error",
    "definition",
    title="Path items are written out, not referenced",
    fix="write the operations under the path instead of a $ref",
    ms="PathItemRefNotSuppored",
)
def path_item_ref(definition: Definition) -> Iterator[Hit]:
    for path, item in definition.path_items.items():
        if isinstance(item, dict) and "$ref" in item:
            yield child("", "paths", path, "$ref"), f"path '{path}' is a $ref"


@rule(
    "ref-with-siblings",
    "warning",
    "definition",
    title="An object with a $ref has no other keys",
    fix="move the other keys into the referenced definition; they are ignored beside $ref",
    ms="AdditionalPropertyNotAllowedAdjacentToRef",
)
def ref_with_siblings(definition: Definition) -> Iterator[Hit]:
    for reference in definition.references:
        others = sorted(key for key in reference.node if key != "$ref")
        if others:
            yield reference.pointer, f"'{reference.ref}' has keys beside it: {', '.join(others)}"


@rule(
    "definition-unused",
    "warning",
    "definition",
    title="Every reusable definition, parameter and response is referenced",
    fix="reference it where it belongs, or delete it",
)
def definition_unused(definition: Definition) -> Iterator[Hit]:
    used = {reference.ref for reference in definition.references}
    prefixes = {ref.rsplit("/", 1)[0] + "/" for ref in used}
    for section in ("definitions", "parameters", "responses"):
        for name in as_dict(definition.data.get(section)):
            pointer = child("", section, name)
            ref = "#" + pointer
            if ref not in used and not any(p.startswith(ref + "/") for p in prefixes):
                yield pointer, f"{section[:-1]} '{name}' is never referenced"
