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


RUNTIME = OVERRIDES / "runtime"
# What the generated _constants.py holds, fixed for the runtime's own tests.
CONSTANTS = """from typing import Final

TITLE: Final = "Runtime"
DEFAULT_BASE_URL: Final = "http://api.test/v1"
BASE_URL_ENV: Final = "RUNTIME_BASE_URL"
API_KEY_ENV: Final = "RUNTIME_API_KEY"
ACCESS_TOKEN_ENV: Final = "RUNTIME_ACCESS_TOKEN"
USERNAME_ENV: Final = "RUNTIME_USERNAME"
PASSWORD_ENV: Final = "RUNTIME_PASSWORD"
SERVE_TOKEN_ENV: Final = "RUNTIME_MCP_TOKEN"
AUTH_KIND: Final = "header"
AUTH_NAME: Final = "x-api-key"
USER_AGENT: Final = "runtime/1"
LOGGER_NAME: Final = "runtime"
DEFAULT_TIMEOUT: Final = 30.0
RETRY_ATTEMPTS: Final = 3
RETRY_BACKOFF: Final = 0.5
RETRY_MAX_BACKOFF: Final = 30.0
RATE_LIMIT_CALLS: Final = 100
RATE_LIMIT_PERIOD: Final = 60.0
PAGE: Final = "page"
PAGE_SIZE: Final = "page_size"
FIRST_PAGE: Final = 0
PAGE_ITEMS: Final = "items"
PAGE_META: Final = "meta"
PAGE_TOTAL: Final = "total_items"
"""


@pytest.fixture(scope="session")
def runtime_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``overrides/client/runtime`` as a package ``rt`` of its own, no client rendered."""
    root = tmp_path_factory.mktemp("runtime")
    package = root / "rt"
    package.mkdir()
    for module in RUNTIME.glob("*.py"):
        (package / module.name).write_bytes(module.read_bytes())
    (package / "_constants.py").write_text(CONSTANTS)
    (package / "__init__.py").write_text('"""The client runtime, alone."""\n')
    (package / "py.typed").write_text("")
    return root


@pytest.fixture(scope="session")
def rt(runtime_root: Path) -> ModuleType:
    """The runtime package; its modules as attributes (``rt._limiter``, ``rt._base_client``)."""
    package = import_package(runtime_root, "rt")
    for module in sorted(RUNTIME.glob("*.py")):
        importlib.import_module(f"rt.{module.stem}")
    return package
