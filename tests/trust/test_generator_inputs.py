"""Bad input to the generator: never destroys, never half-writes, never a traceback.

One test per class of bad input. Each runs the command line in this process
(``main`` lets any unexpected exception through, so a traceback fails the test),
and asserts the exit code, a message that names the file and the place, and that
the output folder, and the folder around it, are exactly as they were.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from trconnect.cli import main
from trconnect.errors import InputError
from trconnect.load import load_document
from trconnect.load.limits import MAX_DEPTH, MAX_VALUES
from trconnect.write import MANIFEST_NAME

from tests.conftest import ROOT, SPEC

SMALL: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Small", "version": "1.0", "description": "A small API."},
    "host": "api.example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/a": {
            "get": {
                "operationId": "GetA",
                "summary": "Get A",
                "description": "Gets A.",
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/A"}}},
            }
        },
        "/b": {
            "get": {
                "operationId": "GetB",
                "summary": "Get B",
                "description": "Gets B.",
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "definitions": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}},
}


def _changed(**top: Any) -> dict[str, Any]:
    """SMALL with some of its top-level members replaced."""
    return {**copy.deepcopy(SMALL), **top}


def _nested_properties(levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"p": schema}}
    return schema


# Definitions whose output would lose or misstate an operation: (name, data, rule, pointer).
WRONG_OUTPUT = [
    ("duplicate-operation-id", "/paths/~1b/get/operationId", "operation-id-duplicate"),
    ("missing-ref", "/paths/~1a/get/responses/200/schema/$ref", "ref-unresolved"),
    ("paths-list", "/paths", "paths-malformed"),
    ("parameters-string", "/paths/~1a/get/parameters", "parameter-malformed"),
    ("parameter-without-in", "/paths/~1a/get/parameters/0", "parameter-malformed"),
    ("ref-cycle", "/definitions/A/$ref", "ref-cycle"),
    ("allof-cycle", "/definitions/B/allOf/0/$ref", "ref-cycle"),
    ("self-reference", "/definitions/A/$ref", "ref-cycle"),
]


def _wrong_output_data(name: str) -> dict[str, Any]:
    data = copy.deepcopy(SMALL)
    get_a, get_b = data["paths"]["/a"]["get"], data["paths"]["/b"]["get"]
    if name == "duplicate-operation-id":
        get_b["operationId"] = "GetA"
    elif name == "missing-ref":
        get_a["responses"]["200"]["schema"] = {"$ref": "#/definitions/Nope"}
    elif name == "paths-list":
        data["paths"] = [{"/a": {}}]
    elif name == "parameters-string":
        get_a["parameters"] = "q"
    elif name == "parameter-without-in":
        get_a["parameters"] = [{"name": "q", "type": "string"}]
    elif name == "ref-cycle":
        data["definitions"] = {"A": {"$ref": "#/definitions/B"}, "B": {"$ref": "#/definitions/A"}}
    elif name == "allof-cycle":
        data["definitions"] = {
            "A": {"allOf": [{"$ref": "#/definitions/B"}]},
            "B": {"allOf": [{"$ref": "#/definitions/A"}]},
        }
    elif name == "self-reference":
        data["definitions"] = {"A": {"$ref": "#/definitions/A"}}
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, indent=1))
    return path


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry of ``folder``'s parent and below (contents of files), to compare later."""
    found: dict[str, bytes | None] = {}
    for path in sorted(folder.parent.rglob("*")):
        key = path.relative_to(folder.parent).as_posix()
        found[key] = path.read_bytes() if path.is_file() else None
    return found


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert "Traceback" not in text
    return code, text


def _generate(spec: Path, out: Path, capsys, *extra: str) -> tuple[int, str]:
    return _run(["generate", "--spec", str(spec), "--out", str(out), *extra], capsys)


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return _write(tmp_path / "small.json", SMALL)


# --- never destroy what it did not write ------------------------------------------------


def _notes(folder: Path) -> Path:
    folder.mkdir()
    (folder / "notes.txt").write_text("my notes")
    return folder


