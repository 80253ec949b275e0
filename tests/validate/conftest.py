"""Small bad connectors, built from the clean fixture by JSON-pointer patches."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from trconnect.load.pointer import parent, resolve, split

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLEAN = FIXTURES / "clean"
CLEAN_SPEC = FIXTURES / "clean_spec.yaml"
DEFINITION = "apiDefinition.swagger.json"


def apply(data: Any, patch: list[dict[str, Any]]) -> Any:
    """``data`` changed by each step: set (value, optional repeat), remove, copy (from)."""
    for step in patch:
        path = step["path"]
        holder, key = resolve(data, parent(path)), split(path)[-1]
        if step["op"] == "remove":
            del holder[int(key) if isinstance(holder, list) else key]
            continue
        if step["op"] == "copy":
            value = copy.deepcopy(resolve(data, step["from"]))
        else:
            value = step["value"] * step["repeat"] if "repeat" in step else step["value"]
        if isinstance(holder, list) and key == "-":
            holder.append(value)
        elif isinstance(holder, list):
            holder[int(key)] = value
        else:
            holder[key] = value
    return data


def build(case: dict[str, Any], folder: Path) -> Path:
    """Write the case's bad fixture under ``folder``; return the path to validate."""
    if case.get("base") == "spec":
        spec = folder / "spec.yaml"
        data = apply(yaml.safe_load(CLEAN_SPEC.read_text()), case["patch"])
        spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        return spec
    connector = folder / "connector"
    shutil.copytree(CLEAN, connector)
    target = connector / case.get("file", DEFINITION)
    data = apply(json.loads(target.read_text()), case["patch"])
    target.write_text(json.dumps(data, indent=2) + "\n")
    return connector


@pytest.fixture
def bad_fixture(tmp_path: Path):
    """``bad_fixture(case)`` writes the case's connector (or spec) and returns its path."""
    return lambda case: build(case, tmp_path)
