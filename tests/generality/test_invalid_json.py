"""The two corpus files that are not JSON: refused with their place, accepted with ``--lenient``.

The place the error names is checked against Python's own JSON parser, and each repair
``--lenient`` reports is checked against the text: the character it names is the one the
repair is about, and the first repair sits where strict parsing stopped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from trconnect.cli import main
from trconnect.write import tree_files

from bench.corpus import DEFINITION, PROPERTIES, Run
from tests.conftest import CORPUS

INVALID = ["AccuWeather", "Plumsail_Documents"]
COLUMN = re.compile(r"column (\d+)")


def strict_error(spec: Path) -> json.JSONDecodeError:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(spec.read_text(encoding="utf-8-sig"))
    return caught.value


def offset(text: str, line: int, column: int) -> int:
    return sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1


@pytest.mark.parametrize("name", INVALID)
def test_invalid_json_exits_2_with_line_and_column_and_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], shared: Path
) -> None:
    spec = CORPUS / name / DEFINITION
    out = tmp_path / "out"
    args = ["generate", "--spec", str(spec), "--out", str(out)]
    code = main([*args, "--properties", str(CORPUS / name / PROPERTIES)])
    error = capsys.readouterr().err
    assert code == 2
    place = re.search(re.escape(str(spec)) + r":(\d+):(\d+): ", error)
    assert place, error
    expected = strict_error(spec)
    assert (int(place[1]), int(place[2])) == (expected.lineno, expected.colno)
    assert "--lenient" in error
    assert list(tmp_path.iterdir()) == [], "something was written"


@pytest.mark.parametrize("name", INVALID)
def test_lenient_generates_them_and_reports_each_repair_at_its_line(
    name: str, corpus_runs: dict[str, Run]
) -> None:
    run = corpus_runs[name]
    assert run.entry.lenient and run.error is None, run.error
    report = json.loads((run.out / "report.json").read_text())
    repairs = [f for f in report["findings"] if f["rule"] == "json-repaired"]
    assert repairs and all(f["severity"] == "warning" for f in repairs)
    assert all(f["file"].endswith(f"{name}/{DEFINITION}") for f in repairs)
    text = run.entry.spec.read_text(encoding="utf-8-sig")
    places = []
    for repair in repairs:
        column = int(COLUMN.search(repair["message"])[1])  # type: ignore[index]
        at = offset(text, repair["line"], column)
        places.append(at)
        if "trailing comma" in repair["message"]:
            assert text[at] == "," and text[at + 1 :].lstrip()[0] in "}]"
        elif "missing comma" in repair["message"]:
            assert text[at] in '"{[' and text[:at].rstrip()[-1] not in ",{[:"
        else:
            assert text[at : at + 2] in ("//", "/*"), repair
    first = min(places)
    stopped = strict_error(run.entry.spec)
    after = first + (1 if text[first] == "," else 0)
    assert after + len(text[after:]) - len(text[after:].lstrip()) == stopped.pos


def test_lenient_on_the_command_line_writes_the_same_repairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus_runs: dict[str, Run]
) -> None:
    """The command line's ``--lenient`` is the pipeline's: same client, same repairs."""
    run = corpus_runs["Plumsail_Documents"]
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(run.entry.spec), "--out", str(out), "--lenient"]) == 0
    assert "error" not in capsys.readouterr().err

    def repairs(folder: Path) -> list[tuple[int, str]]:
        findings = json.loads((folder / "report.json").read_text())["findings"]
        return [(f["line"], f["message"]) for f in findings if f["rule"] == "json-repaired"]

    assert repairs(out) == repairs(run.out) != []
    assert tree_files(out / "client") == tree_files(run.out / "client")
