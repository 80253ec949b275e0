"""Every object shape is written once: reusable definitions, parameters and responses.

The certified definition is 148,669 bytes with no reusable definition; the same facts, said
once, with Power Platform extensions and descriptions added, must take at most 48% of that (the
answers' required fields, operation visibility, the test connection and the trigger's event
labels included).
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from typing import Any

from tests.spec.spec_walk import object_schemas

CERTIFIED_BYTES = 148_669
MAX_SHARE = 0.48

DEFINITIONS = (
    *("Contact", "ContactInput", "BulkContactInput", "CustomFieldValue", "CustomField"),
    *("Message", "MessageInput", "Conversation", "Group", "GroupInput", "Tag"),
    *("Payment", "PaymentInput", "Dashboard", "DashboardInput", "HookInput", "Hook"),
    *("PageMeta", "ContactPage", "MessagePage", "ConversationPage", "PaymentPage"),
    "MessageNotification",
)
PARAMETERS = ("dashboard_id", "phone_number", "group_id", "payment_id", "page", "page_size")
RESPONSES = ("Unauthorized", "TooManyRequests", "BadRequest", "NoContent", "NotFound")


def _shape(schema: dict) -> Any:
    """What a property is, for comparison: its reference, or its type, format and contents."""
    if "$ref" in schema:
        return schema["$ref"]
    return (
        schema.get("type"),
        schema.get("format"),
        _shape(schema["items"]) if "items" in schema else None,
        _canonical(schema) if "properties" in schema else None,
    )


def _canonical(schema: dict) -> tuple:
    return tuple(sorted((name, _shape(prop)) for name, prop in schema["properties"].items()))


def repeated_objects(doc: dict) -> list[list[str]]:
    """Pointers of object schemas (3+ properties) whose property names and types repeat."""
    seen: dict[tuple, list[str]] = defaultdict(list)
    for pointer, schema in object_schemas(doc):
        if len(schema["properties"]) >= 3:
            seen[_canonical(schema)].append(pointer)
    return [pointers for pointers in seen.values() if len(pointers) > 1]


def test_no_object_schema_is_written_twice(spec: dict) -> None:
    assert repeated_objects(spec) == []


def test_a_repeated_object_is_caught(spec: dict) -> None:
    changed = copy.deepcopy(spec)
    inline = copy.deepcopy(changed["definitions"]["Payment"])
    changed["paths"]["/dashboards/{dashboard_id}/payments"]["post"]["responses"]["200"] = {
        "description": "The created payment.",
        "schema": inline,
    }
    create = "/paths/~1dashboards~1{dashboard_id}~1payments/post/responses/200/schema"
    assert [sorted(group) for group in repeated_objects(changed)] == [
        ["/definitions/Payment", create]
    ]


def test_operations_use_named_schemas_only(spec: dict) -> None:
    """Request and response bodies refer to definitions instead of writing objects inline."""
    assert [pointer for pointer, _ in object_schemas(spec["paths"])] == []


def test_shared_names_that_others_depend_on(spec: dict) -> None:
    assert set(DEFINITIONS) <= spec["definitions"].keys()
    assert set(PARAMETERS) <= spec["parameters"].keys()
    assert set(RESPONSES) <= spec["responses"].keys()


def test_every_definition_parameter_and_response_is_used(spec: dict) -> None:
    text = json.dumps(spec)
    for section in ("definitions", "parameters", "responses"):
        for name in spec[section]:
            assert f'"#/{section}/{name}"' in text, f"#/{section}/{name} is never used"


def test_at_most_48_percent_of_the_certified_size(spec: dict) -> None:
    size = len(json.dumps(spec, indent=2))
    assert size <= CERTIFIED_BYTES * MAX_SHARE, f"{size} bytes as JSON, certified {CERTIFIED_BYTES}"