@pytest.mark.parametrize(
    "case",
    [
        "notes-folder",
        "spec-folder",
        "spec-below",
        "regular-file",
        "foreign-beside-ours",
        "only-pycache",
        "only-empty-folders",
        "only-a-link",
        "empty-folder-beside-ours",
        "out-is-a-link",
    ],
)
def test_an_out_that_is_not_ours_is_refused_untouched(
    case: str, tmp_path: Path, small: Path, capsys
) -> None:
    if case == "notes-folder":
        out, place = _notes(tmp_path / "notes"), "notes.txt"
    elif case == "spec-folder":
        out, place = tmp_path, "small.json"
    elif case == "spec-below":
        nested = tmp_path / "project" / "spec"
        nested.mkdir(parents=True)
        small = shutil.move(small, nested / "small.json")
        out, place = tmp_path / "project", "small.json"
    elif case == "regular-file":
        out, place = tmp_path / "out.txt", "is a file"
        out.write_text("not a folder")
    elif case in ("only-pycache", "only-empty-folders", "only-a-link"):
        out = tmp_path / "out"
        (out / "kept" / "deeper").mkdir(parents=True)
        (out / "__pycache__").mkdir()
        place = {"only-pycache": "__pycache__", "only-empty-folders": "kept/deeper"}.get(case, "")
        if case == "only-pycache":
            (out / "kept" / "deeper").rmdir()
            (out / "kept").rmdir()
            (out / "__pycache__" / "m.cpython-311.pyc").write_bytes(b"cache")
        elif case == "only-empty-folders":
            (out / "__pycache__").rmdir()
        else:
            shutil.rmtree(out)
            out.mkdir()
            (out / "link").symlink_to(_notes(tmp_path / "elsewhere"), target_is_directory=True)
            place = "link"
    elif case == "empty-folder-beside-ours":
        out = tmp_path / "out"
        assert _generate(small, out, capsys)[0] == 0
        (out / "client" / "mine").mkdir()
        place = "client/mine"
    elif case == "out-is-a-link":
        out, place = tmp_path / "out", "is a link"
        out.symlink_to(tmp_path / "target", target_is_directory=True)
        (tmp_path / "target").mkdir()
    else:
        out = tmp_path / "out"
        assert _generate(small, out, capsys)[0] == 0
        (out / "connector" / "mine.md").write_text("added by hand")
        place = "connector/mine.md"
    before = _snapshot(out)
    code, text = _generate(Path(small), out, capsys)
    assert code == 2
    assert f"{out}" in text and place in text
    assert _snapshot(out) == before


def test_its_own_output_is_replaced_and_names_every_file(
    tmp_path: Path, small: Path, capsys
) -> None:
    out = tmp_path / "out"
    out.mkdir()  # empty: ours to fill
    assert _generate(small, out, capsys)[0] == 0
    listed = {
        line for line in (out / MANIFEST_NAME).read_text().splitlines() if not line.startswith("#")
    }
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written - {".fingerprint"} == listed
    _write(small, _changed(info={**SMALL["info"], "title": "Changed"}))
    assert _generate(small, out, capsys)[0] == 0
    assert "Changed" in (out / "report.json").read_text() or (out / "connector").is_dir()


def test_leftovers_of_a_killed_run_are_cleaned(tmp_path: Path, small: Path, capsys) -> None:
    out = tmp_path / "out"
    dead = 2**22 + 12345  # above the kernel's pid_max default: no such process
    leftovers = [tmp_path / f".out.building-{dead}-x1y2", tmp_path / f".out.retired-{dead}"]
    for folder in leftovers:
        (folder / "client").mkdir(parents=True)
    assert _generate(small, out, capsys)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "small.json"]


