"""Path templates: their form, their uniqueness and their parameters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition
from ..registry import Hit, rule

_VARIABLE = re.compile(r"\{([^{}/]*)\}")


def _path_pointer(path: str) -> str:
    return child("", "paths", path)


def template_variables(path: str) -> list[str]:
    return _VARIABLE.findall(path)


@rule(
    "path-not-absolute",
    "error",
    "definition",
    title="Paths start with '/'",
    fix="begin the path with '/'",
    ms="OperationPathMustStartWithSlash",
)
def path_not_absolute(definition: Definition) -> Iterator[Hit]:
    for path in definition.path_items:
        if not path.startswith("/") and not path.startswith("x-"):
            yield _path_pointer(path), f"path '{path}' does not start with '/'"


@rule(
    "path-invalid-characters",
    "error",
    "definition",
    title="Paths have no query, fragment, wildcard, stray brace or variable default",
    fix="URL-encode '?', '#', '*' and lone braces, or move the query into 'in: query' parameters",
    ms=(
        "OperationPathContainsUnsupportedCharacters",
        "OperationPathMayNotContainQueryOrFragment",
        "OperationPathTemplateNotValid",
        "OperationPathVariablesContainDefaults",
    ),
)
def path_invalid_characters(definition: Definition) -> Iterator[Hit]:
    for path in definition.path_items:
        stray = _VARIABLE.sub("", path)
        for character, problem in (("?", "a query"), ("#", "a fragment"), ("*", "a wildcard")):
            if character in path:
                yield _path_pointer(path), f"path '{path}' contains {problem} ('{character}')"
        if any("=" in name for name in _VARIABLE.findall(path)):
            yield _path_pointer(path), f"path '{path}' sets a default with '=' in a variable"
        if "{" in stray or "}" in stray:
            yield _path_pointer(path), f"path '{path}' has a brace that encloses no variable"


@rule(
    "path-case-duplicate",
    "error",
    "definition",
    title="Paths differ by more than capitalisation",
    fix="merge the paths or make them differ in more than letter case",
    ms="PathRedefined",
)
def path_case_duplicate(definition: Definition) -> Iterator[Hit]:
    seen: dict[str, str] = {}
    for path in definition.path_items:
        first = seen.setdefault(path.lower(), path)
        if first != path:
            yield _path_pointer(path), f"path '{path}' differs from '{first}' only in case"


@rule(
    "path-indistinguishable",
    "error",
    "definition",
    title="Operations with one method have distinguishable path templates",
    fix="give one of the paths a different static segment",
    ms="DuplicateOperationPath",
)
def path_indistinguishable(definition: Definition) -> Iterator[Hit]:
    seen: dict[tuple[str, str], str] = {}
    for operation in definition.operations:
        shape = _VARIABLE.sub("{}", operation.path).lower()
        first = seen.setdefault((operation.method, shape), operation.path)
        if first.lower() != operation.path.lower():
            yield (
                operation.pointer,
                (
                    f"{operation.method.upper()} '{operation.path}' cannot be told from "
                    f"{operation.method.upper()} '{first}'"
                ),
            )


@rule(
    "path-parameter-undeclared",
    "error",
    "definition",
    title="Every path template variable is a declared path parameter",
    fix="add a parameter with 'in: path', 'required: true' and the variable's name",
    ms="OperationMissingPathParameter",
)
def path_parameter_undeclared(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        declared = {p.name for p in operation.parameters if p.location == "path"}
        for variable in template_variables(operation.path):
            if variable not in declared:
                yield (
                    operation.pointer,
                    f"{operation.label} declares no path parameter '{variable}' used in its path",
                )


@rule(
    "path-parameter-not-in-template",
    "error",
    "definition",
    title="Every path parameter appears in the path template",
    fix="add '{name}' to the path, or change the parameter's 'in'",
    ms="PathParameterNotDefinedInTemplate",
)
def path_parameter_not_in_template(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        variables = set(template_variables(operation.path))
        for parameter in operation.parameters:
            if parameter.location == "path" and parameter.name not in variables:
                yield (
                    parameter.pointer,
                    f"path parameter '{parameter.name}' is not in the path '{operation.path}'",
                )


@rule(
    "path-parameter-optional",
    "error",
    "definition",
    title="Path parameters are required",
    fix="set 'required: true' on the path parameter",
    ms="PathParameterMustBeRequired",
)
def path_parameter_optional(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("in") == "path" and parameter.get("required") is not True:
            yield pointer, f"path parameter '{parameter.get('name')}' is not required"


@rule(
    "path-parameter-encoding-missing",
    "warning",
    "definition",
    title="Path parameters say how they are URL-encoded",
    fix="add 'x-ms-url-encoding: single' to the path parameter",
    ms="PathParameterMissingEncoding",
)
def path_parameter_encoding_missing(definition: Definition) -> Iterator[Hit]:
    for pointer, parameter in definition.parameter_definitions:
        if parameter.get("in") == "path" and "x-ms-url-encoding" not in parameter:
            yield pointer, f"path parameter '{parameter.get('name')}' has no x-ms-url-encoding"
