"""The one model: it builds for every real definition, and reads careless ones without raising."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from trconnect.load.document import parse_document
from trconnect.model import HTTP_METHODS, Definition

from tests.conftest import CORPUS, SPEC

CORPUS_FILES = sorted(CORPUS.glob("*/apiDefinition.swagger.json")) if CORPUS.is_dir() else []


def _method_keys(data: dict) -> int:
    """Operations counted the plain way, to check the model against: method keys under paths."""
    return sum(
        1
        for item in data.get("paths", {}).values()
        if isinstance(item, dict)
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    )


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[p.parent.name for p in CORPUS_FILES])
def test_the_model_builds_for_every_corpus_definition(path: Path) -> None:
    definition = Definition.load(path, lenient=True)
    assert len(definition.operations) == _method_keys(definition.data)
    for operation in definition.operations:
        assert operation.pointer.startswith("/paths/")
        assert all(isinstance(p.name, str) for p in operation.parameters)
        assert all(r.status for r in operation.responses.values())
    assert isinstance(definition.schemas, list)
    assert isinstance(definition.ref_problems, list)


def test_the_corpus_has_the_23_definitions_the_issue_names() -> None:
    if not CORPUS_FILES:
        pytest.skip(f"{CORPUS} is not present beside the project")
    assert len(CORPUS_FILES) == 23


def test_the_spec_model_has_28_actions_and_one_webhook_trigger() -> None:
    definition = Definition.load(SPEC)
    actions = [op for op in definition.operations if not op.is_trigger]
    assert len(actions) == 28
    [trigger] = definition.triggers
    assert trigger.is_webhook and trigger.trigger == "single"
    assert definition.notification_schema() is not None
    assert definition.api.api_key_header() is not None
    assert definition.ref_problems == []


def _model(document: dict) -> Definition:
    text = json.dumps(document, indent=2)
    return Definition(parse_document(text.encode(), path=Path("careless.json")))


def _line_of(text_key: str, definition: Definition) -> int:
    """The 1-based line of the first line of the source that contains ``text_key``."""
    lines = definition.document.text.splitlines()
    return next(i for i, line in enumerate(lines, 1) if re.search(text_key, line))


REFS = {
    "swagger": "2.0",
    "info": {"title": "refs", "version": "1"},
    "paths": {
        "/a": {
            "get": {
                "parameters": [{"in": "body", "name": "b", "schema": {"$ref": "#/definitions/A"}}],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Gone"}}
                },
            }
        }
    },
    "definitions": {
        "A": {"$ref": "#/definitions/B"},
        "B": {"$ref": "#/definitions/A"},
        "Self": {"$ref": "#/definitions/Self"},
        "Tree": {"type": "object", "properties": {"child": {"$ref": "#/definitions/Tree"}}},
    },
}


def test_a_cycle_a_self_reference_and_a_missing_target_are_one_problem_each() -> None:
    definition = _model(REFS)
    problems = {problem.pointer: problem for problem in definition.ref_problems}
    assert sorted(problems) == [
        "/definitions/A/$ref",
        "/definitions/Self/$ref",
        "/paths/~1a/get/responses/200/schema/$ref",
    ]
    assert problems["/definitions/A/$ref"].kind == "cycle"
    assert "#/definitions/B" in problems["/definitions/A/$ref"].message
    assert problems["/definitions/Self/$ref"].message == "'#/definitions/Self' refers to itself"
    assert problems["/paths/~1a/get/responses/200/schema/$ref"].kind == "missing"
    cycle_line = _line_of(r'"\$ref": "#/definitions/B"', definition)
    assert definition.line_of("/definitions/A/$ref") == cycle_line
    self_line = _line_of(r'"\$ref": "#/definitions/Self"', definition)
    assert definition.line_of("/definitions/Self/$ref") == self_line


def test_following_into_a_cycle_ends_with_its_problem_not_a_hang() -> None:
    definition = _model(REFS)
    [operation] = definition.operations
    body = operation.body()
    assert body is not None
    end = definition.resolver.chain(body.pointer + "/schema", body.data["schema"])
    assert end.value is None and end.problem is not None and end.problem.kind == "cycle"
    assert operation.responses["200"].schema == {"$ref": "#/definitions/Gone"}


CARELESS = [
    [],
    {"paths": []},
    {"paths": {"/a": "text"}},
    {"paths": {"/a": {"get": [], "post": {"parameters": {"x": 1}, "responses": []}}}},
    {"paths": {"/a": {"parameters": [1, None, {"$ref": 7}], "get": {"responses": {"200": 3}}}}},
    {"paths": {"/a": {"$ref": "#/paths/~1a"}}},
    {"securityDefinitions": [], "info": "x", "basePath": 5, "definitions": {"A": None}},
    {"paths": {"/a": {"get": {"x-ms-trigger": 3, "x-ms-notification-content": "y"}}}},
]


@pytest.mark.parametrize("document", CARELESS, ids=range(len(CARELESS)))
def test_careless_shapes_read_as_empty_never_raise(document: object) -> None:
    data = document if isinstance(document, dict) else {"paths": document}
    definition = Definition.from_data(data)
    for operation in definition.operations:
        _ = (operation.responses, operation.parameters, operation.notification_content)
        _ = (operation.is_webhook, operation.tags, operation.media_types("consumes"))
    _ = (definition.schemas, definition.ref_problems, definition.api.security_schemes)
    _ = (definition.api.base_path, definition.api.title, definition.notification_schema())
