"""The client rendered fresh from the spec (once per session) and imported from there.

Tests exercise what the templates make of the current spec, not whatever
``generated/client`` held when it was last generated.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from trconnect.load import load_document
from trconnect.model import Definition
from trconnect.render.client import render_client
from trconnect.render.client_report import ClientReport

from tests.conftest import ROOT, SPEC

OVERRIDES = ROOT / "overrides" / "client"
FIXTURES = Path(__file__).parent / "fixtures"
API_KEY = "sk_live_Zq8-secret-KEY-7781"


@dataclass
class Rendered:
    swagger: dict[str, Any]
    path: Path
    report: ClientReport


def render(swagger: dict[str, Any], out: Path) -> Rendered:
    return Rendered(
        swagger, out, render_client(Definition.from_data(swagger), out, overrides=OVERRIDES)
    )


def import_package(folder: Path, name: str) -> ModuleType:
    """``name`` imported from ``folder``, replacing any copy imported before."""
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))


@pytest.fixture(scope="session")
def spec_swagger() -> dict[str, Any]:
    data: dict[str, Any] = load_document(SPEC).data
    return data


@pytest.fixture(scope="session")
def rendered(spec_swagger: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    return render(spec_swagger, tmp_path_factory.mktemp("client") / "client")


@pytest.fixture(scope="session")
def tr(rendered: Rendered) -> ModuleType:
    """The generated package (``textrequest``)."""
    return import_package(rendered.path, rendered.report.package)
