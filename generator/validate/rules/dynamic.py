"""Dynamic values, lists and schemas: the operation they call and the parameters they pass."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...load.pointer import child
from ...model import Definition, Operation, as_dict
from ..registry import Hit, rule
from .schemas import typed_nodes

DYNAMIC_PROPERTIES = "x-ms-dynamic-properties"
DYNAMIC = (
    "x-ms-dynamic-values",
    "x-ms-dynamic-list",
    "x-ms-dynamic-schema",
    DYNAMIC_PROPERTIES,
)


@dataclass(frozen=True)
class Call:
    """One dynamic extension: where it is, what it says, and the operation it sits in (if any)."""

    pointer: str  # of the extension object
    extension: str
    data: dict[str, Any]
    caller: Operation | None
    holder_pointer: str  # of the parameter or schema carrying it

    @property
    def target_id(self) -> str | None:
        value = self.data.get("operationId")
        return value if isinstance(value, str) else None


def _holders(definition: Definition) -> Iterator[tuple[str, dict[str, Any]]]:
    """The places a dynamic extension may sit: schemas, parameters and their items."""
    yield from typed_nodes(definition)
    bodies = definition.parameter_definitions
    yield from ((pointer, value) for pointer, value in bodies if value.get("in") == "body")


def _calls(definition: Definition) -> list[Call]:
    operations = {operation.pointer: operation for operation in definition.operations}
    found = []
    for pointer, value in _holders(definition):
        for extension in DYNAMIC:
            if isinstance(value.get(extension), dict):
                caller = next(
                    (op for p, op in operations.items() if pointer.startswith(p + "/")), None
                )
                found.append(
                    Call(child(pointer, extension), extension, value[extension], caller, pointer)
                )
    return found


def calls(definition: Definition) -> list[Call]:
    """Every dynamic extension in the definition, with the operation it sits in."""
    return definition.cached(_calls)


def input_names(definition: Definition, operation: Operation) -> set[str]:
    """Names an operation's inputs answer to: its parameters and its body's top-level fields."""
    names = {parameter.name for parameter in operation.parameters}
    body = operation.body()
    if body is not None:
        names |= set(as_dict(definition.deref(body.data.get("schema")).get("properties")))
    return names


def operation_references(definition: Definition) -> Iterator[tuple[str, Any, str]]:
    """Every place naming an operation by id: (pointer of the id, the id, what names it)."""
    for call in calls(definition):
        if not {"builtInOperation", "capability"} & set(call.data):
            yield child(call.pointer, "operationId"), call.data.get("operationId"), call.extension
    for operation in definition.operations:
        notification = operation.data.get("x-ms-notification")
        if isinstance(notification, dict):
            pointer = child(operation.pointer, "x-ms-notification", "operationId")
            yield pointer, notification.get("operationId"), "x-ms-notification"
    capabilities = as_dict(definition.data.get("x-ms-capabilities"))
    test = as_dict(capabilities.get("testConnection"))
    if test:
        yield (
            child("", "x-ms-capabilities", "testConnection", "operationId"),
            (test.get("operationId")),
            "testConnection",
        )
    for step in ("open", "browse"):
        picker = as_dict(as_dict(capabilities.get("file-picker")).get(step))
        if picker:
            pointer = child("", "x-ms-capabilities", "file-picker", step, "operationId")
            yield pointer, picker.get("operationId"), f"file-picker {step}"


@rule(
    "operation-reference-unknown",
    "error",
    "definition",
    title="Extensions that call an operation name one that exists",
    fix="set 'operationId' to the id of an operation in this definition",
    ms="OperationIdNotFound",
)
def operation_reference_unknown(definition: Definition) -> Iterator[Hit]:
    for pointer, operation_id, source in operation_references(definition):
        if not isinstance(operation_id, str) or not operation_id:
            yield pointer, f"{source} names no operationId"
        elif operation_id not in definition.operations_by_id:
            yield pointer, f"{source} calls operation '{operation_id}', which does not exist"


@rule(
    "dynamic-parameter-unknown",
    "error",
    "definition",
    title="Dynamic extensions pass only parameters the called operation has",
    fix="use the called operation's parameter names as the keys of 'parameters'",
    ms="OperationParameterNameNotFound",
)
def dynamic_parameter_unknown(definition: Definition) -> Iterator[Hit]:
    for call in calls(definition):
        targets = definition.operations_by_id.get(call.target_id or "")
        if not targets:
            continue
        accepted = input_names(definition, targets[0])
        for key in as_dict(call.data.get("parameters")):
            if key.split("/")[0] not in accepted:
                yield (
                    child(call.pointer, "parameters", key),
                    f"operation '{call.target_id}' has no parameter '{key}'",
                )


@rule(
    "dynamic-reference-unknown",
    "error",
    "definition",
    title="Dynamic extensions refer only to parameters of their own operation",
    fix="refer to a parameter of this operation by its 'name', or pass a static value",
    ms="OperationParameterNameNotFound",
)
def dynamic_reference_unknown(definition: Definition) -> Iterator[Hit]:
    for call in calls(definition):
        if call.caller is None:
            continue
        available = input_names(definition, call.caller)
        for key, value in as_dict(call.data.get("parameters")).items():
            value = as_dict(value)
            source = value.get("parameter", value.get("parameterReference"))
            if isinstance(source, str) and source.split("/")[0] not in available:
                yield (
                    child(call.pointer, "parameters", key),
                    f"{call.caller.label} has no parameter '{source}' to pass as '{key}'",
                )


@rule(
    "dynamic-required-parameter-missing",
    "error",
    "definition",
    title="Dynamic extensions pass every required parameter of the called operation",
    fix="add the missing parameter to 'parameters', as a static value or a reference",
    ms="OperationMissingRequiredProperty",
)
def dynamic_required_parameter_missing(definition: Definition) -> Iterator[Hit]:
    for call in calls(definition):
        targets = definition.operations_by_id.get(call.target_id or "")
        if not targets:
            continue
        passed = {key.split("/")[0] for key in as_dict(call.data.get("parameters"))}
        for parameter in targets[0].parameters:
            data = parameter.data
            if (
                data.get("required") is True
                and parameter.location != "body"
                and "default" not in data
                and parameter.name not in passed
            ):
                yield (
                    call.pointer,
                    f"calls '{call.target_id}' without its required parameter '{parameter.name}'",
                )


@rule(
    "dynamic-on-body-parameter",
    "error",
    "definition",
    title="Dynamic extensions sit in the body's schema, not on the body parameter",
    fix="move the extension into the body parameter's 'schema'",
    ms="DynamicExtensionDefinitionNotAllowedInParameter",
)
def dynamic_on_body_parameter(definition: Definition) -> Iterator[Hit]:
    bodies = {p for p, value in definition.parameter_definitions if value.get("in") == "body"}
    for call in calls(definition):
        if call.holder_pointer in bodies:
            yield call.pointer, f"{call.extension} is on a body parameter"


def _schema_object_path(value_path: str) -> str:
    """Where the schema object is when x-ms-dynamic-schema reads its 'properties' there."""
    head, _, last = value_path.rpartition("/")
    return head if last == "properties" else value_path


def _points_into_properties(value_path: object) -> bool:
    return isinstance(value_path, str) and value_path.rpartition("/")[2] == "properties"


@rule(
    "dynamic-properties-path-mismatch",
    "warning",
    "definition",
    title="x-ms-dynamic-properties reads the schema where x-ms-dynamic-schema does",
    fix="set 'itemValuePath' of x-ms-dynamic-properties to the 'value-path' of "
    "x-ms-dynamic-schema without its '/properties' ending",
    ms="DynamicPropertiesItemValuePathMismatch",
)
def dynamic_properties_path_mismatch(definition: Definition) -> Iterator[Hit]:
    # x-ms-dynamic-properties is the newer form of x-ms-dynamic-schema, kept beside it for older
    # clients: both must find the same schema in the response, the newer one as an object (the
    # older one's value-path without a 'properties' ending).
    schemas = {
        call.holder_pointer: call.data.get("value-path")
        for call in calls(definition)
        if call.extension == "x-ms-dynamic-schema"
    }
    for call in calls(definition):
        if call.extension != DYNAMIC_PROPERTIES or call.holder_pointer not in schemas:
            continue
        value_path, item_path = schemas[call.holder_pointer], call.data.get("itemValuePath")
        if not isinstance(value_path, str) or not isinstance(item_path, str):
            continue
        expected = _schema_object_path(value_path)
        if item_path != expected:
            yield (
                child(call.pointer, "itemValuePath"),
                f"itemValuePath '{item_path}' should be '{expected}', "
                f"from x-ms-dynamic-schema's value-path '{value_path}'",
            )


@rule(
    "dynamic-properties-missing",
    "error",
    "definition",
    title="x-ms-dynamic-schema reading a schema's 'properties' comes with x-ms-dynamic-properties",
    fix="add x-ms-dynamic-properties beside x-ms-dynamic-schema, with the same operation and "
    "'itemValuePath' set to the value-path without its '/properties' ending",
    ms="DynamicPropertiesExtensionRequiredForPropertiesValuePath",
)
def dynamic_properties_missing(definition: Definition) -> Iterator[Hit]:
    holders = {c.holder_pointer for c in calls(definition) if c.extension == DYNAMIC_PROPERTIES}
    for call in calls(definition):
        value_path = call.data.get("value-path")
        if (
            call.extension == "x-ms-dynamic-schema"
            and _points_into_properties(value_path)
            and call.holder_pointer not in holders
        ):
            yield (
                child(call.pointer, "value-path"),
                f"value-path '{value_path}' reads schema properties, but no "
                "x-ms-dynamic-properties points to the schema object",
            )


TREE = "x-ms-dynamic-tree"
TREE_STEPS = ("open", "browse")
SELECTED_ITEM = "selectedItemValuePath"


def _trees(definition: Definition) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every x-ms-dynamic-tree: (the pointer of the parameter or schema holding it, the tree)."""
    for pointer, value in _holders(definition):
        if isinstance(value.get(TREE), dict):
            yield pointer, value[TREE]


