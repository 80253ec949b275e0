"""Every real connector definition of the corpus gives a client that imports and covers it.

Coverage is counted twice: from ``report.json``, and from the functions the imported
package really has (the operation methods of ``Client`` and ``AsyncClient``, each backed by
an operation module naming its operationId).
"""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from trconnect.load import load_document
from trconnect.model import Definition

from bench.corpus import MIN_COVERAGE, Run, table
from tests.conftest import isolated_import
from tests.generality.conftest import NAMES

CORPUS_BUDGET_SECONDS = 60.0
CREDENTIAL_PARAMETERS = ("api_key", "access_token", "username", "password")


def made_up_credential(client_class: type, package: ModuleType) -> dict[str, str]:
    """A credential for whichever parameters the client takes: its security scheme decides;
    and a value for each connection parameter (of the first set, when it has sets)."""
    taken = inspect.signature(client_class).parameters
    given = {name: "k" for name in CREDENTIAL_PARAMETERS if name in taken}
    connector = importlib.import_module(f"{package.__name__}._connector")
    rows = connector.PARAMETERS
    if connector.PARAMETER_SETS:
        chosen = next(iter(connector.PARAMETER_SETS))
        given["connection_set"], rows = chosen, connector.PARAMETER_SETS[chosen]
    for row in rows:
        given.setdefault(row["keyword"], (row["allowed"] or ["k"])[0])
    return given


def client_functions(package: ModuleType, client_class: str) -> dict[str, str]:
    """operationId -> ``"<resource>.<method>"`` for every operation method of a client."""
    api_prefix = package.__name__ + ".api."
    kind = getattr(package, client_class)
    client = kind(**made_up_credential(kind, package), base_url="http://127.0.0.1:9")
    found: dict[str, str] = {}
    for attribute, resource in vars(client).items():
        module_name = type(resource).__module__
        if not module_name.startswith(api_prefix):
            continue
        tag = importlib.import_module(module_name)
        for method, _ in inspect.getmembers(type(resource), inspect.isfunction):
            operation = getattr(tag, f"_{method}", None)  # the method's operation module
            if isinstance(operation, ModuleType) and hasattr(operation, "OPERATION"):
                found[operation.OPERATION] = f"{attribute}.{method}"
    return found


def declared_operations(run: Run) -> list[str]:
    definition = Definition.load(run.entry.spec, lenient=run.entry.lenient)
    return [str(op.id) for op in definition.operations]


def read_report(run: Run) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((run.out / "report.json").read_text())
    return report


@pytest.mark.parametrize("name", NAMES)
def test_client_imports_and_covers_the_definitions_operations(
    name: str, corpus_runs: dict[str, Run]
) -> None:
    run = corpus_runs[name]
    assert run.error is None, run.error
    report = read_report(run)
    declared = declared_operations(run)
    counts = report["counts"]
    assert counts["operations"] == len(declared)
    assert counts["generated"] + counts["skipped"] == counts["operations"]
    assert counts["generated"] / len(declared) >= MIN_COVERAGE
    folder = run.out / "client"
    with isolated_import(folder, report["client"]["package"]) as package:
        assert Path(str(package.__file__)).is_relative_to(folder), "imported another package"
        functions = client_functions(package, "Client")
        async_functions = client_functions(package, "AsyncClient")
    assert functions == async_functions
    assert set(functions) <= set(declared)
    assert len(functions) == counts["generated"]
    missing = [operation for operation in declared if operation not in functions]
    assert 1 - len(missing) / len(declared) >= MIN_COVERAGE, missing
    skipped = {entry["operation"]: entry for entry in report["client"]["skipped"]}
    for operation in missing:
        assert skipped[operation]["reason"], f"{operation} is missing without a reason"


@pytest.mark.parametrize("name", NAMES)
def test_report_warnings_and_skips_point_into_the_definition(
    name: str, corpus_runs: dict[str, Run]
) -> None:
    """Every construct that was not mapped is named by a JSON pointer that resolves."""
    from trconnect.load.pointer import resolve

    run = corpus_runs[name]
    definition = load_document(run.entry.spec, lenient=run.entry.lenient).data
    client = read_report(run)["client"]
    for item in [*client["warnings"], *client["skipped"]]:
        resolve(definition, item["pointer"])  # raises when the pointer names nothing


def test_the_corpus_holds_twenty_valid_and_three_invalid_definitions(
    corpus_runs: dict[str, Run],
) -> None:
    lenient = sorted(name for name, run in corpus_runs.items() if run.entry.lenient)
    assert lenient == ["AccuWeather", "GIPHY", "Plumsail_Documents"]
    assert len(corpus_runs) - len(lenient) == 20


def test_the_whole_corpus_generates_within_the_budget(
    corpus_runs: dict[str, Run], capsys: pytest.CaptureFixture[str]
) -> None:
    """The sum of the per-definition times (each measured alone, so this is an upper bound
    on one worker's wall time) stays under the budget."""
    runs = list(corpus_runs.values())
    total = sum(run.seconds for run in runs)
    with capsys.disabled():
        print(f"\n{table(runs)}")
    assert total < CORPUS_BUDGET_SECONDS


@pytest.mark.parametrize("name", NAMES)
def test_connector_package_is_strict_json_with_the_same_operations(
    name: str, corpus_runs: dict[str, Run]
) -> None:
    """Even from a file that needed ``--lenient``, the connector written is strict JSON."""
    run = corpus_runs[name]
    assert run.error is None, run.error
    connector = run.out / "connector"
    written = json.loads((connector / "apiDefinition.swagger.json").read_text(encoding="utf-8"))
    ids = [str(op.id) for op in Definition.from_data(written).operations]
    assert ids == declared_operations(run)
    assert run.entry.properties is not None
    properties = load_document(run.entry.properties, lenient=True).data
    assert json.loads((connector / "apiProperties.json").read_text()) == properties
    readme = (connector / "readme.md").read_text()
    assert readme.startswith(f"# {written['info']['title']}")
