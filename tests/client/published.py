"""Clients generated from published connectors (../shared/connectors), once per session.

Each is made by ``generate --spec`` from the connector's own folder, so apiProperties.json
and script.csx are found beside the definition as a user's run finds them. ``Wire`` records
what the client sends through an ``httpx.MockTransport``: method, URL, headers, body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from trconnect import pipeline

from tests.client.conftest import import_package
from tests.conftest import SHARED

CONNECTORS = SHARED / "connectors"


@dataclass
class Published:
    package: ModuleType
    report: dict[str, Any]

    def degraded(self) -> dict[str, list[str]]:
        return {d["operation"]: d["reasons"] for d in self.report["client"]["degraded"]}


@dataclass
class Wire:
    """Records each request and answers with ``answer`` (JSON), status 200 unless told."""

    answer: Callable[[httpx.Request], httpx.Response] = field(
        default=lambda request: httpx.Response(200, json={})
    )
    sent: list[httpx.Request] = field(default_factory=list)

    def transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.sent.append(request)
            return self.answer(request)

        return httpx.MockTransport(handle)

    def only(self) -> httpx.Request:
        assert len(self.sent) == 1, [f"{r.method} {r.url}" for r in self.sent]
        return self.sent[0]


def sent_headers(request: httpx.Request, *names: str) -> dict[str, str | None]:
    return {name: request.headers.get(name) for name in names}


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content)


@pytest.fixture(scope="session", name="published")
def published_fixture(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], Published]]:
    """``published("certified-connectors/DeepL")``: its generated client, made once."""
    if not CONNECTORS.is_dir():
        pytest.skip(f"{CONNECTORS} is not present beside the project")
    made: dict[str, Published] = {}

    def get(folder: str) -> Published:
        if folder not in made:
            spec = next(
                p
                for p in (CONNECTORS / folder).iterdir()
                if p.name.lower() == "apidefinition.swagger.json"
            )
            out = tmp_path_factory.mktemp("published") / Path(folder).name.replace(" ", "_")
            job = pipeline.job_for(spec, out, None, lenient=True, best_effort=True)
            outcome = pipeline.generate(job)
            assert outcome.client is not None
            report = json.loads((out / "report.json").read_text())
            made[folder] = Published(import_package(out / "client", outcome.client.package), report)
        return made[folder]

    yield get
