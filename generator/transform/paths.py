"""The operations of the model as OpenAPI 3.0 path items, each one the client can make.

Operations come from ``Definition.operations`` (path by path, in the order the
author wrote each path's methods). What the client generator would refuse is
made acceptable here, with a warning at the source: a path parameter that is no
identifier is renamed with its placeholder, an inline body whose generated model
name is already a definition's gets a title of its own, an operation without an
operationId (or with one used twice, or too long for a file name) gets one.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from ..model import HTTP_METHODS, Operation
from .context import Context, child, extensions
from .kinds import BOOLEAN, OBJECT, STRING, STRINGS, copy_fields, security
from .names import class_key, client_path, shortened
from .parameters import missing_path_parameters, split_parameters
from .responses import convert_responses
from .schemas import DEFINITIONS, convert_schema

NOTIFICATION = "x-ms-notification-content"
OPERATION_COPIED = {
    "tags": STRINGS,
    "summary": STRING,
    "description": STRING,
    "externalDocs": OBJECT,
    "operationId": STRING,
    "deprecated": BOOLEAN,
}
OPERATION_HANDLED = frozenset({"consumes", "produces", "parameters", "responses", "security"})
# The model names the generator gives an inline body (one per media type when there are several).
BODY_CLASSES = ("Body", "JsonBody", "DataBody", "FilesBody")
NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class ConvertedOperation:
    """Where a source operation is in the 3.0 document: its (unique) id, method and path."""

    operation_id: str
    method: str
    path: str
    source: Operation


def convert_paths(
    ctx: Context, notifications: dict[str, str]
) -> tuple[dict[str, Any], list[ConvertedOperation]]:
    """The 3.0 ``paths`` and, in source order, where each operation went."""
    if not isinstance(ctx.swagger.get("paths"), dict):
        ctx.warn("/paths", "'paths' must be an object; the API has no operations")
        return {}, []
    by_path: dict[str, list[Operation]] = {}
    for operation in ctx.definition.operations:
        by_path.setdefault(operation.path, []).append(operation)
    seen_ids: set[str] = set()
    out: dict[str, Any] = {}
    converted: list[ConvertedOperation] = []
    for path, operations in by_path.items():
        pointer = child("/paths", path)
        if not path.startswith("/"):
            ctx.warn(pointer, "a path must start with '/' and map to an object; it is dropped")
            continue
        item = _path_item(operations, ctx, seen_ids, notifications)
        target = client_path(path)
        out.setdefault(target, {}).update(item)
        converted += [
            ConvertedOperation(item[op.method]["operationId"], op.method, target, op)
            for op in operations
        ]
    return out, converted


def _path_item(
    operations: list[Operation], ctx: Context, seen_ids: set[str], notifications: dict[str, str]
) -> dict[str, Any]:
    """One path's operations, in the order written, with the path item's extensions."""
    first = operations[0]
    methods = {operation.method: operation for operation in operations}
    out: dict[str, Any] = {}
    for key, value in first.path_item.items():
        where = child(first.path_pointer, key)
        if key in methods:
            operation = methods[key]
            out[key] = _operation(operation, ctx, seen_ids)
            _lift_notification(out[key], operation.pointer, [out[key]], ctx, notifications)
        elif str(key).startswith("x-"):
            out[key] = copy.deepcopy(value)
        elif key != "parameters":
            ctx.warn(where, f"'{key}' is not an operation of this path; it is dropped")
    # Power Platform writes the payload beside the subscribing operation, on the path.
    converted = [out[m] for m in HTTP_METHODS if m in methods]
    triggers = [op for op in converted if "x-ms-trigger" in op] or converted
    _lift_notification(out, first.path_pointer, triggers, ctx, notifications)
    return out


def _operation(operation: Operation, ctx: Context, seen_ids: set[str]) -> dict[str, Any]:
    node, pointer = operation.data, operation.pointer
    out = copy_fields(node, OPERATION_COPIED, pointer, ctx)
    out["operationId"] = _unique_id(out.get("operationId"), operation, ctx, seen_ids)
    if "tags" in out:  # a tag names the resource's package folder
        out["tags"] = [
            _fitting_tag(tag, child(pointer, "tags", i), ctx) for i, tag in enumerate(out["tags"])
        ]
    split = split_parameters(operation, ctx)
    split.parameters += missing_path_parameters(client_path(operation.path), split, pointer, ctx)
    if split.parameters:
        out["parameters"] = split.parameters
    if split.body is not None:
        out["requestBody"] = split.body
        _name_inline_body(split.body, out["operationId"], pointer, ctx)
    produces = ctx.media_types(node, "produces")
    out["responses"] = convert_responses(
        node.get("responses"), child(pointer, "responses"), ctx, produces
    )
    if "security" in node and (
        checked := security(node["security"], child(pointer, "security"), ctx)
    ):
        out["security"] = checked
    out.update(extensions(node))
    known = OPERATION_HANDLED | OPERATION_COPIED.keys()
    for key in node:
        if key not in known and not str(key).startswith("x-"):
            ctx.warn(child(pointer, key), f"'{key}' has no OpenAPI 3.0 place; it is dropped")
    return out


def _fitting_tag(tag: str, where: str, ctx: Context) -> str:
    if shortened(tag) != tag:
        ctx.warn(where, f"the tag is too long for a folder name; it is {shortened(tag)!r}")
    return shortened(tag)


def _unique_id(value: Any, operation: Operation, ctx: Context, seen: set[str]) -> str:
    """operationIds must be unique and fit a file name (they name the generated modules)."""
    where = child(operation.pointer, "operationId")
    if value is None:
        name = NOT_WORD.sub("_", f"{operation.method}{operation.path}").strip("_")
        ctx.warn(operation.pointer, f"the operation has no operationId; it is named {name!r}")
    else:
        name = str(value)
    if shortened(name) != name:
        ctx.warn(where, f"{name!r} is too long for a file name; it is {shortened(name)!r}")
        name = shortened(name)
    # Compared as the module file each names: getPet, get_pet and GETPET are all get_pet.py.
    candidate, number = name, 1
    while class_key(candidate) in seen:
        number += 1
        candidate = f"{name}_{number}"
    if candidate != name:
        ctx.warn(where, f"{name!r} is used twice (but for case); renamed {candidate!r}")
    seen.add(class_key(candidate))
    return candidate


def _name_inline_body(body: dict[str, Any], operation_id: str, pointer: str, ctx: Context) -> None:
    """Title an inline object body whose generated name is a definition's, so both are made."""
    schemas = [media.get("schema", {}) for media in body.get("content", {}).values()]
    inline = [s for s in schemas if "properties" in s and "title" not in s]
    taken = ctx.class_keys
    if not inline or not any(class_key(operation_id + c) in taken for c in BODY_CLASSES):
        return
    title, number = "RequestBody", 1
    while class_key(operation_id + title) in taken:
        number += 1
        title = f"RequestBody{number}"
    for schema in inline:
        schema["title"] = title
    ctx.warn(
        pointer,
        f"a definition is named like this operation's body model; the body is {title!r}",
    )


def _lift_notification(
    owner: dict[str, Any],
    pointer: str,
    operations: list[dict[str, Any]],
    ctx: Context,
    notifications: dict[str, str],
) -> None:
    """Give a webhook payload a component name, so the generator makes a model of it."""
    content = owner.get(NOTIFICATION)
    if not isinstance(content, dict) or "schema" not in content:
        return
    source = content["schema"]
    ref = source.get("$ref") if isinstance(source, dict) else None
    name = str(ref)[len(DEFINITIONS) :] if str(ref).startswith(DEFINITIONS) else None
    if name is None or name not in ctx.definitions():
        first = str(operations[0].get("operationId", "Trigger")) if operations else "Trigger"
        name = _free_name(f"{first}Notification", ctx)
        ctx.lifted_schemas[name] = convert_schema(
            source, child(pointer, NOTIFICATION, "schema"), ctx
        )
    else:
        name = ctx.schema_names.get(name, name)
    content["schema"] = {"$ref": f"#/components/schemas/{name}"}
    for operation in operations:
        if "operationId" in operation:
            notifications[operation["operationId"]] = name


def _free_name(name: str, ctx: Context) -> str:
    taken = set(ctx.definitions()) | set(ctx.lifted_schemas)
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}{number}"
    return candidate
