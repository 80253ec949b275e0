"""``python -m generator validate`` and ``lint-spec``: output, formats and exit codes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from trconnect import cli

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLEAN, CLEAN_SPEC = FIXTURES / "clean", FIXTURES / "clean_spec.yaml"
ROOT = Path(__file__).resolve().parents[2]
DUPLICATE_ID = {
    "rule": "operation-id-duplicate",
    "patch": [
        {"op": "set", "path": "/paths/~1notes~1{noteId}/delete/operationId", "value": "GetNote"}
    ],
}
NO_DESCRIPTION = {
    "rule": "description-missing",
    "patch": [{"op": "remove", "path": "/paths/~1folders/get/description"}],
}
LINT_LINE = re.compile(r"^\S+:\d+: [a-z0-9-]+: .+$")


@pytest.fixture
def run(monkeypatch, capsys):
    """Run the real command line with only this area's commands, as ``(exit, out, err)``."""
    monkeypatch.setattr(cli, "COMMANDS", ("validate", "lint_spec"))

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_clean_connector_exits_0(run) -> None:
    code, out, _ = run("validate", CLEAN)
    assert code == 0
    assert out.splitlines()[-1].startswith("0 errors, 0 warnings in ")


def test_errors_exit_1_with_rule_pointer_line_and_fix(run, bad_fixture) -> None:
    code, out, _ = run("validate", bad_fixture(DUPLICATE_ID))
    assert code == 1
    assert re.search(r"apiDefinition\.swagger\.json:\d+: error operation-id-duplicate: ", out)
    assert "[at /paths/~1notes~1{noteId}/delete/operationId]" in out
    assert "    fix: rename one of the operations" in out


def test_warnings_alone_exit_0(run, bad_fixture) -> None:
    code, out, _ = run("validate", bad_fixture(NO_DESCRIPTION))
    assert code == 0
    assert "warning description-missing" in out and "0 errors, 1 warnings" in out


