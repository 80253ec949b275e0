"""The README's first lines and its Python example stay true."""

from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import GENERATED, ROOT

README = (ROOT / "README.md").read_text()


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    first_block = README.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make generate", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_python_example_runs_against_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    from trconnect.sandbox.testing import SandboxServer

    example = re.search(r"```python\n(.*?)```", README, re.DOTALL)
    assert example, "the README has a Python example"
    monkeypatch.syspath_prepend(str(GENERATED / "client"))
    for name in [m for m in sys.modules if m == "textrequest" or m.startswith("textrequest.")]:
        monkeypatch.delitem(sys.modules, name)
    with SandboxServer() as sandbox, sandbox.client() as http:
        created = http.post("/dashboards", json={"name": "Readme", "phone": "4235550100"})
        assert created.status_code == 200, created.text
        dashboard_id = created.json()["id"]
        http.post(f"/dashboards/{dashboard_id}/contacts/4239876543", json={"first_name": "Ada"})
        monkeypatch.setenv("TEXTREQUEST_API_KEY", sandbox.api_key)
        code = example.group(1).replace("http://127.0.0.1:8765/api/v3", sandbox.base_url)
        code = code.replace("dashboard_id=1", f"dashboard_id={dashboard_id}")
        printed: list[str] = []
        exec(code, {"print": lambda *args: printed.append(" ".join(map(str, args)))})
    assert len(printed) == 1 and printed[0].startswith("4239876543 "), printed
