"""Operations: ids, summaries, descriptions, responses and path templates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, Operation, as_text
from ..registry import Hit, rule

SUMMARY_LIMIT = 120  # Microsoft's validator: "fewer than 120 characters" (OperationSummaryTooLong)
DESCRIPTION_LIMIT = 1000
RESTRICTED_IN_SUMMARY = "/\\<>*%&?"  # RestrictedCharactersInSummary's list
_SANITIZED_ID = re.compile(r"^[A-Za-z0-9_]+$")
_STATUS = re.compile(r"^[1-5][0-9][0-9]$")


def _written(operations: list[Operation]) -> list[Operation]:
    """Each operation once where it is written: a path item ``$ref`` repeats its target's."""
    by_place: dict[str, Operation] = {}
    for operation in operations:
        by_place.setdefault(operation.pointer, operation)
    return list(by_place.values())


@rule(
    "operation-id-missing",
    "error",
    "definition",
    title="Every operation has an operationId",
    fix="add a unique PascalCase 'operationId' to the operation",
    ms="OperationIdRequired",
)
def operation_id_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if not (operation.id or "").strip():
            yield operation.pointer, f"{operation.label} has no operationId"


@rule(
    "operation-id-duplicate",
    "error",
    "definition",
    title="operationIds are unique",
    fix="rename one of the operations so that each operationId is used once",
    ms="OperationIdNotUnique",
)
def operation_id_duplicate(definition: Definition) -> Iterator[Hit]:
    for operation_id, operations in definition.operations_by_id.items():
        first, *others = _written(operations)
        for other in others:
            yield (
                child(other.pointer, "operationId"),
                f"operationId '{operation_id}' is also used by {first.method.upper()} {first.path}",
            )


