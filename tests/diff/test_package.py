"""``diff`` reads both files of a connector: real connectors, copied and edited into a new version.

Each case copies a published connector folder from ``../shared/connectors`` twice into
``tmp_path`` (the old and the new version), edits the new copy's apiProperties.json or
definition as an upstream change would, and compares the two folders as a user would.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trconnect.diff import diff_definitions, load_side

from tests.conftest import ROOT

CONNECTORS = ROOT.parent / "shared" / "connectors"
ANNATURE = CONNECTORS / "independent-publisher-connectors" / "Annature"
AIRMEET = CONNECTORS / "certified-connectors" / "Airmeet"
KANBAN = CONNECTORS / "certified-connectors" / "Kanban Tool"
DEEPL = CONNECTORS / "certified-connectors" / "DeepL"
RESCO = CONNECTORS / "certified-connectors" / "RescoCloud"
ZOHO_MAIL = CONNECTORS / "certified-connectors" / "Zoho Mail"
DEFINITION, PROPERTIES = "apiDefinition.swagger.json", "apiProperties.json"

# The kinds only a connector's apiProperties.json (or a real definition) shows, each tested here.
PACKAGE_KINDS = {
    "connection-parameter-required",
    "parameter-set-removed",
    "parameter-set-added",
    "policy-host-changed",
    "policy-route-changed",
    "policy-header-dropped",
    "policy-query-dropped",
    "policy-changed",
}
Doc = dict[str, Any]
Edit = Callable[[Doc], Any]


def _json(path: Path) -> Doc:
    data: Doc = json.loads(path.read_text(encoding="utf-8-sig"))
    return data


def versions(
    tmp_path: Path, connector: Path, properties: Edit | None = None, definition: Edit | None = None
) -> tuple[Path, Path]:
    """The old folder (as published) and the new one (edited), both in ``tmp_path``."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(connector, old)
    shutil.copytree(connector, new)
    for name, edit in ((PROPERTIES, properties), (DEFINITION, definition)):
        if edit is not None:
            data = _json(new / name)
            edit(data)
            (new / name).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return old, new


def changes(old: Path, new: Path) -> set[tuple[str, bool, str, str]]:
    """(kind, breaking, operation, pointer) of every change between two connector folders."""
    sides = [load_side(str(side), repo=Path.cwd(), spec_path="") for side in (old, new)]
    return {(c.kind, c.breaking, c.operation, c.pointer) for c in diff_definitions(*sides)}


def policies(data: Doc) -> list[Doc]:
    found: list[Doc] = data["properties"]["policyTemplateInstances"]
    return found


def titled(data: Doc, title: str) -> Doc:
    return next(p for p in policies(data) if p["title"] == title)


def test_the_published_folder_against_itself_is_no_change(tmp_path: Path) -> None:
    assert changes(*versions(tmp_path, ANNATURE)) == set()


def test_a_new_required_connection_parameter_breaks_existing_connections(tmp_path: Path) -> None:
    region = {"type": "string", "uiDefinition": {"constraints": {"required": "true"}}}
    edit = lambda d: d["properties"]["connectionParameters"].update(region=region)  # noqa: E731
    found = changes(*versions(tmp_path, ANNATURE, properties=edit))
    pointer = "/properties/connectionParameters/region"
    assert found == {("connection-parameter-required", True, "", pointer)}


def test_a_connection_parameter_made_required_breaks_and_an_optional_new_one_does_not(
    tmp_path: Path,
) -> None:
    def edit(data: Doc) -> None:
        parameters = data["properties"]["connectionParameters"]
        parameters["note"] = {"type": "string", "uiDefinition": {"constraints": {}}}
        parameters["environment"]["uiDefinition"]["constraints"]["required"] = "false"

    old, new = versions(tmp_path, DEEPL, properties=edit)
    assert changes(old, new) == set()  # optional now, and a new optional one: nothing breaks
    assert {c[0] for c in changes(new, old)} == {"connection-parameter-required"}


def test_a_removed_parameter_set_breaks_and_an_added_one_does_not(tmp_path: Path) -> None:
    def edit(data: Doc) -> None:
        sets = data["properties"]["connectionParameterSets"]["values"]
        sets.append({**sets.pop(0), "name": "privateServer"})

    old, new = versions(tmp_path, RESCO, properties=edit)
    found = changes(old, new)
    assert ("parameter-set-removed", True, "", "/properties/connectionParameterSets/values/0") in (
        found
    )
    added = "/properties/connectionParameterSets/values/1"
    assert ("parameter-set-added", False, "", added) in found
    assert {kind for kind, *_ in found} == {"parameter-set-removed", "parameter-set-added"}


def test_an_operation_moved_out_of_a_dynamic_host_policy_changes_its_host(tmp_path: Path) -> None:
    def edit(data: Doc) -> None:
        titled(data, "baseUrl")["parameters"]["x-ms-apimTemplate-operationName"].remove(
            "GetAirmeets"
        )

    found = changes(*versions(tmp_path, AIRMEET, properties=edit))
    moved = [c for c in found if c[0] == "policy-host-changed"]
    assert len(moved) == 1 and moved[0][1] is True and moved[0][2].startswith("GetAirmeets ")
    # placed at the policy that no longer covers it, in the old apiProperties.json
    assert policies(_json(AIRMEET / PROPERTIES))[6]["title"] == "baseUrl"
    assert moved[0][3] == "/properties/policyTemplateInstances/6"


