"""The runtime modules are plain Python: ruff and ``mypy --strict`` check them as they are."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import RUNTIME


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True)


def test_mypy_strict_finds_nothing_in_the_runtime(runtime_root: Path) -> None:
    done = run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
               "/dev/null", "rt", cwd=runtime_root)  # fmt: skip
    assert done.returncode == 0 and "Success: no issues found" in done.stdout, done.stdout


def test_ruff_finds_nothing_in_the_runtime() -> None:
    ruff = Path(sys.executable).parent / "ruff"
    for command in (["check", "--no-cache", "."], ["format", "--check", "--no-cache", "."]):
        done = run(ruff, *command, cwd=RUNTIME)
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_runtime_is_shipped_unchanged(rendered: object) -> None:
    package = rendered.path / rendered.report.package  # type: ignore[attr-defined]
    for module in RUNTIME.glob("*.py"):
        assert (package / module.name).read_bytes() == module.read_bytes(), module.name
    assert (package / "_constants.py").is_file()
