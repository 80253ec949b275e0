"""``make demo`` end to end: client -> sandbox -> webhook -> receiver."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from trconnect.cli import demo


def test_demo_transcript(root):
    client_dir = str(root / "generated" / "client")
    sys.path.insert(0, client_dir)
    try:
        if importlib.util.find_spec("textrequest") is None:
            pytest.skip(f"the generated client is not in {client_dir}; run make generate")
    finally:
        sys.path.remove(client_dir)
    lines: list[str] = []
    result = demo.run(say=lines.append)
    assert result["matched"] is True
    assert [line.split()[0] for line in lines] == [
        "sandbox",
        "receiver",
        "dashboard",
        "contact",
        "hook",
        "sent",
        "webhook",
        "done",
    ]
    assert result["message_id"] in lines[-2]
    assert result["notification"]["conversation"]["consumerPhoneNumber"] == demo.CUSTOMER
