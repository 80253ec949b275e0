"""Swagger 2.0 -> OpenAPI 3.0: what moves where, and a valid 3.0 document from any input."""

from __future__ import annotations

import contextlib
import copy
import json
import random
from typing import Any

import pytest
from openapi_spec_validator.validation.validators import OpenAPIV30SpecValidator
from trconnect.load import load_document
from trconnect.load.pointer import escape, resolve, split, walk
from trconnect.model import Definition
from trconnect.transform import to_openapi3

from tests.conftest import CORPUS

from .conftest import FIXTURES

CORPUS_FILES = sorted(CORPUS.glob("*/apiDefinition.swagger.json"))


def errors_of(document: dict[str, Any]) -> list[str]:
    return [e.message for e in OpenAPIV30SpecValidator(document).iter_errors()]


def test_the_spec_converts_cleanly_and_validates(spec_swagger: dict[str, Any]) -> None:
    conversion = to_openapi3(Definition.from_data(spec_swagger))
    assert conversion.warnings == []
    assert errors_of(conversion.document) == []
    assert conversion.document["openapi"].startswith("3.0")
    assert conversion.document["servers"] == [{"url": "https://api.textrequest.com/api/v3"}]
    assert "#/definitions/" not in json.dumps(conversion.document)


def test_definitions_and_shared_parts_become_components(spec_swagger: dict[str, Any]) -> None:
    components = to_openapi3(Definition.from_data(spec_swagger)).document["components"]
    assert list(components["schemas"]) == list(spec_swagger["definitions"])
    assert list(components["parameters"]) == list(spec_swagger["parameters"])
    assert list(components["responses"]) == list(spec_swagger["responses"])
    scheme = components["securitySchemes"]["API Key"]
    assert (scheme["type"], scheme["name"], scheme["in"]) == ("apiKey", "x-api-key", "header")


def test_body_parameters_become_request_bodies_per_consumes() -> None:
    swagger = load_document(FIXTURES / "mini.yaml").data
    operation = to_openapi3(Definition.from_data(swagger)).document["paths"][
        "/dashboards/{dashboard_id}/contacts/{phone_number}"
    ]["post"]
    assert operation["requestBody"]["required"] is True
    assert operation["requestBody"]["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/ContactInput"}}
    }
    names = [p.get("name") or p["$ref"] for p in operation["parameters"]]
    assert names == ["#/components/parameters/dashboard_id", "#/components/parameters/phone_number"]


