"""8 clients x 300 mixed writes with a ``kill -9`` and restart midway (bench/sandbox_crash.py):
no acknowledged write lost, none stored twice, nothing stored that was not sent."""

from __future__ import annotations

import pytest

from bench.sandbox_crash import CLIENTS, WRITES, report, run


@pytest.mark.slow
def test_acknowledged_writes_survive_kill_9_once_each(tmp_path):
    outcome = run(tmp_path / "crash.db")
    print("\n" + report(outcome))
    assert outcome.unanswered, "the kill fell between writes; nothing tested the crash itself"
    assert len(outcome.acknowledged) + len(outcome.unanswered) == CLIENTS * WRITES
    assert len(outcome.acknowledged) >= CLIENTS * WRITES * 0.9
    assert (outcome.lost, outcome.duplicated, outcome.phantom) == ([], [], [])