@pytest.mark.parametrize("case", ["read-only-out", "read-only-parent", "parent-is-a-file"])
def test_a_folder_that_cannot_be_written_is_a_clear_error(
    case: str, tmp_path: Path, small: Path, capsys
) -> None:
    out = tmp_path / "place" / "out"
    out.parent.mkdir()
    if case == "read-only-out":
        assert _generate(small, out, capsys)[0] == 0
        out.chmod(0o555)
        _write(small, _changed(info={**SMALL["info"], "title": "Changed"}))
    elif case == "read-only-parent":
        out.parent.chmod(0o555)
    else:
        (out.parent / "file").write_text("")
        out = out.parent / "file" / "out"
    before = _snapshot(out)
    try:
        code, text = _generate(small, out, capsys)
    finally:
        for folder in (out, out.parent):
            if folder.is_dir():
                folder.chmod(0o755)
    assert code == 2
    assert "hint:" in text and str(tmp_path / "place") in text
    assert _snapshot(out) == before


# --- never write from a definition that would give wrong output ---------------------------


@pytest.mark.parametrize(
    ("name", "pointer", "rule"), WRONG_OUTPUT, ids=[c[0] for c in WRONG_OUTPUT]
)
def test_a_definition_that_would_give_wrong_output_is_not_written(
    name: str, pointer: str, rule: str, tmp_path: Path, capsys
) -> None:
    spec = _write(tmp_path / f"{name}.json", _wrong_output_data(name))
    out = tmp_path / "out"
    before = _snapshot(out)
    code, text = _generate(spec, out, capsys)
    assert code == 1
    assert f"{name}.json:" in text and rule in text and pointer in text and "--best-effort" in text
    assert _snapshot(out) == before
    code, text = _run(["validate", str(spec)], capsys)
    assert code == 1 and rule in text and pointer in text


@pytest.mark.parametrize(
    ("name", "pointer", "rule"), WRONG_OUTPUT, ids=[c[0] for c in WRONG_OUTPUT]
)
def test_best_effort_writes_and_reports_each_consequence(
    name: str, pointer: str, rule: str, tmp_path: Path, capsys
) -> None:
    spec = _write(tmp_path / f"{name}.json", _wrong_output_data(name))
    out = tmp_path / "out"
    code, _ = _generate(spec, out, capsys, "--best-effort")
    assert code == 0
    written = json.loads((out / "report.json").read_text())["best_effort"]
    assert any(e["rule"] == rule and e["pointer"] == pointer and e["consequence"] for e in written)


def test_certification_findings_alone_never_block(tmp_path: Path, capsys) -> None:
    data = copy.deepcopy(SMALL)
    data["paths"]["/b"]["get"]["summary"] = (
        "Get b " * 25
    )  # an error for certification, harmless here
    spec = _write(tmp_path / "uncertified.json", data)
    code, text = _generate(spec, tmp_path / "out", capsys)
    assert code == 0 and "summary-too-long" in text
    assert (tmp_path / "out" / "client").is_dir()


def test_any_error_in_the_projects_own_spec_blocks(tmp_path: Path, capsys) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "pyproject.toml", project)
    for folder in ("spec", "overrides", "generated"):
        shutil.copytree(ROOT / folder, project / folder)
    spec = project / "spec" / SPEC.name
    text = spec.read_text()
    assert "operationId: GetDashboard\n" in text
    spec.write_text(text.replace("operationId: GetDashboard\n", "operationId: GetDashboards\n"))
    before = _snapshot(project / "generated")
    code, text = _run(["generate", "--project", str(project)], capsys)
    assert code == 1 and "operation-id-duplicate" in text and "textrequest.yaml:" in text
    assert _snapshot(project / "generated") == before
    assert _run(["check", "--project", str(project)], capsys)[0] == 1
    assert _run(["generate", "--project", str(project), "--best-effort"], capsys)[0] == 2


# --- no traceback, ever --------------------------------------------------------------------

COMMANDS = ("generate", "validate", "lint-spec", "diff")


def _command(command: str, spec: Path, out: Path) -> list[str]:
    if command == "generate":
        return ["generate", "--spec", str(spec), "--out", str(out)]
    if command == "diff":
        return ["diff", str(SPEC), str(spec)]
    return [command, str(spec)]


