"""The README's client quickstart, as written: its install line and its Python, on a sandbox."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from trconnect.sandbox.testing import SandboxServer
from trconnect.write import tree_files

from tests.conftest import GENERATED, ROOT

SECTION = (ROOT / "README.md").read_text().split("## The Python client", 1)[1].split("\n## ")[0]
SANDBOX_URL = "http://127.0.0.1:8765/api/v3"  # what a fresh `make sandbox` serves


def block(language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)```", SECTION, re.DOTALL)
    assert found, f"the client section has a {language or 'shell'} block"
    return found.group(1)


def test_the_quickstart_runs_verbatim_on_a_fresh_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    code = block("python")
    assert SANDBOX_URL in code and "dashboard.id" in code  # the dashboard it creates, not id 1
    monkeypatch.syspath_prepend(str(GENERATED / "client"))
    for name in [m for m in sys.modules if m == "textrequest" or m.startswith("textrequest.")]:
        monkeypatch.delitem(sys.modules, name)
    printed: list[str] = []
    with SandboxServer() as sandbox:  # fresh: no demo data, no dashboard yet
        monkeypatch.setenv("TEXTREQUEST_API_KEY", sandbox.api_key)
        code = code.replace(SANDBOX_URL, sandbox.base_url)
        exec(code, {"print": lambda *args: printed.append(" ".join(map(str, args)))})
    assert printed == ["4239876543 Ada"]


def test_the_key_export_is_shown() -> None:
    assert "export TEXTREQUEST_API_KEY=" in block("")


def test_the_install_line_leaves_generated_clean(tmp_path: Path) -> None:
    """``pip`` stands in as what it does first: build in the folder it is given."""
    install = next(line for line in block("").splitlines() if "pip install" in line)
    project = tmp_path / "project"
    shutil.copytree(GENERATED / "client", project / "generated" / "client")
    before = tree_files(project / "generated")
    sdist = f'from setuptools import build_meta; build_meta.build_sdist("{tmp_path}")'
    build = f"{sys.executable} -c '{sdist}'"
    shim = f'pip() {{ (cd "$2" && {build}); }}\n'
    done = subprocess.run(["bash", "-c", shim + install.split("#")[0]], cwd=project,
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.glob("textrequest*-3.0.tar.gz"))  # it did build
    assert tree_files(project / "generated") == before
