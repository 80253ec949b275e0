"""The diff on real definitions: the project's spec, and the published connectors of the corpus.

A definition against itself has no change; against a copy with, in one operation, an
optional parameter made required (or, where there is none, a required one added) and,
where there is another operation, that one removed, exactly those changes break. Some
published definitions are not valid JSON: without ``--lenient`` the diff refuses them
with the place to fix, with it (what the comparisons here use) it compares them.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from trconnect.load.pointer import child, parent, resolve
from trconnect.model import Definition, Operation

from tests.conftest import CORPUS, SPEC

DEFINITIONS = [SPEC, *sorted(CORPUS.glob("*/apiDefinition.swagger.json"))]


def _name(path: Path) -> str:
    return "spec" if path == SPEC else path.parent.name


def _optional_parameter(data: dict[str, Any], operation: Operation) -> int | None:
    """The index of an optional parameter; a shared one is copied in, so it changes only here."""
    parameters = operation.data.get("parameters") or []
    for index, param in enumerate(parameters):
        if "$ref" in param:
            param = copy.deepcopy(resolve(data, param["$ref"][1:]))
        if param.get("in") != "body" and not param.get("required"):
            parameters[index] = param
            return index
    return None


def break_things(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Make a parameter of one operation required and remove another operation, if there is one.

    The parameter is an optional one made required where the definition has one, else a new
    required query parameter. Returns the breaking changes expected: (kind, side, pointer).
    """
    operations = Definition.from_data(data).operations
    found = next(
        ((o, i) for o in operations if (i := _optional_parameter(data, o)) is not None), None
    )
    if found:
        operation, index = found
        operation.data["parameters"][index]["required"] = True
        kind = "parameter-made-required"
    else:
        operation = operations[0]
        operation.data.setdefault("parameters", []).append(
            {"name": "added_filter", "in": "query", "type": "string", "required": True}
        )
        index, kind = len(operation.data["parameters"]) - 1, "parameter-added-required"
    expected = [(kind, "new", child(operation.pointer, "parameters", index))]
    removed = next((o for o in operations if o.key != operation.key), None)
    if removed is not None:
        del resolve(data, parent(removed.pointer))[removed.method]
        expected.append(("operation-removed", "old", removed.pointer))
    return sorted(expected)


def _strict_json_error(path: Path) -> json.JSONDecodeError | None:
    """Whether the standard library refuses the file: the oracle for what strict loading must do."""
    if path.suffix != ".json":
        return None
    try:
        json.loads(path.read_bytes().decode("utf-8-sig"))
    except json.JSONDecodeError as error:
        return error
    return None


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


def test_a_definition_that_is_not_strict_json_is_refused_without_lenient(
    definition: Path, run_cli: Callable[..., Any]
) -> None:
    code, out, err = run_cli(definition, definition, "--format", "json")
    if _strict_json_error(definition) is None:
        assert (code, err) == (0, "")
        assert json.loads(out)["changes"] == []
        return
    assert (code, out) == (2, "")
    assert re.match(rf"error: {re.escape(str(definition))}:\d+:\d+: ", err), err
    assert "--lenient" in err and "Traceback" not in err


def test_a_removed_operation_and_a_required_parameter_are_both_found(
    definition: Path, tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    data = Definition.load(definition, lenient=True).data
    expected = break_things(data)
    edited = tmp_path / "edited.yaml"
    edited.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    code, out, err = run_cli(definition, edited, "--lenient", "--format", "json")
    breaking = [c for c in json.loads(out)["changes"] if c["breaking"]]
    assert code == 1, err
    assert sorted((c["kind"], c["side"], c["pointer"]) for c in breaking) == expected
    assert all(c["line"] for c in breaking)