def test_form_data_becomes_a_multipart_body_and_files_binary() -> None:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "consumes": ["multipart/form-data"],
        "paths": {
            "/upload": {
                "post": {
                    "parameters": [
                        {"name": "file", "in": "formData", "type": "file", "required": True},
                        {
                            "name": "note",
                            "in": "formData",
                            "type": "string",
                            "x-ms-summary": "Note",
                        },
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    conversion = to_openapi3(Definition.from_data(swagger))
    body = conversion.document["paths"]["/upload"]["post"]["requestBody"]
    schema = body["content"]["multipart/form-data"]["schema"]
    assert schema["properties"]["file"] == {"type": "string", "format": "binary"}
    assert schema["properties"]["note"] == {"type": "string", "x-ms-summary": "Note"}
    assert schema["required"] == ["file"]
    assert errors_of(conversion.document) == []


def test_produces_x_nullable_and_extensions(spec_swagger: dict[str, Any]) -> None:
    document = to_openapi3(Definition.from_data(spec_swagger)).document
    text = json.dumps(document)
    assert "x-nullable" not in text and '"nullable": true' in text
    source = json.dumps(spec_swagger)
    for extension in ("x-ms-trigger", "x-ms-visibility", "x-ms-summary", "x-ms-notification-url"):
        assert text.count(f'"{extension}"') == source.count(f'"{extension}"'), extension


def test_the_trigger_payload_is_a_named_schema(spec_swagger: dict[str, Any]) -> None:
    conversion = to_openapi3(Definition.from_data(spec_swagger))
    assert conversion.notifications == {"TextingWebhook": "MessageNotification"}
    inline = load_document(FIXTURES / "mini.yaml").data
    lifted = to_openapi3(Definition.from_data(inline))
    assert lifted.notifications == {"TextingWebhook": "TextingWebhookNotification"}
    schemas = lifted.document["components"]["schemas"]
    assert schemas["TextingWebhookNotification"]["required"] == ["messageUniqueIdentifier"]
    hooks = lifted.document["paths"]["/dashboards/{dashboard_id}/hooks"]
    assert hooks["x-ms-notification-content"]["schema"] == {
        "$ref": "#/components/schemas/TextingWebhookNotification"
    }


def test_what_cannot_be_mapped_is_a_warning_with_its_pointer() -> None:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t"},
        "paths": {
            "/a/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "type": "string"},
                        {"$ref": "#/parameters/missing"},
                        {
                            "name": "f",
                            "in": "query",
                            "type": "array",
                            "items": {"type": "string"},
                            "collectionFormat": "tsv",
                        },
                    ],
                    "schemes": ["http"],
                    "responses": {
                        "200": {"schema": {"type": ["string", "null"], "const": 1}},
                        "2000": {"description": "x"},
                    },
                }
            },
            "nope": {},
        },
    }
    conversion = to_openapi3(Definition.from_data(swagger))
    pointers = {w.pointer for w in conversion.warnings}
    assert pointers == {
        "/info/version",
        "/paths/~1a~1{id}/get",  # no operationId: it is given one
        "/paths/~1a~1{id}/get/parameters/0",
        "/paths/~1a~1{id}/get/parameters/1",
        "/paths/~1a~1{id}/get/parameters/2/collectionFormat",
        "/paths/~1a~1{id}/get/schemes",
        "/paths/~1a~1{id}/get/responses/200",
        "/paths/~1a~1{id}/get/responses/200/schema/type",
        "/paths/~1a~1{id}/get/responses/200/schema/const",
        "/paths/~1a~1{id}/get/responses/2000",
    }
    assert errors_of(conversion.document) == []


@pytest.mark.parametrize("junk", [None, [], "swagger", {"paths": 3}, {"definitions": {"A": 1}}])
def test_junk_never_crashes(junk: Any) -> None:
    conversion = to_openapi3(Definition.from_data(junk))
    assert conversion.warnings
    assert errors_of(conversion.document) == []


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.parent.name)
def test_every_corpus_definition_converts_to_valid_openapi3(path: Any) -> None:
    swagger = load_document(path, lenient=True).data
    before = copy.deepcopy(swagger)
    conversion = to_openapi3(Definition.from_data(swagger))
    assert swagger == before, "the input was modified"
    assert errors_of(conversion.document) == []
    assert "#/definitions/" not in json.dumps(conversion.document)


JUNK = [None, 3, -1.5, True, "x", [], [1], {}, {"a": 1}, {"$ref": "#/definitions/Nope"}]


def test_a_spec_with_random_junk_never_crashes_the_converter(spec_swagger: dict[str, Any]) -> None:
    """60 copies of the spec, each with three values replaced by junk of another type."""
    rng = random.Random(20261127)
    places = [pointer for pointer, _ in walk(spec_swagger) if pointer]
    invalid = 0
    for _ in range(60):
        swagger = copy.deepcopy(spec_swagger)
        for pointer in rng.sample(places, 3):
            parent, key = split(pointer)[:-1], split(pointer)[-1]
            with contextlib.suppress(KeyError, IndexError, TypeError, ValueError):
                node = resolve(swagger, "".join("/" + escape(t) for t in parent))
                node[int(key) if isinstance(node, list) else key] = copy.deepcopy(rng.choice(JUNK))
        conversion = to_openapi3(Definition.from_data(swagger))
        assert all(w.pointer.startswith("/") or w.pointer == "" for w in conversion.warnings)
        invalid += bool(errors_of(conversion.document))
    assert invalid <= 6  # what remains: junk defaults and enums that no longer match their type
