"""JSON that is not JSON: refused with its place, repaired by ``--lenient`` where a person would.

Each kind of repair is checked on a small text whose intended document is known: the repaired
document equals it, each repair names the line and column of the character it is about, and
the lines of values after a repair are the lines they have in the original. The three corpus
files that are not JSON as published are refused strictly at the place Python's own parser
names, and generated with ``--lenient``. Where no repair is certain the error names the place.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from trconnect.cli import main
from trconnect.errors import InputError
from trconnect.load import Document, parse_document
from trconnect.write import tree_files

from bench.corpus import DEFINITION, PROPERTIES, Entry, Run, generate_all
from tests.conftest import CORPUS

INVALID = ["AccuWeather", "GIPHY", "Plumsail_Documents"]
COLUMN = re.compile(r"column (\d+)")
FILE = Path("broken.json")

# (text, the document meant, [(line, column, words of the repair's message)])
REPAIRS: dict[str, tuple[str, Any, list[tuple[int, int, str]]]] = {
    "missing comma between members": (
        '{\n  "a": 1\n  "b": 2\n}\n',
        {"a": 1, "b": 2},
        [(3, 3, "missing comma")],
    ),
    "missing comma followed by more text on its line": (
        '{"a": "x" "b": [1 2], "c": true}',
        {"a": "x", "b": [1, 2], "c": True},
        [(1, 11, "missing comma"), (1, 19, "missing comma")],
    ),
    "missing comma between list items": (
        '{"a": [\n  {"b": 1}\n  {"b": 2}\n]}',
        {"a": [{"b": 1}, {"b": 2}]},
        [(3, 3, "missing comma")],
    ),
    "trailing commas": (
        '{\n  "a": [1, 2,],\n  "b": {"c": 3,},\n}',
        {"a": [1, 2], "b": {"c": 3}},
        [(2, 13, "trailing comma"), (3, 15, "trailing comma"), (3, 17, "trailing comma")],
    ),
    "doubled comma and comma before the first member": (
        '{, "a": 1,, "b": 2}',
        {"a": 1, "b": 2},
        [(1, 2, "comma before the first"), (1, 11, "doubled comma")],
    ),
    "object left open in its list, its closer written after the next item": (
        '{"a": [\n  {"b": 1,\n  {"b": 2}\n  }\n]}',
        {"a": [{"b": 1}, {"b": 2}]},
        [(2, 10, "left open"), (3, 3, "left open"), (4, 3, "belongs before 3:3")],
    ),
    "line comment": (
        '{\n  // the title\n  "a": 1, // one\n  "b": "http://x"\n}',
        {"a": 1, "b": "http://x"},
        [(2, 3, "// comment"), (3, 11, "// comment")],
    ),
    "block comment over lines": (
        '{\n  /* a\n     b */ "a": 1,\n  "b": 2 /* c */\n}',
        {"a": 1, "b": 2},
        [(2, 3, "/* comment"), (4, 10, "/* comment")],
    ),
    "stray closing bracket": (
        '{\n  "a": {"b": 1}],\n  "c": 2\n}',
        {"a": {"b": 1}, "c": 2},
        [(2, 16, "stray ']'")],
    ),
    "stray closing bracket at the end": (
        '{\n  "a": 1\n}\n}\n',
        {"a": 1},
        [(4, 1, "stray '}' after the end")],
    ),
    "missing closing brackets at the end": (
        '{\n  "a": {\n    "b": [1, 2\n',
        {"a": {"b": [1, 2]}},
        [(3, 15, "added the missing ']}}'")],
    ),
    "cut short after a comma": (
        '{\n  "a": [1,\n',
        {"a": [1]},
        [(2, 10, "trailing comma at the end"), (2, 11, "added the missing ']}'")],
    ),
    "document closed before its last members": (
        '{\n  "a": 1\n}\n"b": [\n  2\n]\n',
        {"a": 1, "b": [2]},
        [(3, 1, "moved the '}'")],
    ),
    "document closed early, then again": (
        '{\n  "a": 1\n}\n, "b": 2\n}\n',
        {"a": 1, "b": 2},
        [(3, 1, "removed a '}' that ended the document")],
    ),
    "byte-order mark inside the text": (
        '\ufeff\ufeff{"a": 1,\ufeff "b": 2}',
        {"a": 1, "b": 2},
        [(1, 1, "byte-order mark"), (1, 10, "byte-order mark")],
    ),
    "non-breaking space": ('{"a":\u00a01}', {"a": 1}, [(1, 6, "U+00A0")]),
    "tab inside a string": ('{"a": "x\ty"}', {"a": "x\ty"}, [(1, 9, "escaped a tab")]),
}

# (text, line, column, words of the error)
UNREPAIRABLE: dict[str, tuple[str, int, int, str]] = {
    "two strings with no key between": ('{\n  "a": "b" "c"\n}', 2, 12, "',' or '}' is expected"),
    "closer that skips an open list": ('{\n  "a": [1, 2\n}', 3, 1, "before the '[' of 2:8"),
    "word that is not a value": ('{"a": tru}', 1, 7, "'tru' is not a JSON value"),
    "bad escape": ('{"a": "C:\\dir"}', 1, 10, "'\\d' is not a JSON escape"),
    "bad escape after an escaped backslash": (
        '{"a": "C:\\\\dir\\q"}',
        1,
        15,
        "'\\q' is not a JSON escape",
    ),
    "string not closed": ('{\n  "a": "abc\n}', 2, 8, "string is not closed"),
    "cut short after a key": ('{\n  "a": {"b":', 2, 13, "ends where a key's value should be"),
    "key with no colon": ('{"a" "b"}', 1, 6, "':' is missing"),
    "key that is not a string": ("{a: 1}", 1, 2, "key is not a string"),
    "text after the document": ('{"a": 1}\nthe end', 2, 1, "more text after the end"),
    "comment never closed": ('{"a": 1 /* note\n}', 1, 9, "comment is never closed"),
    "empty file": ("  \n", 1, 1, "no JSON value"),
}


def strict_error(text: str) -> json.JSONDecodeError:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    return caught.value


def offset(text: str, line: int, column: int) -> int:
    return sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1


def lenient(text: str) -> Document:
    return parse_document(text.encode(), path=FILE, lenient=True)


@pytest.mark.parametrize("name", REPAIRS)
def test_each_repair_gives_the_intended_document_and_names_its_place(name: str) -> None:
    text, intended, expected = REPAIRS[name]
    document = lenient(text)
    assert document.data == intended
    found = [(r.line, r.column, r.message) for r in document.repairs]
    assert len(found) == len(expected), found
    for (line, column, message), (want_line, want_column, words) in zip(
        found, expected, strict=True
    ):
        assert (line, column) == (want_line, want_column), found
        assert words in message, found


@pytest.mark.parametrize("name", REPAIRS)
def test_repairs_keep_the_lines_of_the_original(name: str) -> None:
    """Every value's line in the repaired text is its line in the original."""
    text, intended, _ = REPAIRS[name]
    document = lenient(text)
    lines = text.split("\n")
    for key in intended:
        line = document.line_of(f"/{key}")
        assert line is not None and f'"{key}"' in lines[line - 1], (key, line)


