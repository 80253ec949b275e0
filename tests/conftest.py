"""Paths every test folder shares, and generated packages imported in isolation."""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

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


@contextmanager
def isolated_import(folder: Path, name: str) -> Iterator[ModuleType]:
    """``name`` imported from ``folder`` only, and forgotten afterwards.

    Any module of that name imported before (another connector's client with the same
    package name) is set aside and put back, so packages of different runs never mix.
    """

    def ours(module: str) -> bool:
        return module == name or module.startswith(name + ".")

    saved = {key: sys.modules.pop(key) for key in [m for m in sys.modules if ours(m)]}
    sys.path.insert(0, str(folder))
    try:
        package = importlib.import_module(name)
        yield package
    finally:
        sys.path.remove(str(folder))
        for key in [m for m in sys.modules if ours(m)]:
            del sys.modules[key]
        sys.modules.update(saved)
        importlib.invalidate_caches()


CREDENTIAL_PARAMETERS = ("api_key", "access_token", "username", "password")


def made_up_credential(
    client_class: type, package: ModuleType, secret: str = "k"
) -> dict[str, str]:
    """A credential for whichever parameters the client takes: its security scheme decides;
    and a value for each connection parameter (of the first set, when it has sets)."""
    taken = inspect.signature(client_class).parameters
    given = {name: secret for name in CREDENTIAL_PARAMETERS if name in taken}
    connector = importlib.import_module(f"{package.__name__}._connector")
    rows = connector.PARAMETERS
    if connector.PARAMETER_SETS:
        chosen = next(iter(connector.PARAMETER_SETS))
        given["connection_set"], rows = chosen, connector.PARAMETER_SETS[chosen]
    for row in rows:
        given.setdefault(row["keyword"], (row["allowed"] or [secret])[0])
    return given