def _unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    spec = _write(tmp_path / "unreadable.json", SMALL)
    spec.chmod(0o000)
    if os.geteuid() == 0:  # root reads any file: make the read fail as it would for anyone else
        real = Path.read_bytes

        def read_bytes(path: Path) -> bytes:
            if path.name == spec.name:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return spec


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "case", ["json-100000-deep", "properties-200-deep", "yaml-deep", "unreadable"]
)
def test_input_no_stage_can_take_is_a_located_error(
    command: str, case: str, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    if case == "json-100000-deep":
        spec = tmp_path / "deep.json"
        spec.write_text('{"swagger": "2.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
        place = "deep.json:1:1"
    elif case == "properties-200-deep":
        spec = _write(tmp_path / "deep.json", _changed(definitions={"A": _nested_properties(200)}))
        place = "(at /definitions/A/properties/p/properties/p/"
    elif case == "yaml-deep":
        lines = [f"{'  ' * level}k{level}:" for level in range(MAX_DEPTH + 5)]
        spec = tmp_path / "deep.yaml"
        spec.write_text("swagger: '2.0'\n" + "\n".join(lines) + " end\n")
        place = f"deep.yaml:{MAX_DEPTH + 2}:"  # k0 is on line 2; k63 holds the 65th level
    else:
        spec, place = _unreadable(tmp_path, monkeypatch), "unreadable.json: cannot be read"
    out = tmp_path / "out"
    code, text = _run(_command(command, spec, out), capsys)
    assert code == 2
    assert place in text and "hint:" in text
    assert not out.exists()


def _alias_bomb(levels: int) -> str:
    """YAML of a few hundred bytes that stands for 10**levels values."""
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels)]
    return "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n" + "\n".join(lines) + "\n"


@pytest.fixture
def bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.yaml"
    path.write_text(_alias_bomb(9))  # 10**9 values once expanded
    assert len(path.read_bytes()) < 600
    return path


def test_a_yaml_alias_bomb_is_refused_faster_than_the_spec_loads(bomb: Path) -> None:
    started = time.perf_counter()
    load_document(SPEC)
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    with pytest.raises(InputError, match=f"more than {MAX_VALUES:,} values") as refusal:
        load_document(bomb)
    refused = time.perf_counter() - started
    assert refusal.value.line is not None
    assert refused < baseline, f"refused in {refused:.4f} s; the spec loads in {baseline:.4f} s"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_yaml_alias_bomb(
    command: str, bomb: Path, tmp_path: Path, capsys
) -> None:
    started = time.perf_counter()
    code, text = _run(_command(command, bomb, tmp_path / "out"), capsys)
    assert time.perf_counter() - started < 5  # expanding it took 97 s and 4.6 GB
    assert code == 2 and f"more than {MAX_VALUES:,} values" in text and "bomb.yaml:" in text
    assert not (tmp_path / "out").exists()


def test_a_recursive_alias_is_refused(tmp_path: Path, capsys) -> None:
    spec = tmp_path / "loop.yaml"
    spec.write_text("swagger: '2.0'\npaths: &p {a: *p}\n")
    code, text = _run(["validate", str(spec)], capsys)
    assert code == 2 and "loop.yaml:" in text


def test_depth_just_within_the_bound_generates(tmp_path: Path, capsys) -> None:
    """The bound is where the stages are still safe: the deepest accepted document builds."""
    levels = (MAX_DEPTH - 4) // 2  # definitions/A, then two levels per property
    spec = _write(tmp_path / "deep.json", _changed(definitions={"A": _nested_properties(levels)}))
    code, _ = _generate(spec, tmp_path / "out", capsys)
    assert code == 0


def test_a_recursive_schema_through_properties_is_no_cycle(tmp_path: Path, capsys) -> None:
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/definitions/A"}}},
    }
    spec = _write(tmp_path / "tree.json", _changed(definitions={"A": tree}))
    code, text = _generate(spec, tmp_path / "out", capsys)
    assert code == 0 and "ref-cycle" not in text
