"""Each way real definitions broke the client generator, on a small definition of its own.

The corpus has one connector for each (Narvar, Impexium, Integration_Toolbox, IronDefense,
wttr_in, touchSMS, Advanced_Data_Operations); these keep the class covered without it. Every
case must end in a client with one function per operation and a report that says what changed.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import httpx
from trconnect.model import Definition
from trconnect.render.client import render_client
from trconnect.transform import to_openapi3

from tests.conftest import isolated_import

OVERRIDES = Path(__file__).resolve().parents[2] / "overrides" / "client"
OK = {"200": {"description": "OK"}}
SENTENCE = "- A: Sort on the time the first event of this alert was created, " * 5


def definition(paths: dict[str, Any], **document: Any) -> Definition:
    return Definition.from_data(
        {
            "swagger": "2.0",
            "info": {"title": "Shapes", "version": "1"},
            "host": "example.com",
            "paths": paths,
            **document,
        }
    )


SHAPES = definition(
    {
        "/orders/{$Order.Number}": {
            "get": {
                "operationId": "GetOrder",
                "parameters": [{"name": "$Order.Number", "in": "path", "type": "string"}],
                "responses": OK,
            }
        },
        "/pages/{Page Number}": {
            "get": {
                "operationId": "GetPage",
                "parameters": [
                    {"name": "Page Number", "in": "path", "type": "integer", "required": True},
                    {"name": "Since", "in": "header", "type": "string", "format": "date-time"},
                    {
                        "name": "until",
                        "in": "query",
                        "type": "string",
                        "format": "date-time",
                        "default": "addDays(utcNow(), 1, 'yyyy-MM-dd')",
                    },
                    {"name": "view", "in": "query", "type": "string", "enum": ["q", "Q", "1"]},
                ],
                "responses": OK,
            }
        },
        "/compress": {
            "post": {
                "operationId": "Compress",
                "consumes": ["text/plain"],
                "parameters": [
                    {"name": "text", "in": "body", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "OK", "schema": {"type": "string"}}},
            }
        },
        "/send": {
            "post": {
                "operationId": "SendMessage",
                "parameters": [
                    {
                        "name": "m",
                        "in": "body",
                        "required": True,
                        "schema": {"type": "object", "properties": {"to": {"type": "string"}}},
                    }
                ],
                "responses": OK,
            }
        },
        "/sorted": {
            "post": {
                "operationId": "Sorted",
                "parameters": [
                    {"name": "s", "in": "body", "schema": {"$ref": "#/definitions/Sorting"}}
                ],
                "responses": OK,
            }
        },
    },
    definitions={
        "SendMessageBody": {"type": "object", "properties": {"text": {"type": "string"}}},
        "sortOrder": {"type": "string", "title": "Sort Order", "enum": ["ASC", "DESC"]},
        "simpleSortOrder": {"type": "string", "title": "Sort Order", "enum": ["asc", "desc"]},
        "Sorting": {
            "type": "object",
            "properties": {
                "a": {"$ref": "#/definitions/sortOrder"},
                "b": {"$ref": "#/definitions/simpleSortOrder"},
                "field": {"type": "string", "enum": ["x", "y"], "title": SENTENCE},
            },
        },
        "L" + "ong" * 40: {"type": "object", "properties": {"x": {"type": "string"}}},
    },
)


def converted(pointer_path: str, method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = to_openapi3(SHAPES).document["paths"][pointer_path][method]
    return operation


def warned(text: str) -> list[str]:
    return [w.pointer for w in to_openapi3(SHAPES).warnings if text in w.message]


def test_path_parameters_become_identifiers_with_their_placeholders() -> None:
    operation = converted("/orders/{Order_Number}")
    assert operation["parameters"][0]["name"] == "Order_Number"
    assert "/pages/{Page_Number}" in to_openapi3(SHAPES).document["paths"]
    assert warned("is 'Page_Number' in the client") == [
        "/paths/~1pages~1{Page Number}/get/parameters/0/name"
    ]


def test_a_text_body_is_sent_as_bytes_under_its_own_media_type() -> None:
    body = converted("/compress", "post")["requestBody"]
    assert body["content"] == {"text/plain": {"schema": {"type": "string", "format": "binary"}}}
    assert to_openapi3(SHAPES).raw_media_types == ["text/plain"]
    assert warned("raw bytes") == ["/paths/~1compress/post/parameters/0"]


def test_case_only_enum_values_get_member_names_apart() -> None:
    view = converted("/pages/{Page_Number}")["parameters"][3]["schema"]
    assert view["x-enum-varnames"] == ["Q", "Q_1", "VALUE_2"]


def test_an_expression_default_is_dropped_and_a_date_header_is_text() -> None:
    parameters = converted("/pages/{Page_Number}")["parameters"]
    assert "format" not in parameters[1]["schema"]
    assert "default" not in parameters[2]["schema"]
    assert warned("is not a date-time") == [
        "/paths/~1pages~1{Page Number}/get/parameters/2/default"
    ]


def test_names_too_long_for_files_are_shortened_stably_and_titles_apart() -> None:
    schemas = to_openapi3(SHAPES).document["components"]["schemas"]
    long_names = [name for name in schemas if name.startswith("Long")]
    assert len(long_names) == 1 and len(long_names[0]) <= 64
    assert long_names == [
        n for n in to_openapi3(SHAPES).document["components"]["schemas"] if n.startswith("Long")
    ]
    assert "title" not in schemas["Sorting"]["properties"]["field"]
    assert "title" not in schemas["sortOrder"] and "title" not in schemas["simpleSortOrder"]


def test_every_shape_gives_a_client_with_one_function_per_operation(tmp_path: Path) -> None:
    report = render_client(SHAPES, tmp_path / "client", overrides=OVERRIDES, package="shapes")
    assert report.skipped == []
    assert sorted(report.operations) == sorted(str(op.id) for op in SHAPES.operations)
    with isolated_import(tmp_path / "client", "shapes") as package:
        sent: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json="ok")

        client = package.Client(base_url="http://api.test", transport=httpx.MockTransport(answer))
        methods = [m for m, _ in inspect.getmembers(type(client.default), inspect.isfunction)]
        assert len([m for m in methods if not m.startswith("_")]) == len(SHAPES.operations)
        client.default.get_order(order_number="A 1")
        client.default.compress(body=b"hello")
    assert sent[0].url.raw_path == b"/orders/A%201"
    assert sent[1].headers["content-type"] == "text/plain" and sent[1].content == b"hello"


def test_operations_the_generator_drops_are_counted_as_skipped(tmp_path: Path) -> None:
    """A skip is computed from the functions made, not only from the generator's messages."""
    broken = definition(
        {
            "/a": {"get": {"operationId": "A", "responses": OK}},
            "/b": {
                "post": {
                    "operationId": "B",
                    "consumes": ["application/json"],
                    "parameters": [
                        {
                            "name": "b",
                            "in": "body",
                            "required": True,
                            "schema": {"$ref": "#/definitions/X"},
                        }
                    ],
                    "responses": OK,
                }
            },
        },
        definitions={"X": {"type": "object", "properties": {"y": {"$ref": "#/definitions/Nope"}}}},
    )
    report = render_client(broken, tmp_path / "client", overrides=OVERRIDES, package="broken")
    assert len(report.operations) + len(report.skipped) == 2
    assert all(skip.reason and skip.pointer.startswith("/paths/") for skip in report.skipped)
    json.dumps(report.as_dict())