@pytest.mark.parametrize("name", REPAIRS)
def test_without_lenient_each_is_refused_where_python_stops(name: str) -> None:
    text = REPAIRS[name][0]
    with pytest.raises(InputError) as caught:
        parse_document(text.encode(), path=FILE)
    expected = strict_error(text.removeprefix("\ufeff"))
    assert (caught.value.line, caught.value.column) == (expected.lineno, expected.colno)
    assert "--lenient to repair it" in caught.value.hint


@pytest.mark.parametrize("name", UNREPAIRABLE)
def test_what_no_repair_is_certain_of_is_refused_at_its_place(name: str) -> None:
    text, line, column, words = UNREPAIRABLE[name]
    with pytest.raises(InputError) as caught:
        lenient(text)
    error = caught.value
    assert (error.line, error.column) == (line, column), str(error)
    assert words in error.message and error.hint, str(error)


@pytest.mark.parametrize("name", UNREPAIRABLE)
def test_strict_errors_say_when_lenient_cannot_repair(name: str) -> None:
    text, line, column, _ = UNREPAIRABLE[name]
    with pytest.raises(InputError) as caught:
        parse_document(text.encode(), path=FILE)
    assert f"--lenient cannot repair it: at {line}:{column}" in caught.value.hint


def test_valid_json_is_left_exactly_as_it_is() -> None:
    for folder in sorted(CORPUS.iterdir()):
        spec = folder / DEFINITION
        if folder.name in INVALID or not spec.is_file():
            continue
        strict = parse_document(spec.read_bytes(), path=spec)
        document = parse_document(spec.read_bytes(), path=spec, lenient=True)
        assert (document.text, document.repairs) == (strict.text, []), folder.name
        assert document.data == strict.data


