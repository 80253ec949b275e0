"""Slow clients cannot hold connections: headers and bodies each have a deadline."""

from __future__ import annotations

import socket
import time

import httpx
import pytest
from trconnect.sandbox.testing import SandboxServer

HEADER_SECONDS, BODY_SECONDS = 0.5, 0.5


@pytest.fixture(scope="module")
def sandbox():
    with SandboxServer(header_timeout=HEADER_SECONDS, body_timeout=BODY_SECONDS) as server:
        yield server


def connect(sandbox: SandboxServer) -> socket.socket:
    host, port = sandbox.root_url.removeprefix("http://").rsplit(":", 1)
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def seconds_until_closed(sock: socket.socket) -> tuple[float, bytes]:
    """Seconds until the server closes ``sock``, and what it sent before."""
    start, received = time.monotonic(), b""
    while chunk := sock.recv(4096):
        received += chunk
    return time.monotonic() - start, received


def test_headers_sent_too_slowly_close_the_connection(sandbox):
    with connect(sandbox) as sock:
        sock.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n")  # never finished
        took, received = seconds_until_closed(sock)
    assert received == b""
    assert HEADER_SECONDS * 0.8 <= took < HEADER_SECONDS + 3


def test_a_kept_alive_connection_gets_the_same_deadline_for_its_next_request(sandbox):
    with connect(sandbox) as sock:
        sock.sendall(b"GET /_sandbox/health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /_sandbox/health HTTP/1.1\r\n")
        took, received = seconds_until_closed(sock)
    assert received == b"" and took < HEADER_SECONDS + 3


def test_a_body_sent_too_slowly_is_answered_408_and_closed(sandbox):
    url = "/api/v3/dashboards/1/contacts/4235550101"
    head = (
        f"POST {url} HTTP/1.1\r\nHost: x\r\n{sandbox.key_header}: {sandbox.api_key}\r\n"
        "content-type: application/json\r\ncontent-length: 100\r\n\r\n{"
    )
    with connect(sandbox) as sock:
        sock.sendall(head.encode())
        took, received = seconds_until_closed(sock)
    assert received.startswith(b"HTTP/1.1 408")
    assert b"did not arrive within 0.5 s" in received
    assert BODY_SECONDS * 0.8 <= took < BODY_SECONDS + 3


def test_requests_at_a_normal_pace_are_served(sandbox):
    with httpx.Client(timeout=10) as http:
        for _ in range(3):
            assert http.get(sandbox.root_url + "/_sandbox/health").status_code == 200
            time.sleep(HEADER_SECONDS / 2)
        assert http.get(sandbox.root_url + "/_sandbox/health").status_code == 200
