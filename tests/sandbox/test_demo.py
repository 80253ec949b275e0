"""``make demo`` end to end: client -> sandbox -> webhook -> receiver."""

from __future__ import annotations

import sys

import pytest
from trconnect.cli import demo


def test_demo_transcript(root, monkeypatch: pytest.MonkeyPatch) -> None:
    # The project's own client, whatever other tests of this process imported under its name.
    monkeypatch.syspath_prepend(str(root / "generated" / "client"))
    for name in [m for m in sys.modules if m == "textrequest" or m.startswith("textrequest.")]:
        monkeypatch.delitem(sys.modules, name)
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
