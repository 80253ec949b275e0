"""Paths every test folder shares."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SPEC = ROOT / "spec" / "textrequest.yaml"
GENERATED = ROOT / "generated"
CORPUS = SHARED / "corpus"
FACTS = SHARED / "reference" / "textrequest-api.facts.json"
MS_SCHEMAS = SHARED / "schemas"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not present beside the project")
    return SHARED
