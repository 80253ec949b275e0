"""Request content: the MIME types an operation consumes, form fields and files."""

from __future__ import annotations

from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, Operation, as_dict
from ..registry import Hit, rule
from .schemas import input_schemas

URL_ENCODED, MULTIPART = "application/x-www-form-urlencoded", "multipart/form-data"
BINARY = ("string", "binary")  # (type, format) of raw bytes
# The request MIME types Microsoft's page names as valid (MimeTypeNotValid).
SUPPORTED_CONSUMES = (
    "application/json",
    "text/plain",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
)


def _sends_content(operation: Operation) -> bool:
    return any(p.location in ("body", "formData") for p in operation.parameters)


def _consumes_pointer(definition: Definition, operation: Operation) -> str:
    if "consumes" in operation.data:
        return child(operation.pointer, "consumes")
    return "/consumes" if "consumes" in definition.data else operation.pointer


def _media_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _url_encoded_only(operation: Operation) -> bool:
    """The form goes url-encoded: multipart, which can carry files, is not on offer."""
    consumes = {_media_type(value) for value in operation.media_types("consumes")}
    return URL_ENCODED in consumes and MULTIPART not in consumes


def _root_schemas(definition: Definition, holders: list[tuple[str, dict]]) -> set[str]:
    """Where the schema of each holder (a response, a body) is written, and where its $ref leads."""
    roots = set()
    for pointer, holder in holders:
        if "schema" in holder:
            written = child(pointer, "schema")
            roots |= {written, definition.follow(written, holder["schema"])[0]}
    return roots


@rule(
    "consumes-missing",
    "warning",
    "definition",
    title="An operation with a body or form consumes a supported MIME type",
    fix="add 'consumes' (on the operation or the document) with e.g. 'application/json'",
    ms="ConsumesMissing",
)
def consumes_missing(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if not _sends_content(operation):
            continue
        consumes = [_media_type(v) for v in operation.media_types("consumes")]
        if not any(value in SUPPORTED_CONSUMES for value in consumes):
            yield (
                _consumes_pointer(definition, operation),
                f"{operation.label} sends a body but consumes none of "
                + ", ".join(SUPPORTED_CONSUMES),
            )


@rule(
    "consumes-mime-unsupported",
    "warning",
    "definition",
    title="Operations consume only the MIME types connectors support",
    fix="list only " + ", ".join(SUPPORTED_CONSUMES) + " in 'consumes'",
    ms=("MimeTypeNotSupported", "MimeTypeNotValid"),
)
def consumes_mime_unsupported(definition: Definition) -> Iterator[Hit]:
    places = [("", definition.data)] + [(op.pointer, op.data) for op in definition.operations]
    done: set[str] = set()
    for pointer, holder in places:
        values = holder.get("consumes")
        where = child(pointer, "consumes")
        if not isinstance(values, list) or where in done:
            continue
        done.add(where)
        for index, value in enumerate(values):
            if not isinstance(value, str) or _media_type(value) not in SUPPORTED_CONSUMES:
                yield child(where, index), f"MIME type {value!r} is not supported in 'consumes'"


@rule(
    "form-data-name-not-ascii",
    "error",
    "definition",
    title="formData parameter names are US-ASCII",
    fix="rename the form field with US-ASCII characters only",
    ms="InvalidFormDataParameterName",
)
def form_data_name_not_ascii(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        name = parameter.get("name")
        if parameter.get("in") == "formData" and isinstance(name, str) and not name.isascii():
            yield child(pointer, "name"), f"form field name {name!r} is not US-ASCII"


@rule(
    "schema-type-file-misplaced",
    "error",
    "definition",
    title="Schemas of type 'file' are only the root schema of a response",
    fix="use type string with format binary, or a formData parameter of type file for uploads",
    ms="SchemaTypeFileNotValid",
)
def schema_type_file_misplaced(definition: Definition) -> Iterator[Hit]:
    roots = _root_schemas(definition, definition.response_definitions)
    for node in definition.schemas:
        if node.data.get("type") == "file" and node.pointer not in roots:
            yield child(node.pointer, "type"), "type 'file' is allowed only as a response's schema"


@rule(
    "binary-in-url-encoded-form",
    "error",
    "definition",
    title="A url-encoded form carries no string/binary field",
    fix="consume multipart/form-data for the upload, or send the field as text",
    ms="StringBinaryNotSupportedForFormUrlEncoded",
)
def binary_in_url_encoded_form(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        if not _url_encoded_only(operation):
            continue
        for parameter in operation.parameters:
            if parameter.location == "formData" and (parameter.type, parameter.format) == BINARY:
                yield parameter.pointer, f"form field '{parameter.name}' is string/binary"


@rule(
    "binary-property-nested",
    "warning",
    "definition",
    title="string/binary is the whole request body, never a field inside it",
    fix="make the body's schema itself string/binary, or send the file as a formData parameter",
    ms="InvalidStringBinaryProperty",
)
def binary_property_nested(definition: Definition) -> Iterator[Hit]:
    bodies = [(p, v) for p, v in definition.parameter_definitions if v.get("in") == "body"]
    roots = _root_schemas(definition, bodies)
    for pointer, schema in input_schemas(definition):
        if (schema.get("type"), schema.get("format")) == BINARY and pointer not in roots:
            yield pointer, "a string/binary field inside a request body"


@rule(
    "response-example-not-produced",
    "error",
    "definition",
    title="Response examples are given only for MIME types the operation produces",
    fix="key each example by a MIME type listed in 'produces', or add the type to 'produces'",
    ms="ResponseExampleMustBeProducedByOperation",
)
def response_example_not_produced(definition: Definition) -> Iterator[Hit]:
    reported: set[str] = set()  # a shared response is written once, whatever uses it
    for operation in definition.operations:
        produces = {_media_type(value) for value in operation.media_types("produces")}
        if not produces:
            continue  # nothing declared to compare with
        for status, listed in as_dict(operation.data.get("responses")).items():
            pointer, response = definition.follow(
                child(operation.pointer, "responses", status), listed
            )
            for media_type in as_dict(response.get("examples")):
                where = child(pointer, "examples", media_type)
                if _media_type(media_type) not in produces and where not in reported:
                    reported.add(where)
                    yield where, f"{operation.label} does not produce {media_type}"
