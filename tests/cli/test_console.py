"""The console script: a bug in the tool is two lines and exit 2, never a traceback."""

from __future__ import annotations

import sys

import pytest
from trconnect import cli
from trconnect.cli import generate


def _broken(_args: object) -> int:
    raise KeyError("no such thing")


def test_a_bug_is_reported_in_two_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generate, "run", _broken)
    monkeypatch.setattr(sys, "argv", ["trconnect", "generate"])
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    assert cli.run() == 2
    err = capsys.readouterr().err
    assert err.startswith("internal error: KeyError: 'no such thing' (at test_console.py:")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 2


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "run", _broken)
    monkeypatch.setattr(sys, "argv", ["trconnect", "generate"])
    monkeypatch.setenv(cli.DEBUG_ENV, "1")
    with pytest.raises(KeyError):
        cli.run()


def test_main_lets_a_bug_through_for_tests_and_the_fuzz_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(generate, "run", _broken)
    with pytest.raises(KeyError):
        cli.main(["generate"])


def test_the_sandbox_command_passes_every_option_on_in_order() -> None:
    options = ["--port", "0", "--db", "x.db", "--reset", "--hook-host", "*"]
    args = cli.build_parser(["sandbox"]).parse_args(["sandbox", *options])
    assert args.passed_on == options
