"""Certification's string rules: how descriptions end, which characters labels use, their case.

Sources (Microsoft Learn):
- https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission
  (operation and parameter summaries and descriptions; operation visibility)
- https://learn.microsoft.com/en-us/connectors/custom-connectors/connector-string-guidance
  (operation summary: sentence case, no '/'; description: sentence case, "no period
  required if there's a single word"; parameter and property x-ms-summary: Title case)

The rules that also hold outside certification (summary length, a trailing character, a
missing description) are definition rules already and are not repeated here.

Every rule here is a warning: the guidance says how strings "should" read, and Microsoft
merged certified connectors that read otherwise (of 309 in ../shared/connectors, most have
descriptions without a final period, labels with '-' or '/', deletes not marked advanced),
so none of them blocks a submission.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, is_internal
from ..registry import Hit, rule
from ..rules.schemas import properties

# "none" is documented (the default listing), though Microsoft's JSON schema lacks it.
VISIBILITIES = ("none", "important", "advanced", "internal")
SENTENCE_END = re.compile(r"[.!?][\"')\]]*$")
LABEL = re.compile(r"^[A-Za-z0-9 ()]+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
# Words Title Case leaves in lower case unless they come first (Microsoft Writing Style Guide,
# https://learn.microsoft.com/en-us/style-guide/capitalization).
MINOR_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "via",
        "vs",
        "with",
    ]
)


def _labels(definition: Definition) -> Iterator[tuple[str, str]]:
    """Every visible x-ms-summary of a parameter or property: (pointer, text)."""
    for pointer, parameter in definition.parameter_definitions:
        label = parameter.get("x-ms-summary")
        if isinstance(label, str) and label.strip() and not is_internal(parameter):
            yield child(pointer, "x-ms-summary"), label
    for pointer, _name, value, hidden in properties(definition):
        label = value.get("x-ms-summary")
        if isinstance(label, str) and label.strip() and not hidden:
            yield child(pointer, "x-ms-summary"), label


def _descriptions(definition: Definition) -> Iterator[tuple[str, str]]:
    """Every description a person reads: operations' and visible parameters'."""
    for operation in definition.operations:
        if isinstance(operation.data.get("description"), str) and not operation.is_internal:
            yield child(operation.pointer, "description"), operation.data["description"]
    for pointer, parameter in definition.parameter_definitions:
        text = parameter.get("description")
        if isinstance(text, str) and not is_internal(parameter):
            yield child(pointer, "description"), text


@rule(
    "description-punctuation",
    "warning",
    "certification",
    title="Descriptions are sentences that end in punctuation",
    fix="end the description with '.', '!' or '?' (a single word needs none)",
)
def description_punctuation(definition: Definition) -> Iterator[Hit]:
    for pointer, text in _descriptions(definition):
        text = text.strip()
        if len(text.split()) > 1 and not SENTENCE_END.search(text):
            yield pointer, f"description {_quote(text)} does not end in punctuation"


@rule(
    "label-characters",
    "warning",
    "certification",
    title="Summaries and x-ms-summary labels use only letters, digits, spaces and parentheses",
    fix="rewrite the label without other characters, e.g. 'Phone Number (10 Digits)'",
)
def label_characters(definition: Definition) -> Iterator[Hit]:
    summaries = [
        (child(operation.pointer, "summary"), operation.data["summary"])
        for operation in definition.operations
        if isinstance(operation.data.get("summary"), str)
    ]
    for pointer, text in [*summaries, *_labels(definition)]:
        if not LABEL.match(text):
            others = sorted({c for c in text if not LABEL.match(c)})
            yield pointer, f"{_quote(text)} contains {' '.join(repr(c) for c in others)}"


@rule(
    "operation-visibility",
    "warning",
    "certification",
    title="Operations are shown as prominently as they deserve (x-ms-visibility)",
    fix="mark the main operations 'important' and every delete 'advanced' (or 'internal'); "
    "leave the others unmarked, which the designer shows normally",
)
def operation_visibility(definition: Definition) -> Iterator[Hit]:
    # Microsoft's schema has no explicit 'none' for operations: unmarked is the normal listing.
    operations = definition.operations
    for operation in operations:
        value = operation.data.get("x-ms-visibility")
        if value is not None and value not in VISIBILITIES:
            yield (
                child(operation.pointer, "x-ms-visibility"),
                f"x-ms-visibility {value!r} is not one of {', '.join(VISIBILITIES)}",
            )
        elif operation.method == "delete" and value not in ("advanced", "internal"):
            yield operation.pointer, f"{operation.label} deletes, but is not marked advanced"
    if operations and not any(op.data.get("x-ms-visibility") == "important" for op in operations):
        yield "/paths", "no operation is marked important, so makers see no main action first"


@rule(
    "label-title-case",
    "warning",
    "certification",
    title="Parameter and property labels (x-ms-summary) are in Title Case",
    fix="capitalise every word but articles, short conjunctions and prepositions, "
    "e.g. 'Phone Number of the Contact'",
)
def label_title_case(definition: Definition) -> Iterator[Hit]:
    for pointer, text in _labels(definition):
        words = _WORD.findall(text)
        lower = [
            word
            for index, word in enumerate(words)
            if word[0].islower() and (index == 0 or word.lower() not in MINOR_WORDS)
        ]
        if lower:
            yield pointer, f"{_quote(text)} is not Title Case ({', '.join(lower)})"


def _quote(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
