"""Path templates: their form, their uniqueness and their parameters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ...load.pointer import child
from ...model import HTTP_METHODS, Definition
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


def _accepts(variable_segment: str, static_segment: str) -> bool:
    """Whether a segment with variables matches a static one for some values of them."""
    statics = _VARIABLE.split(variable_segment)[::2]  # split keeps the names at odd places
    return re.fullmatch(".+".join(map(re.escape, statics)), static_segment) is not None


def _shape(segment: str) -> str:
    """A segment as routing sees it: its literal text, each variable written '{}'."""
    return _VARIABLE.sub("{}", segment)


@dataclass
class _Node:
    """One level of a tree of path shapes: children by segment shape, the paths ending here."""

    children: dict[str, _Node] = field(default_factory=dict)
    variables: list[str] = field(default_factory=list)  # the child shapes with a variable
    paths: list[str] = field(default_factory=list)

    def add(self, shapes: list[str], path: str) -> None:
        node = self
        for shape in shapes:
            if shape not in node.children:
                node.children[shape] = _Node()
                if "{}" in shape:
                    node.variables.append(shape)
            node = node.children[shape]
        node.paths.append(path)

    def overlaps(self, shapes: list[str], partial: bool = False) -> Iterator[str]:
        """The paths whose every segment is alike or accepts the other, one at least partly."""
        if not shapes:
            yield from self.paths if partial else ()
            return
        shape, rest = shapes[0], shapes[1:]
        if shape in self.children:
            yield from self.children[shape].overlaps(rest, partial)
        if "{}" in shape:  # a variable here may take the value of a static segment there
            for other, child in self.children.items():
                if "{}" not in other and _accepts(shape, other):
                    yield from child.overlaps(rest, True)
        else:  # a variable segment there may take this static one
            for other in self.variables:
                if _accepts(other, shape):
                    yield from self.children[other].overlaps(rest, True)


def _segments(path: str) -> list[str]:
    return [_shape(segment) for segment in path.lower().strip("/").split("/")]


@rule(
    "path-partly-duplicate",
    "warning",
    "definition",
    title="A path parameter's value cannot route a request to another operation",
    fix="give the paths a static segment that tells them apart, e.g. '/notes/recent' and "
    "'/notes/by-id/{noteId}'",
    ms="PartialDuplicateOperationPath",
)
def path_partly_duplicate(definition: Definition) -> Iterator[Hit]:
    # GET /notes/{noteId} with noteId 'recent' is GET /notes/recent: routing then depends on
    # the value. Paths are compared without case, as the service routes them. A tree per
    # method, by segment shape, finds the overlaps of each path by walking only the branches
    # that can overlap it, so the cost grows with the paths and their overlaps, not pairs.
    trees: dict[str, _Node] = {}
    for operation in definition.operations:
        trees.setdefault(operation.method, _Node()).add(_segments(operation.path), operation.path)
    for operation in definition.operations:
        alike = list(trees[operation.method].overlaps(_segments(operation.path)))
        if alike:
            yield (
                operation.pointer,
                f"{operation.method.upper()} '{operation.path}' overlaps "
                + ", ".join(f"'{path}'" for path in alike)
                + ": a path parameter whose value equals a static segment routes either way",
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


_LOCATIONS = ("query", "header", "path", "formData", "body")


@rule(
    "paths-malformed",
    "error",
    "definition",
    title="'paths' is an object of path items, each an object of operations",
    fix="write 'paths' as an object: each path template maps to an object whose "
    "keys are HTTP methods, each method to an operation object",
    ms="JsonTypeIncorrect",
)
def paths_malformed(definition: Definition) -> Iterator[Hit]:
    paths = definition.data.get("paths", {})
    if not isinstance(paths, dict):
        kind = type(paths).__name__
        yield "/paths", f"'paths' is a {kind}, not an object, so the definition has no operations"
        return
    for path, item in definition.path_items.items():
        if not isinstance(item, dict):
            yield _path_pointer(path), f"path '{path}' is a {type(item).__name__}, not an object"
            continue
        for method in HTTP_METHODS:
            if method in item and not isinstance(item[method], dict):
                yield (
                    child("", "paths", path, method),
                    f"{method.upper()} '{path}' is a {type(item[method]).__name__}, "
                    "not an operation object, so it is no operation",
                )


@rule(
    "parameter-malformed",
    "error",
    "definition",
    title="Every parameter list is a list of parameter objects with a name and a place",
    fix="write 'parameters' as a list of objects, each with 'name' and 'in' (query, header, "
    "path, formData or body), or a $ref to one under '#/parameters/'",
    ms="JsonTypeIncorrect",
)
def parameter_malformed(definition: Definition) -> Iterator[Hit]:
    for pointer, listed in _parameter_lists(definition):
        if not isinstance(listed, list):
            yield pointer, f"'parameters' is a {type(listed).__name__}, not a list"
            continue
        for index, written in enumerate(listed):
            place = child(pointer, index)
            if not isinstance(written, dict):
                yield place, f"a parameter is a {type(written).__name__}, not an object"
                continue
            parameter = definition.deref(written)
            if "$ref" in written and not parameter:
                continue  # a reference that leads nowhere has its own rule
            if not isinstance(parameter.get("name"), str) or not parameter.get("name"):
                yield place, "a parameter has no 'name'"
            if "in" not in parameter:
                yield place, f"parameter '{parameter.get('name')}' has no 'in'"
            elif parameter["in"] not in _LOCATIONS:
                yield place, f"parameter '{parameter.get('name')}' has 'in' {parameter['in']!r}"


def _parameter_lists(definition: Definition) -> Iterator[tuple[str, object]]:
    """Every 'parameters' written in a path item or an operation, where it is written."""
    for path, item in definition.path_items.items():
        if not isinstance(item, dict):
            continue
        if "parameters" in item:
            yield child("", "paths", path, "parameters"), item["parameters"]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "parameters" in operation:
                yield child("", "paths", path, method, "parameters"), operation["parameters"]
