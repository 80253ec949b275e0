"""Reproduction commands run as written and never contain the key."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from trconnect.contract.curl import curl_command

KEY = "k3y-Value'with\"quotes"


def command():
    return curl_command(
        "post",
        f"http://127.0.0.1:9/api/v3/dashboards/1/groups?note={KEY}",
        {"x-api-key": KEY, "Content-Type": "application/json", "User-Agent": "schemathesis"},
        b'{"name": "it\'s"}',
        key_header="x-api-key",
        secret=KEY,
        env_name="TEXTREQUEST_API_KEY",
    )


def test_key_never_appears():
    text = command()
    assert KEY not in text
    assert '-H "x-api-key: $TEXTREQUEST_API_KEY"' in text
    assert "User-Agent" not in text


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_shell_reads_it_back_with_the_key_from_the_environment():
    # Replace curl by printf so the shell shows the arguments it would pass.
    text = command().replace("curl", "printf '%s\\n'", 1)
    env = {**os.environ, "TEXTREQUEST_API_KEY": "from-env"}
    out = subprocess.run(["bash", "-c", text], capture_output=True, text=True, env=env, check=True)
    args = out.stdout.splitlines()
    assert args[:2] == ["-X", "POST"]
    assert "x-api-key: from-env" in args
    assert '{"name": "it\'s"}' in args
    assert args[-1].endswith("/groups?note=$TEXTREQUEST_API_KEY")
