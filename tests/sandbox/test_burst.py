"""A webhook burst on a busy machine (a smaller bench/webhook_burst.py): no delivery lost,
health answered within the bound throughout, and a stop in the middle of more deliveries
bounded, with every interrupted one sent after a restart."""

from __future__ import annotations

import pytest

from bench.webhook_burst import HEALTH_P99_LIMIT, report, run

# 400 deliveries in the burst: enough health calls (100 or more) for a p99 that is not
# simply the slowest one; then 100 more around the stop.
HOOKS, TEXTS, BUSY, AT_STOP = 25, 16, 1, 4


@pytest.mark.slow
def test_a_burst_loses_nothing_and_health_stays_fast(tmp_path):
    outcome = run(tmp_path / "burst.db", HOOKS, TEXTS, BUSY, AT_STOP, baseline_seconds=1.0)
    print("\n" + report(outcome))
    assert outcome.expected == HOOKS * (TEXTS + AT_STOP)
    assert outcome.states == {"delivered": outcome.expected}
    assert outcome.unanswered == outcome.missing_at_receiver == 0
    assert len(outcome.health) >= 60 and outcome.health_errors == 0
    assert outcome.health_p99 < HEALTH_P99_LIMIT
    assert outcome.stop_under_load_seconds < 6 and outcome.stop_seconds < 6
