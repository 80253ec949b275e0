"""A live contract run sends what Power Platform sends: the connector's policies are applied.

The live API is a local recorder (loopback only): it answers 200 ``{}`` and keeps every
request it got. Annature is the published connector of ``../shared/connectors`` whose
keys are set by ``setheader`` policies only and whose ``DeleteEnvelope`` is a ``HEAD``
in the swagger that a ``routerequesttoendpoint`` policy makes a ``DELETE``; a small
synthetic connector adds a ``dynamichosturl`` and a ``setqueryparameter``, and is run
end to end through schemathesis.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from trconnect import cli
from trconnect.contract.guard import running_guard
from trconnect.contract.policies import PolicyWire, routed_methods
from trconnect.contract.runner import run_contract
from trconnect.contract.safety import RequestGate, endpoints
from trconnect.contract.settings import Settings, Target
from trconnect.contract.throttle import SlidingWindow
from trconnect.model import Definition
from trconnect.model.profile import GENERIC

from tests.conftest import ROOT

ANNATURE = ROOT.parent / "shared" / "connectors" / "independent-publisher-connectors" / "Annature"
CONNECTION = {"api_client_id": "annature-id-31", "api_key": "annature-key-77"}


@dataclass
class Recorded:
    """Every request the recorder got: method, path with query, and headers."""

    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


@contextmanager
def recorder() -> Iterator[tuple[str, Recorded]]:
    """A stand-in live API on 127.0.0.1 that answers 200 ``{}`` to anything."""
    log = Recorded()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_one(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            log.requests.append((self.command, self.path, headers))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(b"{}")

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = handle_one

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def annature(tmp_path: Path) -> Definition:
    shutil.copytree(ANNATURE, tmp_path / "Annature")
    return Definition.load(tmp_path / "Annature" / "apiDefinition.swagger.json")


@contextmanager
def guarded(definition: Definition, upstream: str, blocked: list) -> Iterator[str]:
    spec_endpoints = endpoints(definition, GENERIC)
    wire = PolicyWire(definition, upstream + "/v1", CONNECTION, spec_endpoints)
    gate = RequestGate(definition.api.base_path, blocked)
    with running_guard(upstream + "/v1", gate, SlidingWindow(100, 60.0), None, wire) as guard:
        yield guard.base_url


def test_the_keys_go_out_in_the_headers_the_policies_set(annature: Definition) -> None:
    with recorder() as (upstream, log), guarded(annature, upstream, []) as base:
        # what schemathesis sends: the swagger's request, with the run's key in its header
        httpx.get(base + "/envelopes/env-5", headers={"X-Annature-Id": "the-run-key"})
    ((method, path, headers),) = log.requests
    assert (method, path) == ("GET", "/v1/envelopes/env-5")
    assert headers["x-annature-id"] == "annature-id-31"
    assert headers["x-annature-key"] == "annature-key-77"


def test_a_route_policy_sends_the_method_power_platform_sends(annature: Definition) -> None:
    with recorder() as (upstream, log), guarded(annature, upstream, []) as base:
        httpx.head(base + "/envelopes/env-5")
    assert [(m, p) for m, p, _ in log.requests] == [("DELETE", "/v1/envelopes/env-5")]


def test_an_operation_a_policy_makes_a_delete_is_unsafe_on_a_live_api(
    annature: Definition,
) -> None:
    """HEAD is a read by the swagger; the gateway sends DELETE, so a live run refuses it."""
    assert routed_methods(annature, endpoints(annature, GENERIC)) == {"DeleteEnvelope": "DELETE"}
    with recorder() as (upstream, log):
        target = Target(upstream + "/v1", "the-run-key", live=True)
        settings = Settings(only=("DeleteEnvelope",), phases=("fuzzing",), max_examples=2)
        result = run_contract(annature.path, target, settings)
    assert [(m, p) for m, p, _ in log.requests if "/envelopes" in p] == []  # (probes aside)
    (skipped,) = [r for r in result.operations if r.operation_id == "DeleteEnvelope"]
    assert skipped.examples == 0
    assert skipped.skipped_reason == (
        "unsafe on a live API: a routerequesttoendpoint policy sends it as DELETE"
    )


def synthetic(folder: Path, host: str) -> Path:
    """A connector with one read whose host, header and query come from its policies."""
    folder.mkdir()
    definition = {
        "swagger": "2.0",
        "info": {"title": "Policy Demo", "version": "1.0", "description": "Reads notes."},
        "host": "swagger-host.invalid",
        "basePath": "/api",
        "schemes": ["http"],
        "produces": ["application/json"],
        "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        "security": [{"key": []}],
        "paths": {
            "/notes": {
                "get": {
                    "operationId": "ListNotes",
                    "summary": "List notes",
                    "responses": {"200": {"description": "The notes.", "schema": {}}},
                }
            }
        },
    }
    prefix = "x-ms-apimTemplateParameter."
    properties = {
        "properties": {
            "connectionParameters": {
                "api_key": {"type": "securestring", "uiDefinition": {"constraints": {}}},
                "host": {"type": "string", "uiDefinition": {"constraints": {}}},
            },
            "policyTemplateInstances": [
                {
                    "templateId": "dynamichosturl",
                    "parameters": {
                        prefix + "urlTemplate": "http://@connectionParameters('host')/api"
                    },
                },
                {
                    "templateId": "setheader",
                    "parameters": {
                        prefix + "name": "Authorization",
                        prefix + "value": "Token @headers('X-Key')",
                        prefix + "existsAction": "override",
                    },
                },
                {
                    "templateId": "setqueryparameter",
                    "parameters": {prefix + "name": "_platform", prefix + "value": "msflow"},
                },
            ],
        }
    }
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(definition), encoding="utf-8")
    (folder / "apiProperties.json").write_text(json.dumps(properties), encoding="utf-8")
    return folder / "apiDefinition.swagger.json"


def test_a_contract_run_sends_every_request_where_and_as_the_policies_say(
    tmp_path: Path,
) -> None:
    with recorder() as (swagger_api, wrong), recorder() as (policy_api, log):
        spec = synthetic(tmp_path / "demo", policy_api.removeprefix("http://"))
        host = policy_api.removeprefix("http://")
        target = Target(swagger_api + "/api", "run-key-42", live=True)
        settings = Settings(phases=("fuzzing",), max_examples=3, connection=(("host", host),))
        result = run_contract(spec, target, settings)
    # the policy's host, not --base-url's (schemathesis's probes of the server are no operation)
    assert [path for _, path, _ in wrong.requests if "/notes" in path] == []
    notes = [(path, headers) for _, path, headers in log.requests if "/notes" in path]
    assert notes, "no request for the operation"
    for path, headers in notes:
        assert path.startswith("/api/notes?") and "_platform=msflow" in path, path
        # The policy's value from the key header the case sent (a negative case may send none).
        assert headers["authorization"] == f"Token {headers.get('x-key', '')}".strip()
    assert any(headers["authorization"] == "Token run-key-42" for _, headers in notes)
    assert result.calls_sent is not None and result.calls_sent >= len(notes)
    assert host not in repr(settings)  # the connection's values stay out of the repr


def test_the_command_reads_connection_parameters_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with recorder() as (swagger_api, _), recorder() as (policy_api, log):
        spec = synthetic(tmp_path / "demo", policy_api.removeprefix("http://"))
        monkeypatch.setenv("DEMO_KEY", "run-key-42")
        monkeypatch.setenv("DEMO_HOST", policy_api.removeprefix("http://"))
        argv = ["contract-test", "--spec", str(spec), "--base-url", swagger_api + "/api"]
        argv += ["--api-key-env", "DEMO_KEY", "--phases", "fuzzing", "--max-examples", "1"]
        cli.main([*argv, "--connection", "host=DEMO_HOST"])
    notes = {path for _, path, _ in log.requests if "/notes" in path}
    assert notes == {"/api/notes?_platform=msflow"}
    assert "DEMO_HOST" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        (["--connection", "host=UNSET_DEMO_HOST"], "$UNSET_DEMO_HOST"),
        (["--connection", "host"], "NAME=VAR"),
    ],
)
def test_a_connection_parameter_with_no_value_is_refused_before_anything_is_sent(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    named: str,
) -> None:
    spec = synthetic(tmp_path / "demo", "127.0.0.1:9")
    monkeypatch.setenv("DEMO_KEY", "run-key-42")
    monkeypatch.delenv("UNSET_DEMO_HOST", raising=False)
    argv = ["contract-test", "--spec", str(spec), "--base-url", "http://127.0.0.1:9/api"]
    # argparse refuses a malformed pair (exit 2); a missing variable is an InputError (exit 2)
    with pytest.raises(SystemExit) if named == "NAME=VAR" else nullcontext():
        assert cli.main([*argv, "--api-key-env", "DEMO_KEY", *extra]) == 2
    assert named in capsys.readouterr().err


def test_connection_parameters_need_a_live_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = synthetic(tmp_path / "demo", "127.0.0.1:9")
    assert cli.main(["contract-test", "--spec", str(spec), "--connection", "host=X"]) == 2
    assert "--connection" in capsys.readouterr().err
