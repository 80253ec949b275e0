"""Triggers: webhooks need a notification URL and the content they will receive."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...load.pointer import child, resolve
from ...model import Definition, Operation, as_dict, as_list, is_internal
from ..registry import Hit, rule
from .schemas import input_schemas, output_schemas

_MAX_DEPTH = 16


@dataclass(frozen=True)
class NotificationUrl:
    """A field marked ``x-ms-notification-url``, with what its chain from the body says."""

    pointer: str
    data: dict
    required: bool  # required at every level from the body parameter down
    internal: bool  # it, or a parent, is internal


def notification_urls(definition: Definition, operation: Operation) -> list[NotificationUrl]:
    found: list[NotificationUrl] = []
    for parameter in operation.parameters:
        # A shared parameter is written under /parameters, not where the operation lists it.
        written, _ = definition.follow(
            parameter.pointer, resolve(definition.data, parameter.pointer)
        )
        required, internal = parameter.data.get("required") is True, is_internal(parameter.data)
        if parameter.data.get("x-ms-notification-url") is True:
            found.append(NotificationUrl(written, parameter.data, required, internal))
        if parameter.location == "body":
            start = definition.follow(child(written, "schema"), parameter.data.get("schema"))
            _search(definition, *start, required, internal, found, _MAX_DEPTH)
    return found


def _search(
    definition: Definition,
    pointer: str,
    schema: dict,
    required: bool,
    internal: bool,
    found: list[NotificationUrl],
    depth: int,
) -> None:
    if depth == 0:
        return
    listed = as_list(schema.get("required"))
    for name, value in as_dict(schema.get("properties")).items():
        where, prop = definition.follow(child(pointer, "properties", name), value)
        now_required = required and name in listed
        now_internal = internal or is_internal(prop) or is_internal(as_dict(value))
        if prop.get("x-ms-notification-url") is True:
            found.append(NotificationUrl(where, prop, now_required, now_internal))
        _search(definition, where, prop, now_required, now_internal, found, depth - 1)


def _webhooks(definition: Definition) -> list[tuple[Operation, list[NotificationUrl]]]:
    found = []
    for operation in definition.operations:
        if not operation.is_trigger:
            continue
        # x-ms-trigger-metadata's mode when given (as the model reads it), else a notification
        # URL (also one deep in the body) or content. A POST is no webhook by its method
        # alone: merged Maximizer and CobbleStone poll with POST (mode: polling).
        urls = notification_urls(definition, operation)
        unsaid = "mode" not in operation.trigger_metadata
        if operation.is_webhook or (unsaid and urls):
            found.append((operation, urls))
    return found


def webhooks(definition: Definition) -> list[tuple[Operation, list[NotificationUrl]]]:
    """Trigger operations that register a webhook, with their notification URL fields."""
    return definition.cached(_webhooks)


@rule(
    "webhook-notification-content-missing",
    "error",
    "definition",
    title="Webhook triggers describe the notification they receive",
    fix="add 'x-ms-notification-content' with the payload's schema to the path item",
    ms="OperationMustHaveNotificationContentExtension",
)
def webhook_notification_content_missing(definition: Definition) -> Iterator[Hit]:
    for operation, _ in webhooks(definition):
        if operation.notification_content_pointer is None:
            yield (
                operation.pointer,
                f"webhook trigger {operation.label} has no x-ms-notification-content",
            )


@rule(
    "webhook-notification-url-missing",
    "error",
    "definition",
    title="Webhook triggers have a notification URL field",
    fix="add a required, internal string property with 'x-ms-notification-url: true' "
    "to the body schema of the registration request",
    ms="WebhookOperationsMissingNotificationUrlProperty",
)
def webhook_notification_url_missing(definition: Definition) -> Iterator[Hit]:
    for operation, urls in webhooks(definition):
        if not urls:
            yield (
                operation.pointer,
                f"webhook trigger {operation.label} has no x-ms-notification-url field",
            )


@rule(
    "notification-url-not-string",
    "warning",
    "definition",
    title="The notification URL field is a string",
    fix="set 'type: string' on the x-ms-notification-url field",
    ms="NotificationUrlNotString",
)
def notification_url_not_string(definition: Definition) -> Iterator[Hit]:
    for _, urls in webhooks(definition):
        for url in urls:
            if url.data.get("type") != "string":
                yield url.pointer, "the notification URL field is not of type string"


@rule(
    "notification-url-not-required",
    "warning",
    "definition",
    title="The notification URL field is required all the way from the body",
    fix="list the field (and each parent) in 'required', and mark the body parameter required",
    ms="NotificationUrlNotRequired",
)
def notification_url_not_required(definition: Definition) -> Iterator[Hit]:
    for _, urls in webhooks(definition):
        for url in urls:
            if not url.required:
                yield url.pointer, "the notification URL field is not required at every level"


@rule(
    "notification-url-not-internal",
    "error",
    "definition",
    title="The notification URL field is internal",
    fix="add 'x-ms-visibility: internal' to the field or a parent",
    ms="NotificationUrlNotInternal",
)
def notification_url_not_internal(definition: Definition) -> Iterator[Hit]:
    for _, urls in webhooks(definition):
        for url in urls:
            if not url.internal:
                yield url.pointer, "the notification URL field is shown to users; make it internal"


@rule(
    "trigger-output-schema-missing",
    "warning",
    "definition",
    title="Triggers define the schema of what they produce",
    fix="give a polling trigger a schema on its 200/201 response, "
    "and a webhook a schema in x-ms-notification-content",
    ms="SchemaDefinitionSetIncorrectly",
)
def trigger_output_schema_missing(definition: Definition) -> Iterator[Hit]:
    hooks = {operation.pointer for operation, _ in webhooks(definition)}
    for operation in definition.operations:
        if not operation.is_trigger:
            continue
        if operation.pointer in hooks:
            content = operation.notification_content
            if operation.notification_content_pointer and "schema" not in as_dict(content):
                yield (
                    operation.notification_content_pointer,
                    f"x-ms-notification-content of {operation.label} has no schema",
                )
            continue
        outputs = [operation.responses.get(status) for status in ("200", "201")]
        if not any(output is not None and "schema" in output.data for output in outputs):
            yield operation.pointer, f"polling trigger {operation.label} has no 200/201 schema"


@rule(
    "notification-url-misplaced",
    "warning",
    "definition",
    title="x-ms-notification-url marks only a field of a request",
    fix="remove x-ms-notification-url from the response or notification schema; it belongs "
    "to the body field that carries the callback URL",
    ms="NotificationUrlNotAllowedInThisPosition",
)
def notification_url_misplaced(definition: Definition) -> Iterator[Hit]:
    # A definition shared by a request and a response is an input where the request uses it.
    inputs = {pointer for pointer, _ in input_schemas(definition)}
    for pointer, schema in output_schemas(definition):
        if schema.get("x-ms-notification-url") is True and pointer not in inputs:
            yield (
                child(pointer, "x-ms-notification-url"),
                "x-ms-notification-url is on a schema the service sends, not one it receives",
            )


NOTIFICATION = "x-ms-notification"


@dataclass(frozen=True)
class Notification:
    """An operation's ``x-ms-notification``: the webhook that can deliver what it fetches."""

    operation: Operation
    pointer: str  # of the extension
    target: Operation | None  # the operation its operationId names, if that exists


