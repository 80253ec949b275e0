"""Layers point one way, and one module owns operations, parameters, schemas and references.

Read from the source with ``ast``, so a violation is caught whether or not a test happens
to import the offending path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "generator"
BOTTOM = {"load", "model", "errors", "project"}
STAGES = {"validate", "transform", "render", "write", "pipeline", "fingerprint", "diff"}
# The client runtime (overrides/client/runtime, installed as trconnect.client_overrides):
# plain Python that imports nothing of the package, shipped unchanged into every client.
# The contract tests apply a connector's policies with its engine, the client's own.
RUNTIME = "client_overrides"
# What each part of the package may import of the rest of it (besides itself).
ALLOWED = {
    "load": {"errors"},
    "errors": set(),
    "project": {"errors"},
    "model": {"load", "errors"},
    "sandbox": BOTTOM,
    "contract": BOTTOM | {RUNTIME},
    **{stage: BOTTOM | STAGES for stage in STAGES},
}
# Names that only the model may define: one type for each of these in the whole package.
MODEL_TYPES = {"Operation", "Parameter", "Response", "SchemaNode", "Resolver", "Definition"}


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _part(path: Path) -> str:
    """``generator/sandbox/app.py`` -> ``sandbox``; ``generator/pipeline.py`` -> ``pipeline``."""
    relative = path.relative_to(PACKAGE).parts
    return relative[0] if len(relative) > 1 else relative[0].removesuffix(".py")


def _imported_parts(path: Path) -> set[str]:
    """The parts of the package that ``path`` imports, from its relative imports."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # folders below the package root
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level:
            if node.level <= depth:
                continue  # within its own part
            target = (node.module or "").split(".")[0]
            names = [target] if target else [alias.name for alias in node.names]
            found.update(names)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = (
                [node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            )
            assert not any(
                (name or "").split(".")[0] in {"generator", "trconnect", "sandbox"}
                for name in names
            ), f"{path}: absolute import of the project; use a relative one"
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_the_layers_below_or_beside_it(path: Path) -> None:
    part = _part(path)
    if part in ("cli", "__init__", "__main__"):
        return  # the top: it may use everything
    allowed = ALLOWED.get(part)
    assert allowed is not None, f"{part} has no place in the layers; add it to ALLOWED"
    imported = _imported_parts(path) - {part}
    assert imported <= allowed, f"{path} imports {sorted(imported - allowed)}"


def test_the_client_runtime_imports_nothing_of_the_package() -> None:
    """What makes it a bottom layer the contract tests may use: it stands alone."""
    runtime = ROOT / "overrides" / "client" / "runtime"
    for path in sorted(runtime.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                assert node.level == 1, f"{path}: reaches outside the runtime"
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [node.module]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                )
                assert not any(
                    (n or "").split(".")[0] in {"generator", "trconnect"} for n in names
                ), f"{path} imports the package"


def test_only_the_model_defines_operations_parameters_schemas_and_resolvers() -> None:
    owners: dict[str, list[str]] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef) and node.name in MODEL_TYPES:
                owners.setdefault(node.name, []).append(str(path.relative_to(PACKAGE)))
    outside = {
        name: files
        for name, files in owners.items()
        if any(not file.startswith("model/") for file in files)
    }
    assert outside == {}, f"defined outside generator/model: {outside}"


def _walks_raw_paths(path: Path) -> bool:
    """A loop (or comprehension) over something read from ``"paths"`` of a raw document."""
    for node in ast.walk(ast.parse(path.read_text())):
        loops = [node.iter] if isinstance(node, ast.For) else []
        if isinstance(node, ast.comprehension):
            loops = [node.iter]
        for iterated in loops:
            if any(isinstance(n, ast.Constant) and n.value == "paths" for n in ast.walk(iterated)):
                return True
    return False


def test_nothing_walks_the_raw_paths_but_the_model() -> None:
    walkers = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if _part(path) != "model"
        and (_walks_raw_paths(path) or "iter_operations" in path.read_text())
    ]
    assert walkers == []
