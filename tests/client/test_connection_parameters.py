"""Connection parameters configure the client, on published connectors' clients.

Each connection parameter of apiProperties.json is a constructor keyword (snake_case, typed,
with a ``<PACKAGE>_<PARAM>`` variable as fallback); securestring values are secrets; a
connector with parameter sets has the caller pick one and checks only its parameters.
"""

from __future__ import annotations

import importlib
import inspect
import json
import keyword
import os
import typing
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from trconnect import pipeline
from trconnect.model import load_properties, package_files
from trconnect.render.client_package import RESERVED, connection_keywords

from tests.client.conftest import import_package
from tests.client.published import CONNECTORS, Published, Wire, published_fixture  # noqa: F401

DEEPL = "certified-connectors/DeepL"
ALKYMI = "certified-connectors/Alkymi"
EVENTS = "certified-connectors/3E Events"  # three parameter sets
KEY = "k-77-secret-value"
DEEPL_PRO = "https://api.deepl.com/v2"

Get = Callable[[str], Published]


def test_each_parameter_is_a_typed_keyword(published: Get) -> None:
    client = published(DEEPL).package.Client
    parameters = inspect.signature(client).parameters
    assert parameters["api_key"].annotation == "str | None"
    allowed = "Literal['https://api-free.deepl.com/v2', 'https://api.deepl.com/v2'] | None"
    assert parameters["environment"].annotation == allowed
    assert parameters["environment"].kind is inspect.Parameter.KEYWORD_ONLY


def test_a_value_outside_the_allowed_ones_is_refused(published: Get) -> None:
    deepl = published(DEEPL).package
    with pytest.raises(deepl._connection.InvalidConnection, match="environment") as raised:
        deepl.Client(KEY, environment="https://evil.example")
    assert "https://api.deepl.com/v2" in str(raised.value)
    assert KEY not in str(raised.value)


def test_a_missing_required_parameter_names_keyword_and_variable(
    published: Get, monkeypatch: pytest.MonkeyPatch
) -> None:
    deepl = published(DEEPL).package
    monkeypatch.delenv("DEEPL_ENVIRONMENT", raising=False)
    with pytest.raises(deepl.MissingApiKey, match=r"environment \(or DEEPL_ENVIRONMENT\)"):
        deepl.Client(KEY)


def test_the_environment_fills_in_what_is_not_given(
    published: Get, monkeypatch: pytest.MonkeyPatch
) -> None:
    deepl = published(DEEPL).package
    monkeypatch.setenv("DEEPL_API_KEY", KEY)
    monkeypatch.setenv("DEEPL_ENVIRONMENT", DEEPL_PRO)
    wire = Wire(lambda request: httpx.Response(200, json={}))
    deepl.Client(transport=wire.transport()).meta_information.get_usage()
    sent = wire.only()
    assert str(sent.url) == f"{DEEPL_PRO}/usage"
    assert sent.headers["authorization"] == f"DeepL-Auth-Key {KEY}"


def test_a_securestring_stays_out_of_repr_and_errors(published: Get) -> None:
    """Alkymi's api_key reaches the API only through a policy; an answer that echoes it does
    not carry it into the exception."""
    alkymi = published(ALKYMI).package
    echo = {"detail": f"bad credentials: Token {KEY}"}
    wire = Wire(lambda request: httpx.Response(401, json=echo))
    client = alkymi.Client(api_key=KEY, host_name="acme.alkymi.io", transport=wire.transport())
    with pytest.raises(alkymi.Unauthorized) as raised:
        client.datasets.datasets_list()
    assert wire.only().headers["authorization"] == f"Token {KEY}"
    for text in (repr(client), str(raised.value), repr(raised.value), str(raised.value.body)):
        assert KEY not in text


def test_a_parameter_set_must_be_picked_among_several(published: Get) -> None:
    events = published(EVENTS).package
    with pytest.raises(events._connection.InvalidConnection, match="aadNonprod") as raised:
        events.Client(access_token="t")
    assert "connection_set" in str(raised.value)
    with pytest.raises(events._connection.InvalidConnection, match="no set 'prod'"):
        events.Client(access_token="t", connection_set="prod")


def test_only_the_chosen_sets_required_parameters_are_checked(published: Get) -> None:
    events = published(EVENTS).package
    variable = "CONNECTOR_3E_EVENTS_TOKEN_3E_INSTANCE_ID"
    with pytest.raises(events.MissingApiKey, match=f"token_3e_instance_id \\(or {variable}\\)"):
        events.Client(access_token="t", connection_set="aadProd")
    with pytest.raises(events.MissingApiKey) as raised:
        events.Client(access_token="t", connection_set="aadNonprod", token_3e_instance_id="i")
    assert "token_custom_host" in str(raised.value)  # free text in this set, no default
    assert "token_client_secret" not in str(raised.value)  # the sign-in's: no policy reads it


