"""Fixtures of the spec tests: the spec as loaded, the facts of the real API, the deviations."""

from __future__ import annotations

import json

import pytest
import yaml
from trconnect.load import load_document

from tests.conftest import FACTS, SPEC

DEVIATIONS = SPEC.parent / "deviations.yaml"


@pytest.fixture(scope="session")
def spec() -> dict:
    return load_document(SPEC).data


@pytest.fixture(scope="session")
def facts() -> dict:
    if not FACTS.is_file():
        pytest.skip(f"{FACTS} is not present beside the project")
    return json.loads(FACTS.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def deviations() -> list[dict]:
    return yaml.safe_load(DEVIATIONS.read_text(encoding="utf-8"))
