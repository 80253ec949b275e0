"""Against the real Text Request API, only when the user gives its URL and key.

Runs the examples phase alone (about 30 calls, within the throttle), with every unsafe
operation excluded: it reports disagreements but texts nobody and moves no money.
"""

from __future__ import annotations

import os

import pytest
from trconnect.contract.runner import run_contract
from trconnect.contract.settings import DEFAULT_KEY_ENV, Settings
from trconnect.contract.target import live_target

from tests.conftest import SPEC

URL_ENV = "TEXTREQUEST_BASE_URL"

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not (os.environ.get(URL_ENV) and os.environ.get(DEFAULT_KEY_ENV)),
        reason=f"set {URL_ENV} and {DEFAULT_KEY_ENV} to run the contract test on the real API",
    ),
]


def test_real_api_examples_phase(capsys):
    target = live_target(os.environ[URL_ENV], DEFAULT_KEY_ENV)
    result = run_contract(SPEC, target, Settings(phases=("examples",)), print)
    assert result.refused == []
    assert result.calls_sent is not None and result.calls_sent > 0
    out = capsys.readouterr().out
    assert os.environ[DEFAULT_KEY_ENV] not in out
    for problem in result.problems:
        print(f"{problem.operation_id}: {problem.check}: {problem.title}")
