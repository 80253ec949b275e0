"""The diff as a person runs it, in a process of its own: refusals, and where the project is found.

In the checkout the command is ``python -m generator``; elsewhere the installed
``python -m trconnect`` (``generator`` is importable only from the checkout).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from trconnect.model import Definition

from tests.conftest import ROOT, SPEC

Doc = dict[str, Any]
SPEC_PATH = SPEC.relative_to(ROOT).as_posix()


def run(cwd: Path, *argv: str | Path, module: str = "trconnect") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", module, "diff", *map(str, argv)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def loop(doc: Doc) -> str:
    doc["definitions"]["Message"] = {"$ref": "#/definitions/Other"}
    doc["definitions"]["Other"] = {"$ref": "#/definitions/Message"}
    return "/definitions/Message/$ref"


def dangling(doc: Doc) -> str:
    doc["paths"]["/messages"]["get"]["parameters"][0] = {"$ref": "#/parameters/Gone"}
    return "/paths/~1messages/get/parameters/0/$ref"


def dangling_path_item(doc: Doc) -> str:
    doc["paths"]["/messages"] = {"$ref": "#/x-paths/messages"}
    return "/paths/~1messages/$ref"


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (loop, "a loop of references: #/definitions/Message -> #/definitions/Other"),
        (dangling, "'#/parameters/Gone' does not resolve"),
        (dangling_path_item, "'#/x-paths/messages' does not resolve"),
    ],
)
def test_a_ref_that_loops_or_names_nothing_exits_2_at_its_line(
    small: Doc,
    write: Callable[[str, Doc], Path],
    edit: Callable[[Doc], str],
    problem: str,
) -> None:
    broken = copy.deepcopy(small)
    pointer = edit(broken)
    good, bad = write("good.yaml", small), write("bad.yaml", broken)
    line = Definition.load(bad).line_of(pointer)
    for old, new in ((good, bad), (bad, good)):
        done = run(ROOT, old, new, module="generator")
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr.startswith(f"error: {bad}:{line}:"), done.stderr
        assert problem in done.stderr and "hint:" in done.stderr
        assert "Traceback" not in done.stderr


def _assert_compared_with_head(done: subprocess.CompletedProcess, new: str) -> None:
    """A report of HEAD's spec against the work tree's; whether anything breaks is not ours."""
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert (report["old"], report["new"]) == (f"HEAD:{SPEC_PATH}", new)
    assert done.returncode == (1 if report["breaking"] else 0)


def test_head_against_the_work_tree_from_the_project_root() -> None:
    done = run(ROOT, "git:HEAD", SPEC_PATH, "--format", "json", module="generator")
    _assert_compared_with_head(done, SPEC_PATH)


def test_the_project_is_found_from_a_subfolder() -> None:
    done = run(SPEC.parent, "git:HEAD", SPEC.name, "--format", "json")
    _assert_compared_with_head(done, SPEC.name)


def test_outside_any_project_repo_and_spec_path_name_the_source(tmp_path: Path) -> None:
    argv = ("git:HEAD", SPEC, "--repo", ROOT, "--spec-path", SPEC_PATH, "--format", "json")
    _assert_compared_with_head(run(tmp_path, *argv), str(SPEC))


def test_outside_any_project_a_revision_needs_repo_and_spec_path(tmp_path: Path) -> None:
    done = run(tmp_path, "git:HEAD", SPEC)
    assert (done.returncode, done.stdout) == (2, "")
    assert "no project in this folder or above it" in done.stderr
    assert "--repo DIR --spec-path FILE" in done.stderr and "Traceback" not in done.stderr
