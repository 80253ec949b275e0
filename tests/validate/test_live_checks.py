"""``validate --live``: the connector's dynamic values, schemas and trigger, run on a sandbox."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
from trconnect.cli import main
from trconnect.contract.connector_checks import Connection, LiveCheck, check_connector
from trconnect.contract.receiver import free_port
from trconnect.model import Definition
from trconnect.model.profile import for_spec
from trconnect.sandbox.testing import SandboxServer

from tests.conftest import CORPUS, ROOT

SPEC = ROOT / "spec" / "textrequest.yaml"
DASHBOARD = "/parameters/dashboard_id/x-ms-dynamic-values"
GROUP = "/parameters/group_id/x-ms-dynamic-values"


RECEIVER_PORT = free_port()  # the trigger's receiver: the one target the sandbox allows
RECEIVER = (f"127.0.0.1:{RECEIVER_PORT}",)


@pytest.fixture(scope="module")
def server():
    with SandboxServer(hook_hosts=RECEIVER) as running:
        yield running


@pytest.fixture(scope="module")
def spec() -> Definition:
    return Definition.load(SPEC)


def _connection(server: SandboxServer, *, live: bool = False) -> Connection:
    def inbound(values):
        return server.inbound(values["dashboard_id"], values["phone_number"], values["body"])

    return Connection(server.base_url, server.headers(), live, inbound, RECEIVER_PORT)


def _changed(definition: Definition, change) -> Definition:
    data = copy.deepcopy(definition.data)
    change(data)
    return Definition.from_data(data, SPEC)


def _at(results: list[LiveCheck], pointer: str) -> list[LiveCheck]:
    return [result for result in results if result.pointer == pointer]


def test_the_spec_passes_every_live_check(server, spec) -> None:
    results = check_connector(spec, _connection(server), for_spec(spec))
    assert {r.outcome for r in results} == {"passed"}, results
    assert {r.kind for r in results} == {"x-ms-dynamic-values", "testConnection", "trigger"}
    assert {r.pointer for r in results} >= {DASHBOARD, GROUP}
    assert len([r for r in results if r.kind == "trigger"]) == 2  # a text sent, one received


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [("value-title", "title", "'title'"), ("value-collection", "records", "'records'")],
)
def test_a_field_the_answer_lacks_fails(server, spec, key, value, named) -> None:
    bad = _changed(
        spec,
        lambda data: data["parameters"]["dashboard_id"]["x-ms-dynamic-values"].__setitem__(
            key, value
        ),
    )
    [result] = _at(check_connector(bad, _connection(server), for_spec(bad)), DASHBOARD)
    assert result.outcome == "failed" and named in result.message


TEST_CONNECTION = "/x-ms-capabilities/testConnection"


def test_the_connection_test_passes_with_the_key_and_is_refused_without(server, spec) -> None:
    [result] = _at(check_connector(spec, _connection(server), for_spec(spec)), TEST_CONNECTION)
    assert result.outcome == "passed" and "401" in result.message
    assert server.api_key not in result.message


@pytest.mark.parametrize(
    ("test", "outcome", "said"),
    [
        (
            {"operationId": "GetDashboards", "parameters": {"page": 0, "page_size": 0}},
            "failed",
            "400",
        ),
        ({"operationId": "NoSuchOperation"}, "not-run", "NoSuchOperation"),
    ],
)
def test_a_connection_test_that_cannot_succeed_is_reported(server, spec, test, outcome, said):
    bad = _changed(spec, lambda data: data["x-ms-capabilities"].__setitem__("testConnection", test))
    [result] = _at(check_connector(bad, _connection(server), for_spec(bad)), TEST_CONNECTION)
    assert result.outcome == outcome and said in result.message


def test_a_referenced_parameter_without_a_known_value_is_not_run(server, spec) -> None:
    profile = replace(for_spec(spec), resources=())
    [result] = _at(check_connector(spec, _connection(server), profile), GROUP)
    assert result.outcome == "not-run" and "dashboard_id" in result.message


@pytest.mark.parametrize(("path", "outcome"), [(None, "passed"), ("name", "failed")])
def test_dynamic_schema_needs_a_schema_at_its_value_path(server, spec, path, outcome) -> None:
    extension = {
        "operationId": "GetDashboard",
        "parameters": {"dashboard_id": {"parameter": "dashboard_id"}},
    }
    if path:
        extension["value-path"] = path

    def add(data):
        data["parameters"]["group_id"]["x-ms-dynamic-schema"] = extension

    changed = _changed(spec, add)
    results = check_connector(changed, _connection(server), for_spec(changed))
    [result] = _at(results, "/parameters/group_id/x-ms-dynamic-schema")
    assert result.outcome == outcome, result


def test_a_notification_schema_missing_a_field_fails(spec) -> None:
    trigger = next(op for op in spec.triggers if op.is_webhook)
    schema = spec.deref(trigger.notification_content["schema"])
    field = next(iter(schema["properties"]))

    def drop(data):
        holder = data["paths"][trigger.path]
        content = (
            holder.get("x-ms-notification-content")
            or holder[trigger.method]["x-ms-notification-content"]
        )
        written = content["schema"]
        if "$ref" in written:
            written = data["definitions"][written["$ref"].rsplit("/", 1)[-1]]
        del written["properties"][field]

    bad = _changed(spec, drop)
    # A sandbox of its own: hooks other tests left to closed receivers hold up deliveries.
    with SandboxServer(hook_hosts=RECEIVER) as server:
        found = check_connector(bad, _connection(server), for_spec(bad))
    results = [r for r in found if r.kind == "trigger"]
    assert results and all(r.outcome == "failed" for r in results)
    assert any(field in r.message for r in results), [r.message for r in results]


def test_a_live_api_gets_only_safe_calls_and_no_trigger(server, spec) -> None:
    def to_create(data):
        data["parameters"]["dashboard_id"]["x-ms-dynamic-values"]["operationId"] = "CreateGroup"

    bad = _changed(spec, to_create)
    with server.client() as api:
        before = api.get("/dashboards", params={"page": 0, "page_size": 50}).json()["items"]
    results = check_connector(bad, _connection(server, live=True), for_spec(bad))
    [dynamic] = _at(results, DASHBOARD)
    assert dynamic.outcome == "not-run" and "POST" in dynamic.message
    assert {r.outcome for r in results if r.kind == "trigger"} == {"not-run"}
    with server.client() as api:
        assert api.get("/dashboards", params={"page": 0, "page_size": 50}).json()["items"] == before


def test_cli_live_url_reads_the_key_from_the_env_and_never_prints_it(monkeypatch, capsys) -> None:
    secret = "sbx_secret_for_this_test_only"
    with SandboxServer(api_key=secret) as running:
        with running.client() as api:  # an account of its own starts with no dashboard
            api.post("/dashboards", json={"name": "Live", "phone": "4235550123"}).raise_for_status()
        monkeypatch.setenv("TR_TEST_KEY", secret)
        folder = str(ROOT / "generated" / "connector")
        code = main(["validate", folder, "--live", running.base_url, "--key-env", "TR_TEST_KEY"])
    captured = capsys.readouterr()
    assert secret not in captured.out + captured.err
    assert "live-trigger" in captured.out and "not sent the events" in captured.out
    assert "passed x-ms-dynamic-values" in captured.err
    assert code == 0


def test_cli_live_url_without_the_key_is_an_error_naming_the_variable(monkeypatch, capsys) -> None:
    monkeypatch.delenv("TR_MISSING_KEY", raising=False)
    folder = str(ROOT / "generated" / "connector")
    args = [
        "validate",
        "--live",
        "http://127.0.0.1:9/api/v3",
        folder,
        "--key-env",
        "TR_MISSING_KEY",
    ]
    assert main(args) == 2
    assert "$TR_MISSING_KEY" in capsys.readouterr().err


def test_cli_bare_live_then_the_folder_runs_against_a_sandbox(capsys) -> None:
    folder = str(ROOT / "generated" / "connector")
    assert main(["validate", "--live", folder, "--project", str(ROOT)]) == 0
    err = capsys.readouterr().err
    assert err.count("live: passed trigger") == 2 and "passed x-ms-dynamic-values" in err


def test_cli_live_url_works_outside_any_project(monkeypatch, tmp_path, capsys) -> None:
    """Any connector, checked from any folder: the project is needed only for a sandbox."""
    secret = "sbx_secret_outside_a_project"
    with SandboxServer(api_key=secret) as running:
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("TR_TEST_KEY", secret)
        folder = str(CORPUS / "Hashtag_API")
        code = main(["validate", folder, "--live", running.base_url, "--key-env", "TR_TEST_KEY"])
    captured = capsys.readouterr()
    assert "no project" not in captured.err and secret not in captured.out + captured.err
    assert code in (0, 1)  # its own findings decide; the live checks ran
    assert "x-ms-dynamic-values" in captured.out + captured.err


def test_cli_live_url_that_does_not_answer_is_an_error_naming_it(monkeypatch, capsys) -> None:
    monkeypatch.setenv("TR_TEST_KEY", "any")
    folder = str(ROOT / "generated" / "connector")
    url = "http://127.0.0.1:9/api/v3"
    assert main(["validate", folder, "--live", url, "--key-env", "TR_TEST_KEY"]) == 2
    err = capsys.readouterr().err
    assert url in err and "did not answer" in err and "Traceback" not in err
