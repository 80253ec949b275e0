"""A live run sends no unsafe operation unless named, keeps the throttle and never shows the key.

The "live" API is the sandbox app served on 127.0.0.1 behind a request log, so the
assertions are about what a server actually received.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET

import pytest
from trconnect.cli import COMMANDS, contract_test
from trconnect.contract.runner import run_contract
from trconnect.contract.safety import RequestGate, blocked, endpoints
from trconnect.contract.settings import Settings, Target

from tests.conftest import SPEC
from tests.contract.conftest import Received, recording, sandbox_app, serve, text_request

pytestmark = pytest.mark.slow


def cli(argv: list[str]) -> int:
    """``python -m generator contract-test ...`` with only this command registered, so the
    test does not depend on the other subcommands importing cleanly."""
    parser = argparse.ArgumentParser()
    contract_test.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_the_command_is_registered():
    assert "contract_test" in COMMANDS


@pytest.fixture(scope="module")
def spec():
    """The definition (model) and its profile."""
    return text_request()


@pytest.fixture
def live(tmp_path):
    """(base URL, key, request log) of a recording sandbox posing as the live API."""
    app, key = sandbox_app(str(tmp_path / "live.db"))
    log = Received()
    with serve(recording(app, log)) as origin:
        yield f"{origin}/api/v3", key, log


def unsafe_calls(spec, log: Received, allowed=()):
    definition, _ = spec
    gate = RequestGate(definition.api.base_path, blocked(endpoints(*spec), allowed))
    return [(method, path) for method, path in log.calls() if gate.match(method, path)]


def test_cli_live_run_sends_nothing_unsafe_and_hides_the_key(
    spec, live, tmp_path, monkeypatch, capsys
):
    url, key, log = live
    monkeypatch.setenv("MY_TR_KEY", key)
    report = tmp_path / "junit.xml"
    code = cli(
        [
            "contract-test", "--base-url", url, "--api-key-env", "MY_TR_KEY",
            "--max-examples", "3", "--seed", "7", "--throttle", "100000/60",
            "--junit", str(report),
        ]
    )  # fmt: skip
    out = capsys.readouterr()
    assert code in (0, 1)
    assert log.calls(), "the live server received nothing"
    assert unsafe_calls(spec, log) == []
    assert [call for call in log.calls() if call[0] != "GET"] == []
    assert key not in out.out and key not in out.err and key not in report.read_text()
    assert "phase coverage" in out.err
    unsafe = {e.operation_id for e in blocked(endpoints(*spec), [])}
    skipped_rows = {
        line.split()[0] for line in out.out.splitlines() if "skipped: unsafe on a live API" in line
    }
    assert skipped_rows == unsafe
    skipped_cases = {
        case.get("classname")
        for case in ET.parse(report).getroot().iter("testcase")
        if case.find("skipped") is not None
    }
    assert skipped_cases == unsafe


def test_allow_unsafe_sends_only_what_it_names(spec, live):
    url, key, log = live
    settings = Settings(
        allow_unsafe=("CreateDashboard",),
        max_examples=3,
        seed=7,
        throttle=(100_000, 60.0),
        only=("CreateDashboard", "GetDashboards", "DeleteDashboard"),
    )
    result = run_contract(SPEC, Target(url, key, live=True), settings)
    created = [
        call for call in log.calls() if call[0] == "POST" and call[1] == "/api/v3/dashboards"
    ]
    assert created, "the allowed unsafe operation was not sent"
    assert unsafe_calls(spec, log, allowed=("CreateDashboard",)) == []
    assert result.refused == []


def test_live_run_keeps_the_throttle(spec, live):
    url, key, log = live
    limit, window = 15, 1.0
    settings = Settings(max_examples=2, seed=3, throttle=(limit, window), only=("GetDashboards",))
    run_contract(SPEC, Target(url, key, live=True), settings)
    starts = [at for at, _, _ in log.requests]
    assert len(starts) > 2 * limit, "too few calls to exercise the throttle"
    for index, start in enumerate(starts):
        # A little slack for the time between the guard's decision and the server's log.
        assert len([s for s in starts[index:] if s - start < window - 0.05]) <= limit
