"""Swagger 2.0 schemas as the self-contained JSON Schema an MCP tool advertises.

A tool's schemas travel alone (no ``definitions`` of the spec beside them), and Copilot
Studio drops a tool whose schema holds a ``$ref``, a list of types or ``anyOf``/``oneOf``;
so every ``$ref`` is inlined (a recursive one once), ``allOf`` is merged beforehand as the
connector has it (:func:`..transform.power_platform.merge_all_of`), and nullability never
becomes ``["string", "null"]``: an input that may be null is simply left out, and an output
that may be null loses its ``type``. What Swagger spells unlike JSON Schema is translated (a
boolean ``exclusiveMinimum``, the ``file`` type, the ``x-ms-summary`` label as a
description); every other extension is dropped.

Inlining copies a definition into every place that names it: 40 definitions that each
name the next one twice would make 2**40 copies. So a tool's input (or output) schema is
inlined only while it stays within ``INLINE_BUDGET`` (about the characters it takes in
``mcp.py``) and ``INLINE_DEPTH`` levels, which every published connector's does (of 533,
the largest costs 90,000 and nests 12 levels). Past that the schema shares instead: each
definition it reaches is written once under its ``definitions`` (draft 7's place for them)
and named by a local ``$ref``, so it costs what the definitions cost, not their expansion;
such a tool is still valid and self-contained JSON Schema, though Copilot Studio will not
list it. All the tools' schemas together are bounded by ``MAX_TOOL_SCHEMAS`` (4 times the
1,400,000 of the largest published connector, Shopranos); past it, generation is refused
with the operation's place.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from ..errors import InputError
from ..load.pointer import child, split
from ..model import Definition

JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
COPIED = (
    "format",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "default",
    "title",
)
EXCLUSIVE = (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum"))
# The bounds, as data. Sizes are about the characters a schema takes in mcp.py: its own
# text, and the indent of its lines, 8 more for each schema it is nested in (see _spend).
INLINE_BUDGET = 150_000  # a tool's input or output schema, written out whole
INLINE_DEPTH = 32  # schemas nested in schemas, written out whole
MAX_TOOL_SCHEMAS = 6_000_000  # every tool's schemas together, shared or not
INDENT = 8
DEFINITIONS = "definitions"  # where a shared schema keeps what it names (draft 7's keyword)


class _Spent(Exception):
    """The schema written out whole would go past ``INLINE_BUDGET`` or ``INLINE_DEPTH``."""


class ToolSchemas:
    """The schemas of one definition's tools, with what they cost, the shared parts made once.

    ``definition`` is read (its ``allOf`` merged); ``origin`` is the definition as written,
    whose file and lines a refusal names.
    """

    def __init__(self, definition: Definition, origin: Definition) -> None:
        self.definition = definition
        self.origin = origin
        self.spent = 0  # characters of every tool's schemas so far
        # (pointer of a definition, output) -> its shared form, what it costs, what it names
        self._shared: dict[tuple[str, bool], tuple[dict[str, Any], int, list[str]]] = {}

    def convert(
        self, schemas: Sequence[Any], *, output: bool, place: str
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """``schemas`` (one tool's arguments, or its answer) as JSON Schema, and the
        ``definitions`` they share: none while they fit the inline bounds (see the module).

        ``place`` is the operation's pointer, for a refusal past ``MAX_TOOL_SCHEMAS``.
        """
        inline = _Conversion(self.definition, output, share=False)
        definitions: dict[str, Any] = {}
        try:
            converted, cost = [inline.convert(schema) for schema in schemas], inline.cost
        except _Spent:
            converted, definitions, cost = self._shared_forms(schemas, output)
        self.spent += cost
        if self.spent > MAX_TOOL_SCHEMAS:
            raise InputError(
                self.origin.path,
                f"the MCP tools' schemas take more than {MAX_TOOL_SCHEMAS:,} characters by "
                f"this operation's (at {place})",
                hint="each tool's schema carries every definition it uses; a connector this "
                "large is far beyond any published one: split it into smaller connectors",
                line=self.origin.line_of(place),
            )
        return converted, definitions

    def _shared_forms(
        self, schemas: Sequence[Any], output: bool
    ) -> tuple[list[dict[str, Any]], dict[str, Any], int]:
        """The schemas naming each definition by ``$ref``, and every definition they reach.

        A schema that is itself a ``$ref`` is written out one level, so that it keeps its
        type (an answer that is an object is not wrapped, whatever the size of its schema).
        """
        roots = _Conversion(self.definition, output, share=True)
        converted = [roots.convert(self.definition.deref(schema)) for schema in schemas]
        definitions: dict[str, Any] = {}
        cost, pending = roots.cost, deque(roots.named)
        while pending:  # a worklist, not recursion: a chain of definitions may be long
            pointer = pending.popleft()
            if _key(pointer) in definitions:
                continue
            schema, spent, named = self._definition(pointer, output)
            definitions[_key(pointer)] = schema
            cost += spent
            pending += named
        return converted, definitions, cost

    def _definition(self, pointer: str, output: bool) -> tuple[dict[str, Any], int, list[str]]:
        """The shared form of the schema at ``pointer``, converted once for every tool."""
        if (pointer, output) not in self._shared:
            conversion = _Conversion(self.definition, output, share=True)
            schema = conversion.convert(self.definition.resolver.target("#" + pointer))
            self._shared[pointer, output] = (schema, conversion.cost, conversion.named)
        return self._shared[pointer, output]


class _Conversion:
    """One schema (or one tool's) converted: written out whole within the inline bounds, or
    with each ``$ref`` left a ``$ref`` into ``definitions`` (``share``; ``named`` then lists
    the definitions' pointers, in the order first named)."""

    def __init__(self, definition: Definition, output: bool, *, share: bool) -> None:
        self.definition = definition
        self.output = output
        self.share = share
        self.budget: int | None = None if share else INLINE_BUDGET
        self.cost = 0
        self.named: list[str] = []

    def convert(self, schema: Any, seen: tuple[str, ...] = (), depth: int = 0) -> dict[str, Any]:
        if not isinstance(schema, dict):
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return self._reference(schema, ref, seen, depth)
        out = {key: schema[key] for key in COPIED if key in schema}
        _type(schema, out, self.output)
        _exclusive_bounds(schema, out)
        described = schema.get("description") or schema.get("x-ms-summary")
        if isinstance(described, str) and described.strip():
            out["description"] = " ".join(described.split())
        if isinstance(schema.get("enum"), list):
            out["enum"] = list(schema["enum"])
            if self.output and schema.get("x-nullable") is True and None not in out["enum"]:
                out["enum"].append(None)
        if isinstance(schema.get("pattern"), str) and _compiles(schema["pattern"]):
            out["pattern"] = schema["pattern"]
        self._spend(out, depth)
        self._children(schema, out, seen, depth + 1)
        return out

    def _reference(
        self, schema: dict[str, Any], ref: str, seen: tuple[str, ...], depth: int
    ) -> dict[str, Any]:
        end = self.definition.resolver.chain("", schema)
        if end.problem is not None or not isinstance(end.value, dict) or "$ref" in end.value:
            return {}  # leads nowhere (or to another file): any value
        if self.share:
            self.named.append(end.pointer)
            return {"$ref": "#" + quote(child("", DEFINITIONS, _key(end.pointer)), safe="/~")}
        if ref in seen:  # a recursive schema is described one level deep
            return {}
        return self.convert(end.value, (*seen, ref), depth)

    def _spend(self, out: dict[str, Any], depth: int) -> None:
        """Count what ``out`` (without its children) costs; stop past the inline bounds.

        A deep schema costs more than its text: the formatted module indents each of its
        lines (about one a key) by the levels it is nested in.
        """
        self.cost += len(repr(out)) + INDENT * depth * len(out)
        if self.budget is not None and (self.cost > self.budget or depth > INLINE_DEPTH):
            raise _Spent

    def _children(
        self, schema: dict[str, Any], out: dict[str, Any], seen: tuple[str, ...], depth: int
    ) -> None:
        properties = schema.get("properties")
        if isinstance(properties, dict):
            out["properties"] = {
                str(name): self.convert(value, seen, depth) for name, value in properties.items()
            }
        required = [name for name in schema.get("required") or [] if isinstance(name, str)]
        if required:
            out["required"] = list(dict.fromkeys(required))
        if isinstance(schema.get("items"), dict):
            out["items"] = self.convert(schema["items"], seen, depth)
        extra = schema.get("additionalProperties")
        if isinstance(extra, bool):
            out["additionalProperties"] = extra
        elif isinstance(extra, dict):
            out["additionalProperties"] = self.convert(extra, seen, depth)


def _key(pointer: str) -> str:
    """The name a shared schema is kept under: a definition's own name, else its pointer
    (which begins with ``/``, as no name kept as it is does)."""
    tokens = split(pointer)
    if len(tokens) == 2 and tokens[0] == "definitions" and not tokens[1].startswith("/"):
        return tokens[1]
    return pointer


def _type(schema: dict[str, Any], out: dict[str, Any], output: bool) -> None:
    kind = schema.get("type")
    if kind == "file":  # a file travels as its contents
        out["type"] = "string"
    elif (
        isinstance(kind, str)
        and kind in JSON_TYPES
        and not (output and schema.get("x-nullable") is True)
    ):
        out["type"] = kind


def _exclusive_bounds(schema: dict[str, Any], out: dict[str, Any]) -> None:
    """Swagger's ``exclusiveMinimum: true`` beside ``minimum`` is JSON Schema's number."""
    for flag, bound in EXCLUSIVE:
        if schema.get(flag) is True and isinstance(schema.get(bound), int | float):
            out[flag] = out.pop(bound)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
