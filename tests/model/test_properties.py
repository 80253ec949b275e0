"""apiProperties.json in the model: read leniently, with each problem at its file and pointer."""

from __future__ import annotations

import json
from pathlib import Path

from trconnect.model import Definition, load_properties, package_files

from tests.conftest import SHARED

CONNECTORS = SHARED / "connectors"


def write(folder: Path, properties: object, definition: str = "apiDefinition.swagger.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / definition
    spec.write_text(json.dumps({"swagger": "2.0", "info": {"title": "T", "version": "1"}}))
    (folder / "apiProperties.json").write_text(json.dumps(properties))
    return spec


def test_careless_values_are_problems_at_their_pointer(tmp_path: Path) -> None:
    spec = write(
        tmp_path,
        {
            "properties": {
                "connectionParameters": {"api_key": "not an object", "host": {"type": 7}},
                "policyTemplateInstances": [{"title": "no id"}, {"templateId": "SetHeader"}],
                "capabilities": ["actions", 3],
            }
        },
    )
    properties = Definition.load(spec).properties
    found = {(p.pointer, p.message.split(";")[0]) for p in properties.problems}
    assert found == {
        ("/properties/connectionParameters/api_key", "is not an object"),
        ("/properties/connectionParameters/host/type", "no type"),
        ("/properties/policyTemplateInstances/0", "has no templateId"),
        ("/properties/capabilities/1", "is not a string"),
    }
    assert all(p.file == str(tmp_path / "apiProperties.json") for p in properties.problems)
    assert [p.template for p in properties.policies] == ["setheader"]  # lower-cased
    assert [p.name for p in properties.connection_parameters] == ["host"]
    assert properties.capabilities == ("actions",)


def test_the_definition_name_is_matched_without_case_and_script_is_found(tmp_path: Path) -> None:
    spec = write(
        tmp_path, {"properties": {"scriptOperations": ["A"]}}, "apidefinition.swagger.json"
    )
    (tmp_path / "script.csx").write_text("// code")
    files = package_files(spec)
    assert files.properties == tmp_path / "apiProperties.json"
    assert files.script == tmp_path / "script.csx"
    script = load_properties(files).script
    assert script is not None and script.covers("A") and not script.covers("B")


def test_a_definition_of_another_name_takes_properties_only_when_given(tmp_path: Path) -> None:
    spec = write(tmp_path, {"properties": {}}, "mine.json")
    assert package_files(spec).properties is None
    assert package_files(spec, tmp_path / "apiProperties.json").properties is not None


def test_published_policies_scopes_sets_and_secrets_are_read() -> None:
    annature = Definition.load(
        CONNECTORS / "independent-publisher-connectors/Annature/apiDefinition.swagger.json"
    ).properties
    route = next(p for p in annature.policies if p.template == "routerequesttoendpoint")
    assert route.operations == ("DeleteEnvelope",)
    assert route.parameters == {"newPath": "/envelopes/{id}", "httpMethod": "DELETE"}
    assert [p.template for p in annature.policies_for("GetAccounts")] == ["setheader", "setheader"]
    assert [p.template for p in annature.policies_for("DeleteEnvelope")] == [
        "setheader",
        "routerequesttoendpoint",
        "setheader",
    ]
    assert {p.name: p.secret for p in annature.connection_parameters} == {
        "api_client_id": False,
        "api_key": True,
    }
    events = Definition.load(
        CONNECTORS / "certified-connectors/3E Events/apiDefinition.swagger.json"
    ).properties
    assert [s.name for s in events.parameter_sets] == ["aadProd", "aadPreview", "aadNonprod"]
    host = {p.name: p for p in events.parameter_sets[1].parameters}["token:customHost"]
    assert (host.default, host.allowed) == ("api.elite.com/preview", ("api.elite.com/preview",))