def test_a_route_policy_that_goes_changes_the_method_sent(tmp_path: Path) -> None:
    edit = lambda d: policies(d).remove(titled(d, "SetEmptyBodyFoDelete"))  # noqa: E731
    old, new = versions(tmp_path, ANNATURE, properties=edit)
    sides = [load_side(str(side), repo=Path.cwd(), spec_path="") for side in (old, new)]
    found = [c for c in diff_definitions(*sides) if c.breaking]
    assert [(c.kind, c.operation.split()[0]) for c in found] == [
        ("policy-route-changed", "DeleteEnvelope")
    ]
    assert "HEAD /envelopes/{id} instead of DELETE /envelopes/{id}" in found[0].message
    assert found[0].side == "old" and found[0].file.endswith(f"old/{PROPERTIES}")


def test_a_header_a_policy_stops_setting_breaks_every_operation_it_covered(
    tmp_path: Path,
) -> None:
    edit = lambda d: policies(d).remove(titled(d, "SetAnnatureKey"))  # noqa: E731
    found = changes(*versions(tmp_path, ANNATURE, properties=edit))
    operations = len(_json(ANNATURE / DEFINITION)["paths"])  # at least one per path
    dropped = [c for c in found if c[0] == "policy-header-dropped"]
    assert len(dropped) >= operations and all(c[1] for c in dropped)
    assert {c[3] for c in dropped} == {"/properties/policyTemplateInstances/2"}
    assert {c[0] for c in found} == {"policy-header-dropped"}


def test_a_query_parameter_a_policy_stops_setting_breaks(tmp_path: Path) -> None:
    edit = lambda d: policies(d).remove(titled(d, "AddPlatformParam"))  # noqa: E731
    found = changes(*versions(tmp_path, KANBAN, properties=edit))
    assert found and {(c[0], c[1], c[3]) for c in found} == {
        ("policy-query-dropped", True, "/properties/policyTemplateInstances/1")
    }


def test_a_header_value_that_changes_is_reported_not_breaking(tmp_path: Path) -> None:
    def edit(data: Doc) -> None:
        header = titled(data, "Apply DeepL API Key to Header")["parameters"]
        header["x-ms-apimTemplateParameter.value"] = "Bearer @headers('Authorization')"

    found = changes(*versions(tmp_path, DEEPL, properties=edit))
    assert found and {(c[0], c[1], c[3]) for c in found} == {
        ("policy-changed", False, "/properties/policyTemplateInstances/0")
    }


ACCOUNT = "/paths/~1api~1accounts~1{account_id}/get/parameters/0"
CONTENT = "/paths/~1api~1accounts~1{account_id}~1folders~11~1messages~1{message_id}~1content/get"
TRIGGER = "/paths/~1integPlatform~1api~1outgoingWebhooks~1newcriteriamail/post/parameters"


def _resolve(data: Doc, pointer: str) -> Any:
    node: Any = data
    for token in pointer.strip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_url_encoding_and_value_path_changes_are_reported_not_breaking(tmp_path: Path) -> None:
    def edit(data: Doc) -> None:
        _resolve(data, ACCOUNT)["x-ms-url-encoding"] = "double"
        _resolve(data, TRIGGER + "/0/x-ms-dynamic-values")["value-path"] = "accountName"

    found = changes(*versions(tmp_path, ZOHO_MAIL, definition=edit))
    assert {(c[0], c[1], c[3]) for c in found} == {
        ("url-encoding-changed", False, ACCOUNT + "/x-ms-url-encoding"),
        ("dynamic-changed", False, TRIGGER + "/0/x-ms-dynamic-values"),
    }


def test_removing_an_internal_parameter_with_a_default_is_not_breaking(tmp_path: Path) -> None:
    def edit(data: Doc) -> None:
        parameters = _resolve(data, CONTENT + "/parameters")
        assert parameters[2]["x-ms-visibility"] == "internal" and "default" in parameters[2]
        del parameters[2]

    found = changes(*versions(tmp_path, ZOHO_MAIL, definition=edit))
    assert {(c[0], c[1], c[3]) for c in found} == {
        ("internal-parameter-removed", False, CONTENT + "/parameters/2")
    }


def test_the_command_compares_folders_and_names_apiproperties(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    edit = lambda d: policies(d).remove(titled(d, "SetEmptyBodyFoDelete"))  # noqa: E731
    old, new = versions(tmp_path, ANNATURE, properties=edit)
    code, out, _ = run_cli(old, new, "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["breaking"] == 1
    (row,) = report["changes"]
    assert row["file"] == str(old / PROPERTIES) and row["line"] is None
    code, out, _ = run_cli(old, new)
    assert "policy-route-changed" in out and str(old / PROPERTIES) in out


def test_a_revision_reads_the_apiproperties_beside_the_definition_at_that_revision(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(ANNATURE, repo / "Annature")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git[:1], "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "-C", str(repo), "add", "."], check=True)
    subprocess.run([*git, "-C", str(repo), "commit", "-qm", "published"], check=True)
    data = _json(repo / "Annature" / PROPERTIES)
    policies(data).remove(titled(data, "SetAnnatureKey"))
    (repo / "Annature" / PROPERTIES).write_text(json.dumps(data), encoding="utf-8")
    spec_path = f"Annature/{DEFINITION}"
    code, out, _ = run_cli(
        "git:HEAD", repo / spec_path, "--repo", repo, "--spec-path", spec_path, "--format", "json"
    )
    kinds = {row["kind"] for row in json.loads(out)["changes"]}
    assert code == 1 and kinds == {"policy-header-dropped"}
