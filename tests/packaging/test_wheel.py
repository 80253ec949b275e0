"""The tool as a user installs it: a wheel in a fresh virtual environment, run in an empty folder.

Nothing here may rely on the checkout: the commands run with an empty temporary folder as
the working directory, and the checkout is not on ``sys.path`` of the fresh interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.slow
DEFINITION = CORPUS / "Sessionize" / "apiDefinition.swagger.json"
# Names that would collide with anything else so named in site-packages.
FOREIGN_NAMES = {"generator", "sandbox", "spec", "tests", "overrides", "generated"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the project's wheel installed; returns its bin folder."""
    if not DEFINITION.is_file():
        pytest.skip(f"{DEFINITION} is not present beside the project")
    work = tmp_path_factory.mktemp("wheel")
    source = _sources(work / "source")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(work),
            str(source),
        ],
        cwd=work,
    )
    [wheel] = work.glob("textrequest_connect-*.whl")
    venv.create(work / "venv", with_pip=True)
    bin_dir = work / "venv" / "bin"
    _run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=work)
    return bin_dir


def _sources(folder: Path) -> Path:
    """What the wheel is built from, copied as git has it: a build writes ``build/`` and
    ``*.egg-info`` beside its sources, which must not land in the checkout (nor come from it)."""
    listed = subprocess.run(
        [
            "git",
            "ls-files",
            "-z",
            "pyproject.toml",
            "setup.py",
            "README.md",
            "generator",
            "overrides",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (item.decode() for item in listed)):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target)
    return folder


def test_the_wheel_holds_every_template(installed: Path) -> None:
    [site] = (installed.parent / "lib").glob("python*/site-packages")
    for folder in ("render", "diff"):
        sources = sorted(p.name for p in (ROOT / "generator" / folder / "templates").iterdir())
        shipped = sorted(p.name for p in (site / "trconnect" / folder / "templates").iterdir())
        assert shipped == sources
    client = sorted(p.name for p in (ROOT / "overrides" / "client" / "templates").iterdir())
    assert (
        sorted(p.name for p in (site / "trconnect/client_overrides/templates").iterdir()) == client
    )


def _run(command: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check and done.returncode != 0:
        raise AssertionError(f"{command} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def test_site_packages_holds_only_names_of_its_own(installed: Path) -> None:
    [site] = (installed.parent / "lib").glob("python*/site-packages")
    tops = {path.name for path in site.iterdir()}
    assert "trconnect" in tops
    assert tops & FOREIGN_NAMES == set()


def test_generate_and_validate_from_an_empty_folder_then_import_the_client(
    installed: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    generated = _run(
        [str(installed / "trconnect"), "generate", "--spec", str(DEFINITION), "--out", "out"],
        cwd=empty,
    )
    assert "generated" in generated.stdout, generated.stdout
    validated = _run(
        [str(installed / "trconnect"), "validate", str(DEFINITION)], cwd=empty, check=False
    )
    assert validated.returncode in (0, 1), validated.stderr
    assert "Traceback" not in validated.stderr
    assert "schemas not checked" in validated.stdout
    package = next(
        p.name for p in (empty / "out" / "client").iterdir() if (p / "__init__.py").is_file()
    )
    imported = _run(
        [
            str(installed / "python"),
            "-c",
            "import sys; sys.path.insert(0, 'out/client'); "
            f"import {package}; print({package}.__file__)",
        ],
        cwd=empty,
    )
    assert str(empty / "out" / "client") in imported.stdout


def test_diff_and_lint_spec_work_on_any_definition(installed: Path, tmp_path: Path) -> None:
    diffed = _run(
        [str(installed / "trconnect"), "diff", str(DEFINITION), str(DEFINITION)], cwd=tmp_path
    )
    assert "Traceback" not in diffed.stderr
    linted = _run(
        [str(installed / "trconnect"), "lint-spec", str(DEFINITION)], cwd=tmp_path, check=False
    )
    assert linted.returncode in (0, 1) and "Traceback" not in linted.stderr


def test_the_projects_own_commands_need_a_project(installed: Path, tmp_path: Path) -> None:
    done = _run([str(installed / "trconnect"), "generate"], cwd=tmp_path, check=False)
    assert done.returncode == 2
    assert "no project in this folder or above it" in done.stderr
    assert "Traceback" not in done.stderr
    found = _run(
        [str(installed / "trconnect"), "check", "--project", str(ROOT)], cwd=tmp_path, check=False
    )
    assert "Traceback" not in found.stderr
