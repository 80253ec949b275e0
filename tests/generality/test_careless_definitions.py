"""What careless real definitions do, and what the converter and client make of it.

Each case comes from a corpus connector: ASP.NET's ``application/json`` + ``text/json`` pair in
``consumes`` (JungleMail365), error answers described by a JSON schema under ``produces: */*`` or
``application/pdf`` (CivicPlus), and security schemes other than an API-key header (Tulip's HTTP
Basic, the OAuth2 connectors, AccuWeather's key in the query), which the client now sends.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from trconnect.model import Definition
from trconnect.render.client import render_client
from trconnect.transform import to_openapi3

from bench.corpus import Run
from tests.conftest import ROOT, isolated_import


def one_operation(operation: dict[str, Any], **document: Any) -> dict[str, Any]:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "host": "example.com",
        "paths": {"/a": {"post": {"operationId": "A", **operation}}},
        **document,
    }
    converted: dict[str, Any] = to_openapi3(Definition.from_data(swagger)).document["paths"]["/a"][
        "post"
    ]
    return converted


def test_an_inline_object_body_keeps_one_json_type_and_the_form_types() -> None:
    """ASP.NET's consumes list: ``text/json`` is ``application/json`` again, XML is not sent."""
    consumes = ["application/json", "text/json", "application/xml", "multipart/form-data"]
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    operation = one_operation(
        {
            "consumes": consumes,
            "parameters": [{"name": "b", "in": "body", "schema": schema}],
            "responses": {"200": {"description": "OK"}},
        }
    )
    content = operation["requestBody"]["content"]
    assert list(content) == ["application/json", "multipart/form-data"]


@pytest.mark.parametrize("produces", [["*/*"], ["application/pdf"], ["text/plain"]])
def test_a_structured_answer_under_a_non_json_produces_is_read_as_json(
    produces: list[str],
) -> None:
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    operation = one_operation(
        {
            "produces": produces,
            "responses": {
                "200": {"description": "file", "schema": {"type": "string", "format": "binary"}},
                "400": {"description": "bad", "schema": error},
                "202": {"description": "text", "schema": {"type": "string"}},
            },
        }
    )
    responses = operation["responses"]
    assert list(responses["200"]["content"]) == ["application/octet-stream"]
    assert list(responses["400"]["content"]) == ["application/json", *produces]
    assert list(responses["202"]["content"]) == produces


def client_warnings(run: Run) -> list[dict[str, str]]:
    warnings: list[dict[str, str]] = json.loads((run.out / "report.json").read_text())["client"][
        "warnings"
    ]
    return warnings


def test_the_corpus_clients_have_no_duplicate_models_and_read_every_answer(
    corpus_runs: dict[str, Run],
) -> None:
    messages = [w["message"] for run in corpus_runs.values() for w in client_warnings(run)]
    assert not [m for m in messages if "duplicate models" in m]
    assert not [m for m in messages if "Cannot parse response" in m]


@pytest.mark.parametrize(
    ("name", "auth_class"),
    [
        ("Tulip", "BasicCredentials"),
        ("Asite", "BearerAuth"),
        ("AtBot", "BearerAuth"),
        ("BoldSign", "BearerAuth"),
        ("CM_Informatik_AG", "BearerAuth"),
        ("ModuleQ", "BearerAuth"),
        ("AccuWeather", "ApiKeyAuth"),
        ("CivicPlus", "ApiKeyAuth"),
    ],
)
def test_a_single_security_scheme_is_applied_without_a_warning(
    name: str, auth_class: str, corpus_runs: dict[str, Run]
) -> None:
    run = corpus_runs[name]
    warnings = [w for w in client_warnings(run) if w["pointer"].startswith("/security")]
    assert warnings == []
    with isolated_import(run.out / "client", package_of(run)) as package:
        assert hasattr(package.client, auth_class)


def package_of(run: Run) -> str:
    package: str = json.loads((run.out / "report.json").read_text())["client"]["package"]
    return package


TULIP = {"username": "apikey.2_x", "password": "s"}