def test_unrepairable_input_on_the_command_line_exits_2_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / DEFINITION
    spec.write_text('{\n  "swagger": "2.0",\n  "info": {"title": tru}\n}')
    assert main(["validate", "--lenient", str(spec)]) == 2
    error = capsys.readouterr().err
    assert f"{spec}:3:21: 'tru' is not a JSON value" in error
    assert "Traceback" not in error


@pytest.fixture(scope="module")
def invalid_runs(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> dict[str, Run]:
    """The three corpus files that are not JSON, generated with ``--lenient``."""
    entries = [
        Entry(name, CORPUS / name / DEFINITION, CORPUS / name / PROPERTIES, lenient=True)
        for name in INVALID
    ]
    runs = generate_all(entries, tmp_path_factory.mktemp("invalid"), workers=2)
    return {run.entry.name: run for run in runs}


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
    expected = strict_error(spec.read_text(encoding="utf-8-sig"))
    assert (int(place[1]), int(place[2])) == (expected.lineno, expected.colno)
    assert "--lenient to repair it" in error
    assert list(tmp_path.iterdir()) == [], "something was written"


@pytest.mark.parametrize("name", INVALID)
def test_lenient_generates_them_and_reports_each_repair_at_its_line(
    name: str, invalid_runs: dict[str, Run]
) -> None:
    run = invalid_runs[name]
    assert run.error is None, run.error
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
            assert "moved the '}'" in repair["message"] and text[at] == "}", repair
            assert text[at + 1 :].lstrip().startswith('"x-ms-connector-metadata":')
    first = min(places)
    stopped = strict_error(text)
    after = first + (1 if text[first] == "," else 0)
    assert after + len(text[after:]) - len(text[after:].lstrip()) == stopped.pos


def test_lenient_giphy_keeps_the_members_after_its_early_closing_bracket(shared: Path) -> None:
    """GIPHY's root closes before ``x-ms-connector-metadata``: the member belongs inside."""
    spec = CORPUS / "GIPHY" / DEFINITION
    document = parse_document(spec.read_bytes(), path=spec, lenient=True)
    metadata = document.data["x-ms-connector-metadata"]
    assert [item["propertyName"] for item in metadata] == [
        "Website",
        "Privacy policy",
        "Categories",
    ]
    assert document.data["swagger"] == "2.0" and document.data["paths"]
    assert document.line_of("/x-ms-connector-metadata") == 865


def test_validate_lenient_on_giphy_warns_of_each_repair(
    capsys: pytest.CaptureFixture[str], shared: Path
) -> None:
    assert main(["validate", "--lenient", str(CORPUS / "GIPHY")]) in (0, 1)
    out = capsys.readouterr().out
    repaired = re.findall(r":(\d+): warning json-repaired: (.*) \(column (\d+)\)", out)
    assert [(int(line), int(column)) for line, _, column in repaired] == [(810, 13), (864, 1)]


def test_lenient_on_the_command_line_writes_the_same_repairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], invalid_runs: dict[str, Run]
) -> None:
    """The command line's ``--lenient`` is the pipeline's: same client, same repairs."""
    run = invalid_runs["Plumsail_Documents"]
    out = tmp_path / "out"
    args = ["generate", "--spec", str(run.entry.spec), "--out", str(out), "--lenient"]
    assert main([*args, "--properties", str(run.entry.properties)]) == 0
    assert "error" not in capsys.readouterr().err

    def repairs(folder: Path) -> list[tuple[int, str]]:
        findings = json.loads((folder / "report.json").read_text())["findings"]
        return [(f["line"], f["message"]) for f in findings if f["rule"] == "json-repaired"]

    assert repairs(out) == repairs(run.out) != []
    assert tree_files(out / "client") == tree_files(run.out / "client")