def notifications(definition: Definition) -> list[Notification]:
    """Every operation's x-ms-notification; found once, four rules read them."""
    return definition.cached(_notifications)


def _notifications(definition: Definition) -> list[Notification]:
    found = []
    for operation in definition.operations:
        extension = operation.data.get(NOTIFICATION)
        if isinstance(extension, dict):
            target_id = extension.get("operationId")
            target = definition.operation(target_id) if isinstance(target_id, str) else None
            found.append(Notification(operation, child(operation.pointer, NOTIFICATION), target))
    return found


def _is_webhook(definition: Definition, operation: Operation) -> bool:
    return any(hook.pointer == operation.pointer for hook, _ in webhooks(definition))


@rule(
    "notification-on-webhook",
    "error",
    "definition",
    title="x-ms-notification is not on a webhook trigger",
    fix="remove x-ms-notification from the webhook; it belongs on the polling trigger that the "
    "webhook can stand in for",
    ms="NotificationExtensionNotSupportedInWebhookOperation",
)
def notification_on_webhook(definition: Definition) -> Iterator[Hit]:
    for notification in notifications(definition):
        if _is_webhook(definition, notification.operation):
            yield (
                notification.pointer,
                f"webhook trigger {notification.operation.label} has x-ms-notification",
            )


@rule(
    "notification-on-action",
    "error",
    "definition",
    title="x-ms-notification is only on triggers",
    fix="remove x-ms-notification, or make the operation a trigger with 'x-ms-trigger'",
    ms="NotificationExtensionSupportedForTriggerOnly",
)
def notification_on_action(definition: Definition) -> Iterator[Hit]:
    for notification in notifications(definition):
        if not notification.operation.is_trigger:
            yield (
                notification.pointer,
                f"{notification.operation.label} has x-ms-notification but is not a trigger",
            )


@rule(
    "notification-target-not-webhook",
    "error",
    "definition",
    title="x-ms-notification names a webhook trigger",
    fix="set x-ms-notification's 'operationId' to the id of a webhook trigger",
    ms="NotificationOperationMustBeWebhook",
)
def notification_target_not_webhook(definition: Definition) -> Iterator[Hit]:
    # An id that names no operation at all is operation-reference-unknown's finding.
    for notification in notifications(definition):
        target = notification.target
        if target is not None and not _is_webhook(definition, target):
            yield (
                child(notification.pointer, "operationId"),
                f"x-ms-notification of {notification.operation.label} names {target.label}, "
                "which is not a webhook trigger",
            )


@rule(
    "notification-parameter-mismatch",
    "error",
    "definition",
    title="A polling trigger and the webhook its x-ms-notification names agree on shared "
    "parameters",
    fix="give parameters of the same name in both operations the same 'type' and 'x-ms-visibility'",
    ms="ParamtersWithSameNameMustHaveSameTypeAndVisibility",
)
def notification_parameter_mismatch(definition: Definition) -> Iterator[Hit]:
    # x-ms-notification is the one link between a fetch (polling) operation and a subscribe
    # (webhook) one. A body is compared by nothing but its schema, so only simple parameters.
    for notification in notifications(definition):
        if notification.target is None:
            continue
        subscribe = {p.name: p for p in notification.target.parameters if p.location != "body"}
        for fetch in notification.operation.parameters:
            other = subscribe.get(fetch.name)
            if fetch.location == "body" or other is None:
                continue
            for key, mine, theirs in (
                ("type", fetch.type, other.type),
                ("x-ms-visibility", fetch.visibility, other.visibility),
            ):
                if mine != theirs:
                    yield (
                        fetch.pointer,
                        f"parameter '{fetch.name}' has {key} {mine!r} here but {theirs!r} in "
                        f"{notification.target.label}",
                    )