def sent_by(run: Run, call: Any, answer_json: Any = (), **credential: str) -> httpx.Request:
    """The request the corpus client of ``run`` sends for ``call(resource)``, answered with
    ``answer_json`` (an empty list unless the operation promises something else)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=list(answer_json) if answer_json == () else answer_json)

    with isolated_import(run.out / "client", package_of(run)) as package:
        client = package.Client(**credential, transport=httpx.MockTransport(answer), retry=None)
        call(client.default)
    return seen[0]


def test_tulip_sends_http_basic_from_username_and_password(corpus_runs: dict[str, Run]) -> None:
    request = sent_by(corpus_runs["Tulip"], lambda api: api.get_tables(), **TULIP)
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"apikey.2_x:s").decode()
    assert request.url.path == "/api/v3/tables"


def test_boldsign_sends_the_access_token_as_bearer(corpus_runs: dict[str, Run]) -> None:
    request = sent_by(
        corpus_runs["BoldSign"], lambda api: api.brand_list(), answer_json={}, access_token="t-1"
    )
    assert request.headers["Authorization"] == "Bearer t-1"


def test_accuweather_sends_the_key_in_the_query(corpus_runs: dict[str, Run]) -> None:
    request = sent_by(
        corpus_runs["AccuWeather"], lambda api: api.admin_areas("CH", offset=2), api_key="k-1"
    )
    assert request.url.path == "/locations/v1/adminareas/CH"
    assert dict(request.url.params) == {"offset": "2", "apikey": "k-1"}


OVERRIDES = ROOT / "overrides" / "client"
GET_A = {"get": {"operationId": "A", "responses": {"200": {"description": "OK"}}}}


def minimal(**fields: Any) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "host": "example.com",
        "paths": {"/a": GET_A},
        **fields,
    }


def scheme(**fields: Any) -> dict[str, Any]:
    return {"securityDefinitions": {"k": fields}}


def info(**fields: Any) -> dict[str, Any]:
    return {"info": {"title": "T", "version": "1", **fields}}


@pytest.mark.parametrize(
    ("fields", "pointer"),
    [
        (info(contact={"url": [1]}), "/info/contact/url"),
        (info(license={"name": "MIT", "url": 3}), "/info/license/url"),
        (scheme(type="apiKey", name=3, **{"in": "header"}), "/securityDefinitions/k"),
        (scheme(type="apiKey", name="k", **{"in": 3}), "/securityDefinitions/k"),
        (scheme(type="apiKey", name="k", description=[]), "/securityDefinitions/k/description"),
        (scheme(type="oauth2", flow="accessCode", tokenUrl=3), "/securityDefinitions/k"),
        (
            scheme(type="oauth2", flow="accessCode", scopes={"a": 3}),
            "/securityDefinitions/k/scopes/a",
        ),
    ],
)
def test_a_wrong_type_in_info_or_security_is_a_warning_not_a_refused_definition(
    fields: dict[str, Any], pointer: str, tmp_path: Path
) -> None:
    """openapi-python-client refuses a whole document for one non-string there."""
    report = render_client(
        Definition.from_data(minimal(**fields)), tmp_path / "client", overrides=OVERRIDES
    )
    assert report.operations == ["A"]
    assert pointer in [w.pointer for w in report.warnings], report.warnings


def test_a_tag_whose_every_operation_is_skipped_still_gives_a_client(tmp_path: Path) -> None:
    """An enum mixing lists and strings makes openapi-python-client skip the operation; its
    tag is left empty, and the client (README included) is rendered around it."""
    bad = {"name": "q", "in": "query", "type": "string", "enum": [["a"], "b"]}
    paths = {
        "/a": {"get": {**GET_A["get"], "tags": ["lonely"], "parameters": [bad]}},
        "/b": {
            "get": {"operationId": "B", "tags": ["fine"], "responses": GET_A["get"]["responses"]}
        },
    }
    report = render_client(
        Definition.from_data(minimal(paths=paths)), tmp_path / "client", overrides=OVERRIDES
    )
    assert report.operations == ["B"]
    [skipped] = report.skipped
    assert (skipped.operation, skipped.pointer) == ("A", "/paths/~1a/get") and skipped.reason
    with isolated_import(tmp_path / "client", report.package) as package:
        client = package.Client(base_url="http://127.0.0.1:9")
        assert callable(client.fine.b)
    readme = (tmp_path / "client" / "README.md").read_text()
    assert "| `client.fine` | `b`: B |" in readme and "client.lonely" not in readme


BODY_BRANCH = re.compile(r"isinstance\(body, ([^)]+)\)")


def test_every_body_branch_of_the_corpus_clients_tests_a_class_of_its_own(
    corpus_runs: dict[str, Run],
) -> None:
    """A generated operation picks its body's media type by ``isinstance``; two branches on the
    same type would both run (JSON then form data overwrite each other), and ``Any`` or
    ``list[str]`` raise TypeError."""
    for run in corpus_runs.values():
        for module in (run.out / "client").glob("*/api/*/*.py"):
            branches = BODY_BRANCH.findall(module.read_text())
            assert len(branches) == len(set(branches)), module
            assert not [b for b in branches if "[" in b or b == "Any"], module


@pytest.mark.parametrize("schema", [{}, {"type": "array", "items": {"type": "string"}}])
def test_a_body_that_is_not_an_inline_object_is_sent_as_json_only(
    schema: dict[str, Any], tmp_path: Path
) -> None:
    consumes = ["multipart/form-data", "application/json", "application/x-www-form-urlencoded"]
    body = {"name": "b", "in": "body", "required": True, "schema": schema}
    operation = {**GET_A["get"], "consumes": consumes, "parameters": [body]}
    swagger = minimal(paths={"/a": {"post": operation}})
    report = render_client(Definition.from_data(swagger), tmp_path / "client", overrides=OVERRIDES)
    assert report.operations == ["A"]
    assert [w.pointer for w in report.warnings] == ["/paths/~1a/post/parameters/0"]
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    with isolated_import(tmp_path / "client", report.package) as package:
        client = package.Client(transport=httpx.MockTransport(answer), retry=None)
        client.default.a(body=["x", "y"])
    assert sent[0].headers["content-type"] == "application/json"
    assert json.loads(sent[0].content) == ["x", "y"]
