"""Request bodies in the encoding the operation declares: JSON, a form, multipart, raw bytes."""

from __future__ import annotations

import io
from types import ModuleType

import httpx
import pytest


def _request(rt: ModuleType, body: object, body_type: str, media_type: str) -> httpx.Request:
    arguments = rt._bodies.body_arguments(body, body_type, media_type, frozenset())
    headers = arguments.pop("headers", {})
    return httpx.Client().build_request("POST", "http://api.test/x", headers=headers, **arguments)


def test_json_leaves_out_what_was_not_given(rt: ModuleType) -> None:
    request = _request(
        rt, {"a": 1, "b": None, "c": rt._types.NOT_GIVEN}, "json", "application/json"
    )
    assert request.headers["content-type"] == "application/json"
    assert request.content == b'{"a":1}'


def test_raw_content_keeps_its_media_type_and_bytes(rt: ModuleType) -> None:
    request = _request(rt, b"<x/>", "content", "application/xml")
    assert request.headers["content-type"] == "application/xml"
    assert request.content == b"<x/>"
    text = _request(rt, "héllo", "content", "text/plain")
    assert text.content == "héllo".encode() and text.headers["content-type"] == "text/plain"


def test_a_form_sends_scalars_as_text(rt: ModuleType) -> None:
    request = _request(
        rt, {"n": 2, "ok": True, "skip": None}, "data", "application/x-www-form-urlencoded"
    )
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"n=2&ok=true"


def test_multipart_sends_files_as_files_and_fields_as_text(rt: ModuleType) -> None:
    upload = io.BytesIO(b"%PDF-1.4")
    request = _request(
        rt,
        {"file": ("a.pdf", upload, "application/pdf"), "name": "report"},
        "files",
        "multipart/form-data",
    )
    content = request.read()
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="a.pdf"' in content and b"%PDF-1.4" in content
    assert b'name="name"\r\n\r\nreport' in content


def test_a_form_needs_named_fields(rt: ModuleType) -> None:
    with pytest.raises(TypeError, match="a form needs named fields"):
        _request(rt, [1, 2], "data", "application/x-www-form-urlencoded")
