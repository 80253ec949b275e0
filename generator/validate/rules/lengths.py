"""Lengths: Microsoft's hard limit on operationIds and the guidance's limit on summaries."""

from __future__ import annotations

from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition
from ..registry import Hit, rule
from .operations import SUMMARY_LIMIT

OPERATION_ID_LIMIT = 128  # OperationIdTooLong: "must be less than '{0}'"
SUMMARY_GUIDANCE = 80  # certification guidance: "phrases of 80 characters or shorter"


@rule(
    "operation-id-too-long",
    "error",
    "definition",
    title=f"operationIds are shorter than {OPERATION_ID_LIMIT} characters",
    fix=f"shorten the operationId below {OPERATION_ID_LIMIT} characters",
    ms="OperationIdTooLong",
)
def operation_id_too_long(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        value = operation.id or ""
        if len(value) >= OPERATION_ID_LIMIT:
            yield (
                child(operation.pointer, "operationId"),
                f"operationId is {len(value)} characters long (limit {OPERATION_ID_LIMIT - 1})",
            )


@rule(
    "summary-over-guidance",
    "warning",
    "definition",
    title=f"Operation summaries are at most {SUMMARY_GUIDANCE} characters, as the guidance says",
    fix=f"shorten the summary to {SUMMARY_GUIDANCE} characters; put detail in 'description'",
)
def summary_over_guidance(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        summary = operation.summary.strip()
        if SUMMARY_GUIDANCE < len(summary) < SUMMARY_LIMIT:  # at the limit, summary-too-long
            yield (
                child(operation.pointer, "summary"),
                f"summary is {len(summary)} characters (guidance: at most {SUMMARY_GUIDANCE})",
            )
