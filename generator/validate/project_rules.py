"""The project's own style for its hand-written spec, on top of the certification rules.

``lint-spec`` runs these with every definition rule. Some of the style the
project asks for is already a definition rule and is not repeated here:
summaries at most 80 characters (``summary-too-long``), without a trailing
period (``summary-restricted-characters``), every operation described
(``description-missing``), unique operationIds (``operation-id-duplicate``) and
x-ms-summary on what users see (``parameter-summary-missing``,
``property-summary-missing``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..load.pointer import child
from ..model import Definition, as_dict, is_internal
from .registry import Hit, rule
from .rules.schemas import properties

ERROR_STATUSES = ("401", "429")
DUPLICATE_MIN_PROPERTIES = 3
_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_CAPITALISED = re.compile(r"^[A-Z][a-z]+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_PROSE = frozenset(
    {"description", "title", "x-ms-summary", "example", "x-ms-visibility", "default"}
)


@rule(
    "summary-sentence-case",
    "warning",
    "project",
    title="Operation summaries are in sentence case",
    fix="capitalise only the first word, acronyms and the product's name, e.g. 'Send a message'",
)
def summary_sentence_case(definition: Definition) -> Iterator[Hit]:
    title = as_dict(definition.data.get("info")).get("title")
    proper = set(_WORD.findall(title)) if isinstance(title, str) else set()
    for operation in definition.operations:
        summary = operation.data.get("summary")
        words = _WORD.findall(summary) if isinstance(summary, str) else []
        if not words:
            continue
        wrong = [w for w in words[1:] if _CAPITALISED.match(w) and w not in proper]
        if words[0][0].islower() or wrong:
            detail = f"capitalised: {', '.join(wrong)}" if wrong else "starts in lower case"
            yield (
                child(operation.pointer, "summary"),
                f"summary {summary!r} is not sentence case ({detail})",
            )


@rule(
    "operation-id-pascal-case",
    "warning",
    "project",
    title="operationIds are PascalCase",
    fix="write the operationId as PascalCase words without separators, e.g. 'SendMessage'",
)
def operation_id_pascal_case(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if operation.id and not _PASCAL.match(operation.id):
            yield (
                child(operation.pointer, "operationId"),
                f"operationId '{operation.id}' is not PascalCase",
            )


@rule(
    "x-ms-summary-missing",
    "warning",
    "project",
    title="Every parameter and schema property has an x-ms-summary, hidden ones too",
    fix="add 'x-ms-summary' with the field's label in Title Case",
)
def x_ms_summary_missing(definition: Definition) -> Iterator[Hit]:
    # The definition rules cover what users see; these are the body parameters and hidden fields.
    for pointer, parameter in definition.parameter_definitions:
        hidden = parameter.get("in") == "body" or is_internal(parameter)
        if hidden and not str(parameter.get("x-ms-summary") or "").strip():
            yield pointer, f"parameter '{parameter.get('name')}' has no x-ms-summary"
    for pointer, name, value, hidden in properties(definition):
        if hidden and "$ref" not in value and not str(value.get("x-ms-summary") or "").strip():
            yield pointer, f"hidden property '{name}' has no x-ms-summary"


@rule(
    "error-responses-missing",
    "warning",
    "project",
    title="Every operation declares its 401 and 429 responses",
    fix="add the missing responses, e.g. \"'401': {$ref: '#/responses/Unauthorized'}\"",
)
def error_responses_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        responses = as_dict(operation.data.get("responses"))
        missing = [status for status in ERROR_STATUSES if status not in responses]
        if missing:
            yield (
                child(operation.pointer, "responses"),
                f"{operation.label} does not declare {' and '.join(missing)}",
            )


@rule(
    "schema-duplicated",
    "warning",
    "project",
    title=f"No object schema of {DUPLICATE_MIN_PROPERTIES} or more properties is written out twice",
    fix="move the schema to 'definitions' once and '$ref' it from both places",
)
def schema_duplicated(definition: Definition) -> Iterator[Hit]:
    first: dict[str, str] = {}
    reported: list[str] = []
    for node in definition.schemas:
        if len(as_dict(node.data.get("properties"))) < DUPLICATE_MIN_PROPERTIES:
            continue
        if any(node.pointer.startswith(p + "/") for p in reported):
            continue  # inside a copy already reported
        key = json.dumps(_shape(node.data), sort_keys=True)
        original = first.setdefault(key, node.pointer)
        if original != node.pointer:
            reported.append(node.pointer)
            line = definition.document.line_of(original)
            yield node.pointer, f"this object has the same structure as {original} (line {line})"


def _shape(schema: Any) -> Any:
    """A schema without its prose: what makes two schemas the same structure."""
    if isinstance(schema, list):
        return [_shape(value) for value in schema]
    if not isinstance(schema, dict):
        return schema
    shaped = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            shaped[key] = {name: _shape(field) for name, field in value.items()}
        elif key not in _PROSE:
            shaped[key] = _shape(value)
    return shaped
