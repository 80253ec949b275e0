"""The diff on real definitions: the project's spec, and the published connectors of the corpus.

A definition against itself has no change; against a copy with one operation
removed and, in another, an optional parameter made required (or, where there is
none, a required one added), exactly those two break.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from trconnect.load import load_document
from trconnect.load.operations import iter_operations
from trconnect.load.pointer import from_ref, join, resolve

from tests.conftest import CORPUS, SPEC

DEFINITIONS = [SPEC, *sorted(CORPUS.glob("*/apiDefinition.swagger.json"))]


def _name(path: Path) -> str:
    return "spec" if path == SPEC else path.parent.name


def _operations(data: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(iter_operations(data))


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


def break_two_things(data: dict[str, Any]) -> tuple[str, tuple[str, str]]:
    """Make a parameter of one operation required and remove another operation.

    The parameter is an optional one made required where the definition has one, else a new
    required query parameter. Returns the removal's pointer in OLD, and the parameter's
    change kind and pointer in NEW.
    """
    operations = _operations(data)
    if len(operations) < 2:
        pytest.skip("one operation only: nothing is left to change once it is removed")
    found = next(
        ((p, m, o, i) for p, m, o in operations if (i := _optional_parameter(data, o)) is not None),
        None,
    )
    if found:
        path, method, operation, index = found
        operation["parameters"][index]["required"] = True
        kind = "parameter-made-required"
    else:
        path, method, operation = operations[0]
        operation.setdefault("parameters", []).append(
            {"name": "added_filter", "in": "query", "type": "string", "required": True}
        )
        index, kind = len(operation["parameters"]) - 1, "parameter-added-required"
    removed_path, removed_method, _ = next(
        (p, m, o) for p, m, o in operations if (p, m) != (path, method)
    )
    del data["paths"][removed_path][removed_method]
    parameter = join("paths", path, method, "parameters", index)
    return join("paths", removed_path, removed_method), (kind, parameter)


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
    removed, (kind, parameter) = break_two_things(data)
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    code, out, _ = run_cli(definition, edited, "--lenient", "--format", "json")
    breaking = [c for c in json.loads(out)["changes"] if c["breaking"]]
    assert code == 1
    assert sorted((c["kind"], c["side"], c["pointer"]) for c in breaking) == [
        ("operation-removed", "old", removed),
        (kind, "new", parameter),
    ]
    assert all(c["line"] for c in breaking)