def test_a_set_sends_its_own_defaults(published: Get) -> None:
    """aadPreview's host default is its own; setqueryparameter (skip) adds the tenant and
    ``@connectionParameters('token:notes','')`` falls back to ''."""
    events = published(EVENTS).package
    wire = Wire(lambda request: httpx.Response(200, content=b"%PDF"))
    client = events.Client(
        access_token="t",
        connection_set="aadPreview",
        token_3e_instance_id="inst-1",
        transport=wire.transport(),
    )
    client.default.download_file("f 1")
    client.default.download_file("f 2", extra_query={"3eInstanceId": "mine"})
    first, second = wire.sent
    assert first.method == "GET"
    assert str(first.url) == (
        "https://api.elite.com/preview/3e/events/webhook/v1/template/file/f%201?3eInstanceId=inst-1"
    )
    assert first.headers["authorization"] == "Bearer t"
    assert second.url.params.get_list("3eInstanceId") == ["mine"]  # existsAction: skip


def test_keywords_over_every_published_connector_are_valid_and_unique() -> None:
    """Every connection parameter of the 523 becomes a keyword that is an identifier, not a
    Python keyword, not one of the constructor's own, and distinct from the others."""
    if not CONNECTORS.is_dir():
        pytest.skip(f"{CONNECTORS} is not present")
    specs = [p for p in CONNECTORS.rglob("*") if p.name.lower() == "apidefinition.swagger.json"]
    seen = 0
    for spec in sorted(specs):
        properties = load_properties(package_files(Path(spec)))
        words = [k.keyword for k in connection_keywords(properties, "PKG")]
        seen += len(words)
        assert len(set(words)) == len(words), spec
        for word in words:
            assert word.isidentifier() and not keyword.iskeyword(word), (spec, word)
            assert word not in RESERVED, (spec, word)
    assert seen > 500


def test_no_security_and_no_parameters_is_said_truthfully(published: Get) -> None:
    zippo = published("independent-publisher-connectors/Zippopotamus").package
    doc = typing.cast(str, zippo.Client.__doc__)
    assert "declares no credential" in " ".join(doc.split())
    alkymi = published(ALKYMI).package
    doc = " ".join(typing.cast(str, alkymi.Client.__doc__).split())
    assert "credential is among the connection's parameters" in doc
    assert "``api_key`` or ``ALKYMI_API_KEY``" in doc


def test_a_given_base_url_makes_host_only_parameters_optional(
    published: Get, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DeepL's environment only builds the host: with base_url (a mock, a proxy) it is not
    asked for; the key, which a header policy reads, still is."""
    deepl = published(DEEPL).package
    monkeypatch.delenv("DEEPL_ENVIRONMENT", raising=False)
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    wire = Wire(lambda request: httpx.Response(200, json={}))
    client = deepl.Client(KEY, base_url="http://127.0.0.1:4010", transport=wire.transport())
    client.meta_information.get_usage()
    assert str(wire.only().url) == "http://127.0.0.1:4010/usage"
    with pytest.raises(deepl.MissingApiKey, match="DEEPL_API_KEY"):
        deepl.Client(base_url="http://127.0.0.1:4010")


HOSTILE = 'x"""\nimport os; os.system("echo pwned")  # \\\' {{ }}'


def test_hostile_text_in_apiproperties_stays_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Names, labels, allowed values and policy values written to break out of a literal or
    a docstring come back unchanged as data, and nothing of them runs."""
    monkeypatch.setattr(os, "system", lambda command: pytest.fail(f"ran {command!r}"))
    folder = tmp_path / "hostile"
    folder.mkdir()
    swagger = {
        "swagger": "2.0",
        "info": {"title": "Hostile", "version": "1"},
        "host": "api.example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {"/items": {"get": {"operationId": "ListItems", "responses": {"200": {}}}}},
    }
    parameter = {
        "type": "string",
        "uiDefinition": {
            "displayName": HOSTILE,
            "constraints": {"required": "true", "allowedValues": [{"value": HOSTILE}]},
        },
    }
    properties = {
        "properties": {
            "connectionParameters": {HOSTILE: parameter, "class": {"type": "securestring"}},
            "policyTemplateInstances": [
                {
                    "templateId": "setheader",
                    "title": HOSTILE,
                    "parameters": {
                        "x-ms-apimTemplateParameter.name": "X-Hostile",
                        "x-ms-apimTemplateParameter.value": HOSTILE,
                        "x-ms-apimTemplateParameter.existsAction": "override",
                    },
                }
            ],
        }
    }
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(swagger))
    (folder / "apiProperties.json").write_text(json.dumps(properties))
    out = tmp_path / "out"
    outcome = pipeline.generate(
        pipeline.job_for(folder / "apiDefinition.swagger.json", out, None, lenient=False)
    )
    assert outcome.client is not None
    package = import_package(out / "client", outcome.client.package)
    connector = importlib.import_module(f"{package.__name__}._connector")
    assert [row["name"] for row in connector.PARAMETERS] == [HOSTILE, "class"]
    assert connector.PARAMETERS[0]["allowed"] == [HOSTILE]
    assert connector.POLICIES[0]["parameters"]["value"] == HOSTILE
    keywords = list(inspect.signature(package.Client).parameters)
    assert "class_" in keywords and all(k.isidentifier() for k in keywords)