@rule(
    "operation-id-invalid",
    "warning",
    "definition",
    title="operationIds are alphanumeric",
    fix="use only letters, digits and '_' in the operationId",
    ms="OperationIdSanitized",
)
def operation_id_invalid(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        value = operation.id
        if value and not _SANITIZED_ID.match(value):
            yield (
                child(operation.pointer, "operationId"),
                f"operationId '{value}' has characters other than letters, digits and '_'",
            )


@rule(
    "summary-missing",
    "warning",
    "definition",
    title="Every operation has a summary",
    fix="add a 'summary': the action's name as users see it, e.g. 'Send a message'",
    ms="RequiredPropertyMissing",
)
def summary_missing(definition: Definition) -> Iterator[Hit]:
    # An internal operation is never shown to a maker, so it needs no name (merged DocuSignDemo
    # and Egnyte have internal operations without a summary).
    for operation in definition.operations:
        if not operation.summary.strip() and not operation.is_internal:
            yield operation.pointer, f"{operation.label} has no summary"


@rule(
    "summary-too-long",
    "error",
    "definition",
    title=f"Operation summaries are fewer than {SUMMARY_LIMIT} characters",
    fix=f"shorten the summary below {SUMMARY_LIMIT} characters; put detail in 'description'",
    ms="OperationSummaryTooLong",
)
def summary_too_long(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        summary = operation.summary.strip()
        if len(summary) >= SUMMARY_LIMIT:
            yield (
                child(operation.pointer, "summary"),
                f"summary is {len(summary)} characters (Microsoft's limit: fewer than "
                f"{SUMMARY_LIMIT})",
            )


@rule(
    "summary-restricted-characters",
    "error",
    "definition",
    title=f"Summaries have none of {RESTRICTED_IN_SUMMARY} and end with a letter, digit or a "
    "closing bracket",
    fix="remove the restricted characters and any trailing punctuation or space from the summary",
    ms=("RestrictedCharactersInSummary", "ValueMustEndWithAlphanumeric"),
)
def summary_restricted_characters(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        summary = operation.summary
        if not summary:
            continue
        restricted = [c for c in RESTRICTED_IN_SUMMARY if c in summary]
        if restricted:
            yield (
                child(operation.pointer, "summary"),
                f"summary {summary!r} contains {' '.join(restricted)}",
            )
        # A closing bracket ends a summary well: merged Airtable ends '[DEPRECATED]'.
        elif not (summary[-1].isalnum() or summary[-1] in ")]"):
            yield (
                child(operation.pointer, "summary"),
                f"summary {summary!r} ends with {summary[-1]!r}",
            )


@rule(
    "description-missing",
    "warning",
    "definition",
    title="Every operation has a description",
    fix="add a 'description': a full sentence saying what the operation does",
)
def description_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if not operation.description.strip():
            yield operation.pointer, f"{operation.label} has no description"


@rule(
    "description-too-long",
    "warning",
    "definition",
    title=f"Descriptions are at most {DESCRIPTION_LIMIT} characters",
    fix="shorten the description; link to documentation for the details",
    ms="FieldLengthExceeded",
)
def description_too_long(definition: Definition) -> Iterator[Hit]:
    places = [(op.pointer, op.data) for op in definition.operations]
    places += definition.parameter_definitions
    places += [(node.pointer, node.data) for node in definition.schemas]
    for pointer, node in places:
        text = (as_text(node.get("description")) or "").strip()
        if len(text) > DESCRIPTION_LIMIT:
            yield (
                child(pointer, "description"),
                f"description is {len(text)} characters (limit {DESCRIPTION_LIMIT})",
            )


@rule(
    "summary-equals-description",
    "warning",
    "definition",
    title="An operation's description says more than its summary",
    fix="write a description that adds to the summary instead of repeating it",
)
def summary_equals_description(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        summary = operation.summary.strip().rstrip(".").lower()
        description = operation.description.strip().rstrip(".").lower()
        if summary and summary == description:
            yield (
                child(operation.pointer, "description"),
                f"description of {operation.label} repeats its summary",
            )


@rule(
    "responses-missing",
    "warning",
    "definition",
    title="Every operation defines at least one response",
    fix="add a 'responses' object with the success response (e.g. '200') and its schema",
    ms="OperationMustHaveResponse",
)
def responses_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if not operation.responses:
            yield operation.pointer, f"{operation.label} has no responses"


@rule(
    "success-response-missing",
    "warning",
    "definition",
    title="Every operation defines a successful (2xx) response",
    fix="add the response the API returns on success, e.g. '200' with its schema",
    ms="OperationShouldHaveSuccessfulResponse",
)
def success_response_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        responses = operation.responses
        if responses and not any(status.startswith("2") for status in responses):
            yield child(operation.pointer, "responses"), f"{operation.label} has no 2xx response"


@rule(
    "response-code-invalid",
    "error",
    "definition",
    title="Response keys are HTTP status codes or 'default'",
    fix="use a three-digit HTTP status code such as '200', or 'default'",
    ms="ResponseMustBeDefaultOrHttpStatusCode",
)
def response_code_invalid(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        for status, response in operation.responses.items():
            if status != "default" and not status.startswith("x-") and not _STATUS.match(status):
                yield response.pointer, f"'{status}' is not an HTTP status code"


@rule(
    "default-response-schema",
    "warning",
    "definition",
    title="The 'default' response has no schema",
    fix="move the schema to the expected status code (e.g. '200') and leave 'default' without",
    ms="DefaultResponseHasSchema",
)
def default_response_schema(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        default = operation.responses.get("default")
        if default is not None and "schema" in default.data:
            yield default.pointer, f"the default response of {operation.label} has a schema"


@rule(
    "many-response-schemas",
    "warning",
    "definition",
    title="At most one successful response has a schema",
    fix="keep the schema on one 2xx response; the designer shows only one",
    ms="OperationHasManyResponsesWithSchema",
)
def many_response_schemas(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        with_schema = [
            status
            for status, response in operation.responses.items()
            if status.startswith("2") and "schema" in response.data
        ]
        if len(with_schema) > 1:
            yield (
                child(operation.pointer, "responses"),
                f"{operation.label} has schemas on {', '.join(with_schema)}",
            )
