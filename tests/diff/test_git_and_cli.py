"""``python -m generator diff`` end to end: files, git revisions, formats and exit codes."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

Doc = dict[str, Any]
SPEC_PATH = "spec/textrequest.yaml"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, small: Doc) -> Path:
    """A git repository whose spec had two commits: the small definition, then a breaking edit."""
    root = tmp_path / "repo"
    (root / "spec").mkdir(parents=True)
    git(root, "init", "--quiet")
    spec = root / SPEC_PATH
    spec.write_text(yaml.safe_dump(small, sort_keys=False), encoding="utf-8")
    git(root, "add", SPEC_PATH)
    git(root, "commit", "--quiet", "-m", "first")
    changed = copy.deepcopy(small)
    del changed["paths"]["/messages"]["get"]
    spec.write_text(yaml.safe_dump(changed, sort_keys=False), encoding="utf-8")
    git(root, "commit", "--quiet", "-am", "second")
    return root


def test_two_git_revisions(repo: Path, run_cli: Callable[..., Any]) -> None:
    code, out, _ = run_cli("git:HEAD~1", "git:HEAD", "--repo", repo, "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["old"] == f"HEAD~1:{SPEC_PATH}" and report["new"] == f"HEAD:{SPEC_PATH}"
    assert [(c["kind"], c["pointer"]) for c in report["changes"]] == [
        ("operation-removed", "/paths/~1messages/get")
    ]
    assert report["changes"][0]["line"] > 1  # placed in the old revision's text


def test_a_revision_against_the_work_tree_leaves_the_tree_alone(
    repo: Path, run_cli: Callable[..., Any]
) -> None:
    before = git(repo, "status", "--porcelain", "--ignored")
    code, out, _ = run_cli("git:HEAD", repo / SPEC_PATH, "--repo", repo)
    assert (code, out.splitlines()[0].endswith("no changes.")) == (0, True)
    assert git(repo, "status", "--porcelain", "--ignored") == before


def test_spec_path_names_another_file(repo: Path, small: Doc, run_cli: Callable[..., Any]) -> None:
    (repo / "other.yaml").write_text(yaml.safe_dump(small), encoding="utf-8")
    git(repo, "add", "other.yaml")
    git(repo, "commit", "--quiet", "-m", "third")
    work_tree = repo / SPEC_PATH
    code, _, _ = run_cli("git:HEAD", work_tree, "--repo", repo, "--spec-path", "other.yaml")
    assert code == 1  # other.yaml still has the operation the spec lost


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        ("git:no-such-ref", "git:no-such-ref"),
        ("git:", "is not a git revision"),
        ("git:--output=x", "is not a git revision"),
    ],
)
def test_a_bad_revision_exits_2_naming_it(
    repo: Path, run_cli: Callable[..., Any], side: str, expected: str
) -> None:
    code, out, err = run_cli(side, "git:HEAD", "--repo", repo)
    assert (code, out) == (2, "")
    assert expected in err and "hint:" in err
    assert not (repo / "x").exists()


def test_a_repo_that_is_not_a_folder_exits_2(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    code, _, err = run_cli("git:HEAD", "git:HEAD", "--repo", tmp_path / "nowhere")
    assert code == 2 and "nowhere is not a folder" in err


def test_a_path_missing_at_the_revision_exits_2(repo: Path, run_cli: Callable[..., Any]) -> None:
    code, _, err = run_cli("git:HEAD", "git:HEAD", "--repo", repo, "--spec-path", "nope.yaml")
    assert code == 2
    assert "nope.yaml" in err and "--spec-path" in err


def test_bad_text_at_a_revision_is_placed_in_that_revision(
    repo: Path, run_cli: Callable[..., Any]
) -> None:
    (repo / SPEC_PATH).write_text("swagger: '2.0'\npaths: [\n", encoding="utf-8")
    git(repo, "commit", "--quiet", "-am", "broken")
    code, _, err = run_cli("git:HEAD", "git:HEAD~1", "--repo", repo)
    assert code == 2
    assert err.startswith(f"error: HEAD:{SPEC_PATH}:3:")


def test_a_missing_file_exits_2(tmp_path: Path, run_cli: Callable[..., Any]) -> None:
    code, _, err = run_cli(tmp_path / "absent.yaml", tmp_path / "absent.yaml")
    assert code == 2 and "absent.yaml: no such file" in err


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda doc: doc.update(swagger="3.0"), ":5:14: not a Swagger 2.0 definition: 'swagger'"),
        (lambda doc: doc.pop("swagger"), ":1:1: not a Swagger 2.0 definition: 'swagger' is None"),
        (lambda doc: doc.update(paths=[]), ":6:12: not a Swagger 2.0 definition: 'paths'"),
    ],
)
def test_a_definition_that_is_not_swagger_2_exits_2(
    write: Callable[[str, Doc], Path],
    run_cli: Callable[..., Any],
    edit: Callable[[Doc], Any],
    expected: str,
) -> None:
    doc: Doc = {"info": {"title": "T"}, "swagger": "2.0", "paths": {}}
    good = write("good.json", doc)
    edit(doc)
    bad = write("bad.json", doc)
    code, out, err = run_cli(good, bad)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {bad}{expected}")


def test_exit_code_and_formats(
    small: Doc, write: Callable[[str, Doc], Path], run_cli: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    new["paths"]["/messages"]["get"]["summary"] = "List *all* the_messages"
    old_path, new_path = write("old.yaml", small), write("new.yaml", new)
    assert run_cli(old_path, new_path)[0] == 0  # a description change breaks nothing
    new["paths"]["/messages"]["get"]["parameters"][1]["required"] = True
    new_path = write("new.yaml", new)
    code, text, _ = run_cli(old_path, new_path)
    assert code == 1
    assert "1 breaking change, 1 other change." in text.splitlines()[0]
    assert text.index("Breaking changes:") < text.index("Other changes:")
    assert f"parameter-made-required  {new_path}:" in text
    code, markdown, _ = run_cli(old_path, new_path, "--format", "markdown")
    assert code == 1
    assert markdown.startswith("## API changes\n")
    assert "### Breaking changes" in markdown and "### Other changes" in markdown
    assert "`parameter-made-required`" in markdown


def test_markdown_escapes_names(
    small: Doc, write: Callable[[str, Doc], Path], run_cli: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    new["paths"]["/messages"]["get"]["operationId"] = "List_Messages"
    _, markdown, _ = run_cli(
        write("old.yaml", small), write("new.yaml", new), "--format", "markdown"
    )
    assert "List\\_Messages" in markdown


def test_output_is_deterministic(
    small: Doc, write: Callable[[str, Doc], Path], run_cli: Callable[..., Any]
) -> None:
    new = copy.deepcopy(small)
    del new["definitions"]["Message"]["properties"]["sentAt"]
    new["paths"]["/messages/{id}"]["get"]["x-ms-visibility"] = "internal"
    sides = write("old.yaml", small), write("new.yaml", new)
    first = run_cli(*sides, "--format", "json")
    assert run_cli(*sides, "--format", "json") == first
    for doc in (small, new):
        doc["paths"] = dict(reversed(doc["paths"].items()))
    reordered = run_cli(write("old.yaml", small), write("new.yaml", new), "--format", "json")

    def without_lines(out: str) -> list[Doc]:
        return [{**c, "line": None} for c in json.loads(out)["changes"]]

    assert without_lines(reordered[1]) == without_lines(first[1])
    changes = json.loads(first[1])["changes"]
    assert [c["breaking"] for c in changes] == sorted(
        (c["breaking"] for c in changes), reverse=True
    )
    assert len(changes) == 5
