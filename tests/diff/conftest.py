"""Fixtures for the diff tests: a small definition to edit, and a way to compare two."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from trconnect import cli
from trconnect.diff import Change, diff_definitions
from trconnect.model import Definition

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def small() -> dict[str, Any]:
    """A fresh copy of fixtures/small.yaml, free to edit."""
    return yaml.safe_load((FIXTURES / "small.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, dict[str, Any]], Path]:
    def write(name: str, data: dict[str, Any]) -> Path:
        path = tmp_path / name
        if path.suffix == ".json":
            path.write_text(json.dumps(data, indent=2), encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def compare(write: Callable[[str, dict[str, Any]], Path]) -> Callable[..., list[Change]]:
    """Diff two definitions given as data, through files as a user would."""

    def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
        return diff_definitions(
            Definition.load(write("old.json", old)), Definition.load(write("new.json", new))
        )

    return compare


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``python -m generator diff ...`` in process, with only this command registered."""
    monkeypatch.setattr(cli, "COMMANDS", ("diff",))

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["diff", *map(str, argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return run
