"""Parameters: their place, their names, their labels."""

from __future__ import annotations

from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, as_list, is_internal
from ..registry import Hit, rule

X_MS_SUMMARY_LIMIT = 80


def visible_parameters(definition: Definition) -> Iterator[tuple[str, dict]]:
    """Parameters a user fills in: not the body (its properties carry the labels), not internal."""
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("in") != "body" and not is_internal(parameter):
            yield pointer, parameter


@rule(
    "parameter-summary-missing",
    "warning",
    "definition",
    title="Every visible parameter has an x-ms-summary",
    fix="add 'x-ms-summary': the parameter's label in Title Case, e.g. 'Contact ID'",
    ms="RequiredPropertyMissing",
)
def parameter_summary_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in visible_parameters(definition):
        if not str(parameter.get("x-ms-summary") or "").strip():
            yield pointer, f"parameter '{parameter.get('name')}' has no x-ms-summary"


@rule(
    "parameter-description-missing",
    "warning",
    "definition",
    title="Every visible parameter has a description",
    fix="add a 'description' sentence that says what to enter",
    ms="RequiredPropertyMissing",
)
def parameter_description_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in visible_parameters(definition):
        if not str(parameter.get("description") or "").strip():
            yield pointer, f"parameter '{parameter.get('name')}' has no description"


@rule(
    "x-ms-summary-too-long",
    "warning",
    "definition",
    title=f"x-ms-summary labels are at most {X_MS_SUMMARY_LIMIT} characters",
    fix=f"shorten the x-ms-summary to {X_MS_SUMMARY_LIMIT} characters",
    ms="FieldLengthExceeded",
)
def x_ms_summary_too_long(definition: Definition) -> Iterator[Hit]:
    places = definition.parameter_definitions + [(n.pointer, n.data) for n in definition.schemas]
    for pointer, node in places:
        label = node.get("x-ms-summary")
        if isinstance(label, str) and len(label) > X_MS_SUMMARY_LIMIT:
            yield (
                child(pointer, "x-ms-summary"),
                f"x-ms-summary is {len(label)} characters (limit {X_MS_SUMMARY_LIMIT})",
            )


@rule(
    "body-parameter-in-get",
    "warning",
    "definition",
    title="GET operations have no body or formData parameter",
    fix="send the values as query parameters, or use POST",
    ms="BodyOrFormDataParameterInFetchOperationNotAllowed",
)
def body_parameter_in_get(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if operation.method != "get":
            continue
        for parameter in operation.parameters:
            if parameter.location in ("body", "formData"):
                yield (
                    parameter.pointer,
                    f"GET {operation.path} has {parameter.location} parameter '{parameter.name}'",
                )


@rule(
    "parameter-duplicate",
    "error",
    "definition",
    title="An operation lists each parameter (name and location) once",
    fix="remove the repeated parameter",
    ms=(
        "OperationParametersAreNotUnique",
        "OperationParametersContainDuplicateParameter",
        "PathParametersContainDuplicateParameter",
    ),
)
def parameter_duplicate(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        listed = [definition.deref(p) for p in as_list(operation.data.get("parameters"))]
        seen: set[tuple[str, str]] = set()
        for index, parameter in enumerate(listed):
            key = (str(parameter.get("name")), str(parameter.get("in")))
            if parameter and key in seen:
                yield (
                    child(operation.pointer, "parameters", index),
                    f"{operation.label} lists '{key[0]}' in {key[1]} twice",
                )
            seen.add(key)


@rule(
    "body-parameter-conflict",
    "error",
    "definition",
    title="An operation has at most one body parameter, and not with formData",
    fix="keep a single body parameter, or use only formData parameters",
    ms=(
        "OperationParametersContainMultipleBodyParameters",
        "PathParametersContainMultipleBodyParameters",
        "ParameterListContainsFormDataAndBody",
    ),
)
def body_parameter_conflict(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        bodies = [p for p in operation.parameters if p.location == "body"]
        forms = [p for p in operation.parameters if p.location == "formData"]
        for extra in bodies[1:]:
            yield extra.pointer, f"{operation.label} has more than one body parameter"
        if bodies and forms:
            yield forms[0].pointer, f"{operation.label} has both body and formData parameters"


@rule(
    "body-parameter-schema-missing",
    "error",
    "definition",
    title="Body parameters define a schema, other parameters do not",
    fix="describe a body parameter's type under 'schema'; give others a 'type' instead",
    ms=(
        "BodyParameterSchemaRequired",
        "NonBodyParameterSchemaNotValid",
    ),
)
def body_parameter_schema_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        has_schema = isinstance(parameter.get("schema"), dict)
        if parameter.get("in") == "body" and not has_schema:
            yield pointer, f"body parameter '{parameter.get('name')}' has no schema"
        elif parameter.get("in") not in ("body", None) and "schema" in parameter:
            yield (
                child(pointer, "schema"),
                f"{parameter.get('in')} parameter '{parameter.get('name')}' cannot have a schema",
            )


@rule(
    "file-parameter-not-form-data",
    "error",
    "definition",
    title="Parameters of type 'file' are formData parameters",
    fix="set 'in: formData' (and consumes multipart/form-data), or use type string/binary",
    ms="FileParameterMustBeInFormData",
)
def file_parameter_not_form_data(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("type") == "file" and parameter.get("in") != "formData":
            yield pointer, f"file parameter '{parameter.get('name')}' is in {parameter.get('in')}"


@rule(
    "parameter-name-reserved",
    "error",
    "definition",
    title="No parameter is named 'connectionId'",
    fix="rename the parameter; 'connectionId' is reserved by the platform",
    ms=(
        "ConnectionIdParameterNotAllowed",
        "ReservedParameterIsUsed",
    ),
)
def parameter_name_reserved(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if str(parameter.get("name", "")).lower() == "connectionid":
            yield child(pointer, "name"), "a parameter is named 'connectionId', which is reserved"


@rule(
    "internal-without-default",
    "warning",
    "definition",
    title="Required internal parameters have a default value",
    fix="give the internal parameter a 'default', or make it visible",
)
def internal_without_default(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if (
            is_internal(parameter)
            and parameter.get("required") is True
            and parameter.get("in") != "body"
            and "default" not in parameter
        ):
            yield (
                pointer,
                f"parameter '{parameter.get('name')}' is internal and required, without default",
            )


@rule(
    "query-parameter-encoding",
    "warning",
    "definition",
    title="Query parameters carry no x-ms-url-encoding",
    fix="remove x-ms-url-encoding; query values are always encoded once",
    ms="QueryParameterEncodingNotSupported",
)
def query_parameter_encoding(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("in") == "query" and "x-ms-url-encoding" in parameter:
            yield (
                child(pointer, "x-ms-url-encoding"),
                f"query parameter '{parameter.get('name')}' sets x-ms-url-encoding",
            )


@rule(
    "internal-optional",
    "warning",
    "definition",
    title="Internal parameters with a default are required",
    fix="set 'required: true'; optional internal values are never sent",
    ms=(
        "InternalPropertyWithDefaultOptional",
        "PropertyMustBeRequired",
    ),
)
def internal_optional(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if (
            is_internal(parameter)
            and "default" in parameter
            and parameter.get("required") is not True
        ):
            yield (
                pointer,
                f"parameter '{parameter.get('name')}' is internal with a default, not required",
            )
