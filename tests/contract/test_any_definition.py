"""``contract-test --spec X --base-url U`` on definitions of the corpus, against a stand-in.

The stand-in is a local HTTP server that answers per the definition: it routes a request
to its operation through the model, refuses a missing key with 401, and answers the
first success status the operation declares with a value of that response's schema. No
profile exists for these definitions, so the generic rule applies: every operation whose
method is not GET, HEAD or OPTIONS may change or send something, and reaches the server
only when named with ``--allow-unsafe``. What the server received is the evidence.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from trconnect.cli import contract_test
from trconnect.contract.guard import running_guard
from trconnect.contract.safety import RequestGate, blocked, endpoints
from trconnect.contract.throttle import SlidingWindow
from trconnect.model import Definition, Operation
from trconnect.model.profile import GENERIC, GENERIC_REASON

from tests.conftest import CORPUS

KEY = "stand-in-key-5f2e9c"
# (corpus folder, the unsafe operation a run names with --allow-unsafe)
DEFINITIONS = [("CivicPlus", "GenerateFormSubmissionPDF"), ("Reflect", "NotePost")]
pytestmark = pytest.mark.slow


@dataclass
class StandIn:
    """The definition it serves and every (method, path) it was sent."""

    definition: Definition
    received: list[tuple[str, str]] = field(default_factory=list)

    def operation(self, method: str, path: str) -> Operation | None:
        below = path.removeprefix(self.definition.api.base_path) or "/"
        for operation in self.definition.operations:
            pattern = re.sub(r"\\\{[^}/]+\\\}", "[^/]+", re.escape(operation.path))
            if operation.method == method.lower() and re.fullmatch(pattern, below):
                return operation
        return None


def sample(definition: Definition, schema: Any, depth: int = 0) -> Any:
    """A value of ``schema``'s types, enough for a schema check to pass."""
    schema = definition.deref(schema) if isinstance(schema, dict) else {}
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "array":
        return [sample(definition, schema.get("items"), depth + 1)] if depth < 4 else []
    if kind == "object":
        properties = schema.get("properties", {}) if depth < 4 else {}
        return {name: sample(definition, sub, depth + 1) for name, sub in properties.items()}
    formats = {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "uri": "https://x.test/"}
    return {
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "string": formats.get(schema.get("format"), "text"),
    }.get(kind)


def handler_for(stand_in: StandIn, key_header: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            """Silent: the test reads ``received``."""

        def _handle(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            path = urlsplit(self.path).path
            stand_in.received.append((self.command, path))
            operation = stand_in.operation(self.command, path)
            if self.headers.get(key_header) != KEY:
                return self._send(401, {"message": "no key"})
            if operation is None:
                return self._send(404, {"message": f"nothing at {path}"})
            success = next((r for r in operation.responses.values() if r.is_success), None)
            if success is None or success.schema is None:
                return self._send(int(success.status) if success else 200, None)
            self._send(int(success.status), sample(stand_in.definition, success.schema))

        def _send(self, status: int, answer: Any) -> None:
            data = b"" if answer is None or status == 204 else json.dumps(answer).encode()
            self.send_response(status)
            if data:
                self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

    return Handler


@pytest.fixture(params=DEFINITIONS, ids=[name for name, _ in DEFINITIONS])
def served(request: pytest.FixtureRequest) -> Iterator[tuple[StandIn, str, str, Path]]:
    """(stand-in, its base URL, the operation to allow, the definition's path)."""
    name, allowed = request.param
    spec = CORPUS / name / "apiDefinition.swagger.json"
    if not spec.is_file():
        pytest.skip(f"{spec} is not present beside the project")
    definition = Definition.load(spec)
    stand_in = StandIn(definition)
    key_header = definition.api.api_key_header()
    assert key_header, f"{name} sends no API key in a header"
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(stand_in, key_header))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base_url = f"http://127.0.0.1:{server.server_port}{definition.api.base_path}"
        yield stand_in, base_url, allowed, spec
    finally:
        server.shutdown()
        server.server_close()


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    contract_test.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.handler(args))


def run(spec: Path, base_url: str, *allow: str) -> int:
    argv = ["contract-test", "--spec", str(spec), "--base-url", base_url]
    argv += ["--api-key-env", "STAND_IN_KEY", "--phases", "examples,fuzzing"]
    argv += ["--max-examples", "3", "--seed", "5", "--throttle", "100000/60"]
    return cli(argv + (["--allow-unsafe", *allow] if allow else []))


def sent_to(stand_in: StandIn, operation_ids: set[str]) -> list[tuple[str, str]]:
    return [
        call
        for call in stand_in.received
        if (op := stand_in.operation(*call)) is not None and op.id in operation_ids
    ]


def test_unsafe_operations_reach_the_server_only_when_named(served, monkeypatch, capsys):
    stand_in, base_url, allowed, spec = served
    monkeypatch.setenv("STAND_IN_KEY", KEY)
    judged = endpoints(stand_in.definition, GENERIC)
    unsafe = {e.operation_id for e in judged if e.unsafe_reason == GENERIC_REASON}
    safe = {e.operation_id for e in judged} - unsafe
    assert allowed in unsafe and safe

    assert run(spec, base_url) in (0, 1)
    out = capsys.readouterr()
    assert sent_to(stand_in, safe), "no safe operation was tested"
    assert sent_to(stand_in, unsafe) == []
    skipped = {line.split()[0] for line in out.out.splitlines() if "skipped: unsafe" in line}
    assert skipped == unsafe
    assert KEY not in out.out + out.err

    stand_in.received.clear()
    assert run(spec, base_url, allowed) in (0, 1)
    assert sent_to(stand_in, {allowed}), f"{allowed} was named but not sent"
    assert sent_to(stand_in, unsafe - {allowed}) == []


def test_the_guard_refuses_what_is_not_named(served):
    """Whatever asks for an unnamed unsafe operation gets 403 from the guard, unsent."""
    stand_in, base_url, allowed, _ = served
    definition = stand_in.definition
    refused = [e for e in blocked(endpoints(definition, GENERIC), [allowed])]
    gate = RequestGate(definition.api.base_path, refused)
    with running_guard(base_url, gate, SlidingWindow(1000, 1.0)) as guard:
        for endpoint in refused:
            path = re.sub(r"\{[^}/]+\}", "1", endpoint.path)
            answer = httpx.request(endpoint.method.upper(), guard.base_url + path, timeout=10)
            assert answer.status_code == 403 and endpoint.operation_id in answer.text
        allowed_op = definition.operation(allowed)
        path = re.sub(r"\{[^}/]+\}", "1", allowed_op.path)
        answer = httpx.request(allowed_op.method.upper(), guard.base_url + path, json={})
        assert answer.status_code != 403
    assert [op for call in stand_in.received if (op := stand_in.operation(*call))] == [allowed_op]
    assert {(m, p, o) for m, p, o in guard.log.refused} and all(
        o in {e.operation_id for e in refused} for _, _, o in guard.log.refused
    )
