"""x-ms-api-annotation (operation families and replacements), x-ms-pageable and x-ms-editor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ...load.pointer import child
from ...model import Definition, Operation, as_dict
from ..registry import Hit, rule
from .schemas import typed_nodes

NEXT_LINK_NAMES = ("nextLink", "@odata.nextLink")
ACTIVE_LIMIT = 2  # "Operation families are limited to two non-deprecated operations"


def _annotation(operation: Operation) -> dict:
    return as_dict(operation.data.get("x-ms-api-annotation"))


@rule(
    "api-annotation-replacement-invalid",
    "error",
    "definition",
    title="An x-ms-api-annotation replacement is on a deprecated operation and names api and "
    "operationId",
    fix="mark the operation 'deprecated: true' and give 'replacement' both 'api' and 'operationId'",
    ms=(
        "ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
        "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
        "ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
    ),
)
def api_annotation_replacement_invalid(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        annotation = _annotation(operation)
        if "replacement" not in annotation:
            continue
        where = child(operation.pointer, "x-ms-api-annotation", "replacement")
        replacement = as_dict(annotation["replacement"])
        if not operation.deprecated:
            yield where, f"{operation.label} has a replacement but is not deprecated"
        for key in ("api", "operationId"):
            if not replacement.get(key):
                yield where, f"the replacement of {operation.label} does not name its '{key}'"


@rule(
    "operation-family-invalid",
    "error",
    "definition",
    title="An operation family has unique revisions and at most two active operations",
    fix="give each operation of the family its own 'revision' and deprecate older ones",
    ms=(
        "OperationFamilyHasDuplicateRevisions",
        "OperationFamilyHasManyActiveOperations",
        "OperationFamilyHasManyActiveProductionOperations",
        "OperationFamilyHasManyEmptyRevisions",
        "OperationRevisionEmpty",
    ),
)
def operation_family_invalid(definition: Definition) -> Iterator[Hit]:
    families: dict[str, list[Operation]] = defaultdict(list)
    for operation in definition.operations:
        family = _annotation(operation).get("family")
        if isinstance(family, str) and family:
            families[family].append(operation)
    for family, members in families.items():
        yield from _family_problems(family, members)


def _family_problems(family: str, members: list[Operation]) -> Iterator[Hit]:
    revisions: dict[object, Operation] = {}
    for operation in members:
        revision = _annotation(operation).get("revision")
        where = child(operation.pointer, "x-ms-api-annotation")
        if revision is None and len(members) > 1:
            yield where, f"{operation.label} in family '{family}' gives no revision"
        elif revision in revisions:
            yield where, f"family '{family}' has revision {revision!r} twice"
        revisions.setdefault(revision, operation)
    active = [op for op in members if not op.deprecated]
    production = [op for op in active if _annotation(op).get("status") == "Production"]
    if len(active) > ACTIVE_LIMIT:
        yield active[-1].pointer, f"family '{family}' has {len(active)} operations not deprecated"
    if len(production) > 1:
        yield production[-1].pointer, f"family '{family}' has {len(production)} in Production"


@rule(
    "next-link-name-invalid",
    "error",
    "definition",
    title="x-ms-pageable nextLinkName is 'nextLink' or '@odata.nextLink'",
    fix="name the next-page field 'nextLink' or '@odata.nextLink'",
    ms="InvalidNextLinkNameValue",
)
def next_link_name_invalid(definition: Definition) -> Iterator[Hit]:
    for operation in definition.operations:
        pageable = operation.data.get("x-ms-pageable")
        name = as_dict(pageable).get("nextLinkName")
        if isinstance(pageable, dict) and name not in NEXT_LINK_NAMES:
            yield (
                child(operation.pointer, "x-ms-pageable", "nextLinkName"),
                f"nextLinkName {name!r} is not one of {', '.join(NEXT_LINK_NAMES)}",
            )


@rule(
    "dictionary-editor-invalid",
    "error",
    "definition",
    title="x-ms-editor 'dictionary' is only on an object that allows additional properties",
    fix="make the schema 'type: object' without 'additionalProperties: false' (e.g. "
    "'additionalProperties: {type: string}'), or remove x-ms-editor",
    ms="InvalidCustomEditorExtensionDictionaryValue",
)
def dictionary_editor_invalid(definition: Definition) -> Iterator[Hit]:
    # Draft 4: an object without 'additionalProperties' allows them, as much as one with a schema.
    for pointer, node in typed_nodes(definition):
        if node.get("x-ms-editor") != "dictionary":
            continue
        if node.get("type") != "object":
            yield child(pointer, "x-ms-editor"), f"a dictionary editor on type {node.get('type')!r}"
        elif node.get("additionalProperties") is False:
            yield child(pointer, "x-ms-editor"), "a dictionary editor on a closed object"