def test_json_format_for_pipelines(run, bad_fixture) -> None:
    code, out, _ = run("validate", bad_fixture(DUPLICATE_ID), "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["errors"] == 1 and report["warnings"] == 0
    (finding,) = report["findings"]
    assert finding["rule"] == "operation-id-duplicate" and finding["severity"] == "error"
    assert finding["pointer"] == "/paths/~1notes~1{noteId}/delete/operationId"
    assert finding["line"] > 1 and finding["fix"]


def test_a_definition_file_brings_its_siblings(run) -> None:
    _, out, _ = run("validate", CLEAN / "apiDefinition.swagger.json", "--format", "json")
    assert [Path(f).name for f in json.loads(out)["files"]] == [
        "apiDefinition.swagger.json",
        "apiProperties.json",
        "settings.json",
    ]


def test_invalid_json_exits_2_with_place_and_hint(run, tmp_path) -> None:
    connector = tmp_path / "connector"
    shutil.copytree(CLEAN, connector)
    definition = connector / "apiDefinition.swagger.json"
    definition.write_text(definition.read_text().replace('"1.0",', '"1.0",,', 1))
    code, out, err = run("validate", connector)
    assert code == 2 and out == ""
    assert re.search(r"apiDefinition\.swagger\.json:6:\d+: .+\n  hint: .*--lenient", err)


def test_lenient_reports_each_repair_as_a_warning(run, tmp_path) -> None:
    connector = tmp_path / "connector"
    shutil.copytree(CLEAN, connector)
    definition = connector / "apiDefinition.swagger.json"
    text = definition.read_text().replace('"version": "1.0",', '"version": "1.0", // ours', 1)
    definition.write_text(text.replace('"schemes": ["https"],', '"schemes": ["https",],', 1))
    code, out, _ = run("validate", connector, "--lenient", "--format", "json")
    repairs = [f for f in json.loads(out)["findings"] if f["rule"] == "json-repaired"]
    assert code == 0
    assert [(f["line"], f["severity"]) for f in repairs] == [(6, "warning"), (15, "warning")]


def test_missing_definition_in_folder_exits_2(run, tmp_path) -> None:
    code, _, err = run("validate", tmp_path)
    assert code == 2 and "no apiDefinition.swagger.json in this folder" in err


def test_schemas_folder_that_does_not_exist_exits_2(run, tmp_path) -> None:
    code, _, err = run("validate", CLEAN, "--schemas", tmp_path / "nowhere")
    assert code == 2 and "no such folder" in err


def test_schema_violations_are_findings(run, bad_fixture, shared) -> None:
    schemas = shared / "schemas"
    case = {"patch": [{"op": "set", "path": "/schemes", "value": "https"}]}
    code, out, _ = run("validate", bad_fixture(case), "--schemas", schemas, "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["schemas"] == str(schemas)
    assert [
        (f["pointer"], f["severity"]) for f in report["findings"] if f["rule"] == "ms-schema"
    ] == [("/schemes", "error")]


def test_a_key_the_schema_lacks_is_a_warning_the_service_ignores(run, bad_fixture, shared):
    case = {"patch": [{"op": "set", "path": "/paths/~1folders/get/x_bogus", "value": 1}]}
    schemas = shared / "schemas"
    code, out, _ = run("validate", bad_fixture(case), "--schemas", schemas, "--format", "json")
    found = [f for f in json.loads(out)["findings"] if f["rule"] == "ms-schema"]
    assert code == 0 and [(f["pointer"], f["severity"]) for f in found] == [
        ("/paths/~1folders/get/x_bogus", "warning")
    ]
    assert "check the spelling" in found[0]["message"]


def test_schemas_folder_as_microsoft_publishes_it_with_comments(run, shared, tmp_path) -> None:
    # Microsoft's own apiDefinition.swagger.schema.json carries a '// TODO' comment.
    for source in (shared / "schemas").glob("*.schema.json"):
        lines = source.read_text(encoding="utf-8").splitlines()
        lines.insert(1, "  // TODO: as in microsoft/PowerPlatformConnectors")
        (tmp_path / source.name).write_text("\n".join(lines), encoding="utf-8")
    code, out, err = run("validate", CLEAN, "--schemas", tmp_path)
    assert (code, err) == (0, "") and f"schemas from {tmp_path}" in out


def test_without_schemas_the_report_says_they_were_not_checked(run, bad_fixture) -> None:
    case = {"patch": [{"op": "set", "path": "/paths/~1folders/get/x_bogus", "value": 1}]}
    connector = bad_fixture(case)
    code, out, _ = run("validate", connector)
    assert code == 0 and "ms-schema" not in out
    skipped = [line for line in out.splitlines() if "schemas not checked" in line]
    assert len(skipped) == 1 and "pass --schemas DIR" in skipped[0]
    code, out, _ = run("validate", connector, "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["schemas"] is None
    assert not [f for f in report["findings"] if f["rule"] == "ms-schema"]


def test_with_schemas_the_report_names_their_folder(run, shared) -> None:
    code, out, _ = run("validate", CLEAN, "--schemas", shared / "schemas")
    assert code == 0 and "not checked" not in out
    assert out.splitlines()[-1].endswith(f"(with Microsoft's schemas from {shared / 'schemas'})")


def test_lint_spec_prints_file_line_rule_message(run, bad_fixture) -> None:
    case = {
        "base": "spec",
        "patch": [
            {"op": "set", "path": "/paths/~1folders/get/summary", "value": "List All Folders."},
            {"op": "set", "path": "/paths/~1folders/get/operationId", "value": "list_folders"},
        ],
    }
    code, out, _ = run("lint-spec", bad_fixture(case))
    lines = out.splitlines()
    assert code == 1 and lines and all(LINT_LINE.match(line) for line in lines)
    rules = {line.split(": ")[1] for line in lines}
    assert {
        "summary-sentence-case",
        "summary-restricted-characters",
        "operation-id-pascal-case",
    } <= rules


def test_lint_spec_clean_prints_nothing(run) -> None:
    assert run("lint-spec", CLEAN_SPEC) == (0, "", "")


def test_lint_spec_yaml_error_names_line_and_column(run) -> None:
    code, out, err = run("lint-spec", FIXTURES / "broken_spec.yaml")
    assert code == 2 and out == ""
    assert "broken_spec.yaml:5:2: invalid YAML" in err


@pytest.mark.skipif(
    not (ROOT / "spec" / "textrequest.yaml").is_file(), reason="no project spec yet"
)
def test_lint_spec_passes_the_project_spec(run, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    assert run("lint-spec") == (0, "", "")


@pytest.mark.skipif(not (ROOT / "generated" / "connector").is_dir(), reason="not generated yet")
def test_generated_connector_is_clean(run) -> None:
    code, out, _ = run("validate", ROOT / "generated" / "connector")
    assert code == 0 and out.splitlines()[-1].startswith("0 errors, 0 warnings")


def test_rules_lists_every_rule_and_the_coverage(run) -> None:
    from trconnect.validate import RULES
    from trconnect.validate.microsoft import microsoft_codes

    code, text, _ = run("validate", "--rules")
    assert code == 0
    assert text.splitlines()[-1] == microsoft_codes().coverage_line()
    assert all(f"\n{rule_id} " in text for rule_id in RULES)
    code, out, _ = run("validate", "--rules", "--format", "json")
    document = json.loads(out)
    assert {row["rule"] for row in document["rules"]} == set(RULES)
    assert document["coverage"] == microsoft_codes().coverage_line()
    listed = sum(len(names) for names in document["without_rule"].values())
    assert listed == sum(1 for entry in microsoft_codes().codes if not entry.rules)


def test_file_names_are_matched_without_case(run, tmp_path) -> None:
    # Merged MicrosoftGraphSecurity ships apidefinition.swagger.json; Microsoft reads it.
    folder = tmp_path / "connector"
    folder.mkdir()
    for source in CLEAN.iterdir():
        shutil.copy(source, folder / source.name.lower())
    code, out, err = run("validate", folder, "--format", "json")
    report = json.loads(out)
    assert (code, err) == (0, "")
    assert [Path(name).name for name in report["files"]] == [
        "apidefinition.swagger.json",
        "apiproperties.json",
        "settings.json",
    ]


def test_a_byte_that_is_not_utf8_is_refused_with_its_place_and_read_by_lenient(run, tmp_path):
    folder = tmp_path / "connector"
    shutil.copytree(CLEAN, folder)
    definition = folder / "apiDefinition.swagger.json"
    raw = definition.read_bytes()
    definition.write_bytes(raw.replace(b'"List folders"', b'"List\xad folders"', 1))
    line = raw[: raw.index(b'"List folders"')].count(b"\n") + 1
    code, _, err = run("validate", folder)
    assert code == 2 and f":{line}:" in err and "not UTF-8" in err and "Traceback" not in err
    code, out, _ = run("validate", folder, "--lenient", "--format", "json")
    repaired = [f for f in json.loads(out)["findings"] if f["rule"] == "json-repaired"]
    assert [(f["line"], f["severity"]) for f in repaired] == [(line, "warning")]
