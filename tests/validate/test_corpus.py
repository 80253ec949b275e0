"""The validator runs on every real connector definition and reports, without crashing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from trconnect.errors import InputError
from trconnect.load import load_document
from trconnect.load.pointer import resolve
from trconnect.validate import RULES, validate_connector

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
FOLDERS = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []
KNOWN_RULES = set(RULES) | {"ms-schema", "json-repaired"}


def _is_json(path: Path) -> bool:
    try:
        json.loads(path.read_text(encoding="utf-8-sig"))
    except ValueError:
        return False
    return True


@pytest.mark.skipif(not FOLDERS, reason=f"{CORPUS} is not beside the project")
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_corpus_definition_is_reported(folder: Path) -> None:
    definition = folder / "apiDefinition.swagger.json"
    if not _is_json(definition):
        with pytest.raises(InputError) as raised:
            validate_connector(folder)
        assert raised.value.line and raised.value.column and raised.value.hint
    report = validate_connector(folder, lenient=True)
    assert report.files[0].endswith("apiDefinition.swagger.json")
    assert (
        report.as_text().splitlines()[-1].startswith(f"{report.errors} errors, {report.warnings}")
    )
    assert json.loads(report.as_json())["findings"] == json.loads(report.as_json())["findings"]
    repaired = [f for f in report.findings if f.rule == "json-repaired"]
    assert bool(repaired) == (not _is_json(definition))
    documents = {name: load_document(name, lenient=True).data for name in report.files}
    for finding in report.findings:
        assert finding.rule in KNOWN_RULES
        assert finding.line, finding
        resolve(documents[finding.file], finding.pointer)  # every pointer names a real place


@pytest.mark.skipif(not FOLDERS, reason=f"{CORPUS} is not beside the project")
@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_certified_connector_has_no_errors(folder: Path) -> None:
    # Microsoft merged every one of these: whatever we report on them may only warn, with
    # Microsoft's schemas too. Three are not strict JSON as published; --lenient reads them and
    # says so (json-repaired, a warning), which the test above holds.
    report = validate_connector(folder, lenient=True, schemas_dir=CORPUS.parent / "schemas")
    errors = [f.as_text() for f in report.findings if f.severity == "error"]
    assert errors == []
