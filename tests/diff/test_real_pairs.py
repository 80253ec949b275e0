"""The diff on real definitions: the project's spec, and the published connectors of the corpus.

A definition against itself has no change; against a copy with one operation
removed and one optional parameter made required, exactly those two break.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import load_document
from generator.load.pointer import from_ref, join, resolve
from tests.conftest import CORPUS, SPEC

DEFINITIONS = [SPEC, *sorted(CORPUS.glob("*/apiDefinition.swagger.json"))]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def _name(path: Path) -> str:
    return "spec" if path == SPEC else path.parent.name


def _operations(data: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in data["paths"].items()
        for method in METHODS
        if isinstance(item.get(method), dict)
    ]


def _optional_parameter(data: dict[str, Any], operation: dict[str, Any]) -> int | None:
    """The index of an optional parameter; a shared one is copied in, so it changes only here."""
    parameters = operation.get("parameters") or []
    for index, param in enumerate(parameters):
        if "$ref" in param:
            param = copy.deepcopy(resolve(data, from_ref(param["$ref"]) or ""))
        if param.get("in") != "body" and not param.get("required"):
            parameters[index] = param
            return index
    return None


def break_two_things(data: dict[str, Any]) -> tuple[str, str]:
    """Remove the first operation and make an optional parameter of another required.

    Returns the pointers of both: the removal in OLD, the parameter in NEW.
    """
    operations = _operations(data)
    for path, method, operation in operations[1:]:
        index = _optional_parameter(data, operation)
        if index is not None:
            operation["parameters"][index]["required"] = True
            parameter = join("paths", path, method, "parameters", index)
            break
    else:
        pytest.skip("no operation after the first has an optional parameter")
    first_path, first_method, _ = operations[0]
    del data["paths"][first_path][first_method]
    return join("paths", first_path, first_method), parameter


@pytest.fixture(params=DEFINITIONS, ids=_name)
def definition(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    if not path.is_file():
        pytest.skip(f"{path} is not there yet")
    return path


def test_a_definition_against_itself_has_no_change(
    definition: Path, run_cli: Callable[..., Any]
) -> None:
    code, out, err = run_cli(definition, definition, "--lenient", "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["changes"] == []


def test_a_removed_operation_and_a_required_parameter_are_both_found(
    definition: Path, tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    data = load_document(definition, lenient=True).data
    removed, required = break_two_things(data)
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    code, out, _ = run_cli(definition, edited, "--lenient", "--format", "json")
    breaking = [c for c in json.loads(out)["changes"] if c["breaking"]]
    assert code == 1
    assert sorted((c["kind"], c["side"], c["pointer"]) for c in breaking) == [
        ("operation-removed", "old", removed),
        ("parameter-made-required", "new", required),
    ]
    assert all(c["line"] for c in breaking)
