"""Errors by status, carrying operation, status and body; a 204 that means "none" is None."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import Scripted, json_response


def client(tr: ModuleType, server: Scripted) -> Any:
    return tr.Client(API_KEY, base_url="http://api.test", retry=None, transport=server.transport())


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, "BadRequest"),
        (401, "Unauthorized"),
        (403, "Unauthorized"),
        (404, "NotFound"),
        (429, "RateLimited"),
        (500, "ServerError"),
        (503, "ServerError"),
        (418, "UnexpectedStatus"),
    ],
)
def test_each_status_has_its_exception(tr: ModuleType, status: int, kind: str) -> None:
    server = Scripted(json_response(status, {"message": "nope"}))
    with pytest.raises(getattr(tr, kind)) as caught:
        client(tr, server).groups.get_groups(3)
    error = caught.value
    assert isinstance(error, tr.ApiError)
    assert (error.operation, error.status_code, error.body) == (
        "GetGroups",
        status,
        {"message": "nope"},
    )
    assert f"GetGroups failed with HTTP {status}" in str(error) and "nope" in str(error)


def test_rate_limited_carries_retry_after(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}, **{"retry-after": "42"}))
    with pytest.raises(tr.RateLimited) as caught:
        client(tr, server).tags.get_tags(3)
    assert caught.value.retry_after == 42.0


def test_a_text_body_is_kept_as_text(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(400, text="phone_number is not valid"))
    with pytest.raises(tr.BadRequest) as caught:
        client(tr, server).contacts.delete_contact(3, "x")
    assert caught.value.body == "phone_number is not valid"


def test_204_where_the_spec_means_none_returns_none(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(204))
    api = client(tr, server)
    assert api.contacts.get_contact_by_phone_number(3, "4235550100") is None
    assert api.groups.get_group_by_id(3, 9) is None
    assert api.payments.get_payment(3, 9) is None


def test_a_204_not_in_the_spec_is_an_error(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(204))
    with pytest.raises(tr.UnexpectedStatus):
        client(tr, server).dashboards.get_dashboard(3)