def _passed_values(definition: Definition) -> Iterator[tuple[str, Any, str]]:
    """Every value an extension passes to the operation it calls: (pointer, value, passer)."""
    for call in calls(definition):
        for key, value in as_dict(call.data.get("parameters")).items():
            yield child(call.pointer, "parameters", key), value, call.extension
    steps = [
        (child(pointer, TREE, step), as_dict(tree.get(step)), f"{TREE} {step}")
        for pointer, tree in _trees(definition)
        for step in TREE_STEPS
    ]
    picker = as_dict(as_dict(definition.data.get("x-ms-capabilities")).get("file-picker"))
    steps += [
        (
            child("", "x-ms-capabilities", "file-picker", step),
            as_dict(picker.get(step)),
            f"file-picker {step}",
        )
        for step in TREE_STEPS
    ]
    for pointer, step, passer in steps:
        for key, value in as_dict(step.get("parameters")).items():
            yield child(pointer, "parameters", key), value, passer


@rule(
    "dynamic-tree-missing",
    "error",
    "definition",
    title="Dynamic values served by the file picker come with x-ms-dynamic-tree",
    fix="add x-ms-dynamic-tree beside x-ms-dynamic-values, with the 'open' and 'browse' "
    "operations the picker calls",
    ms="DynamicTreeExtensionMissing",
)
def dynamic_tree_missing(definition: Definition) -> Iterator[Hit]:
    # 'capability: file-picker' names no operation to call: the tree's operations are the picker's.
    trees = {pointer for pointer, _ in _trees(definition)}
    for call in calls(definition):
        if call.data.get("capability") == "file-picker" and call.holder_pointer not in trees:
            yield call.pointer, f"{call.extension} uses the file picker but has no {TREE} beside it"


@rule(
    "selected-item-misplaced",
    "error",
    "definition",
    title="selectedItemValuePath is passed only by x-ms-dynamic-tree's 'browse'",
    fix="pass the selected item only in the 'parameters' of x-ms-dynamic-tree 'browse'; elsewhere "
    "use a 'value' or a 'parameterReference'",
    ms="SelectedItemValuePathNotAllowedInThisPosition",
)
def selected_item_misplaced(definition: Definition) -> Iterator[Hit]:
    for pointer, value, passer in _passed_values(definition):
        if isinstance(value, dict) and SELECTED_ITEM in value and passer != f"{TREE} browse":
            yield child(pointer, SELECTED_ITEM), f"{passer} passes a {SELECTED_ITEM}"
