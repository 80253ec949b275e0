"""One hierarchy: status errors with the server's message, transport failures wrapped, pickling."""

from __future__ import annotations

import pickle
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import GROUP, Scripted, json_response


def client(tr: ModuleType, server: Scripted, **options: Any) -> Any:
    return tr.Client(
        API_KEY, base_url="http://api.test", retry=None, transport=server.transport(), **options
    )


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
    server = Scripted(json_response(status, {"message": "nope"}, **{"x-request-id": "r-1"}))
    with pytest.raises(getattr(tr, kind)) as caught:
        client(tr, server).groups.list(3)
    error = caught.value
    assert isinstance(error, tr.APIStatusError) and isinstance(error, tr.TextRequestError)
    assert (error.operation, error.status_code, error.body) == (
        "GetGroups",
        status,
        {"message": "nope"},
    )
    assert error.message == "nope" and error.headers["x-request-id"] == "r-1"
    assert f"GetGroups failed with HTTP {status}: nope" == str(error)


def test_the_server_message_is_found_where_servers_put_it(tr: ModuleType) -> None:
    for body, said in [
        ({"error": {"message": "phone in use"}}, "phone in use"),
        ({"errors": ["x"], "detail": "bad page"}, "bad page"),
        ("phone_number is not valid", "phone_number is not valid"),
        ({}, "Bad Request"),  # nothing said: the status' reason
    ]:
        server = Scripted(
            json_response(400, body) if body != said else httpx.Response(400, text=said)
        )
        with pytest.raises(tr.BadRequest) as caught:
            client(tr, server).contacts.delete(3, "x")
        assert caught.value.message == said


def test_rate_limited_carries_retry_after(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}, **{"retry-after": "42"}))
    with pytest.raises(tr.RateLimited) as caught:
        client(tr, server).tags.list(3)
    assert caught.value.retry_after == 42.0


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.contacts.retrieve(3, "4235550100"),
        lambda api: api.groups.retrieve(3, 9),
        lambda api: api.payments.retrieve(3, 9),
    ],
)
def test_a_read_answered_with_204_is_none_not_an_error(tr: ModuleType, call: Any) -> None:
    """The spec documents the 204 ("none"), so the answer is a value the caller tests."""
    assert call(client(tr, Scripted(httpx.Response(204)))) is None


def test_a_list_answered_with_204_is_an_empty_page(tr: ModuleType) -> None:
    page = client(tr, Scripted(httpx.Response(204))).messages.list(3, "4235550100")
    assert page.items == [] and not page.has_next_page() and list(page) == []


def test_a_refused_connection_is_an_api_connection_error(tr: ModuleType) -> None:
    server = Scripted(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(tr.APIConnectionError) as caught:
        client(tr, server).groups.retrieve(3, 9)
    assert not isinstance(caught.value, tr.APITimeoutError)
    assert "GetGroupById" in str(caught.value) and "refused" in str(caught.value)
    assert isinstance(caught.value, tr.TextRequestError)


def test_a_refused_connection_on_a_real_socket_too(tr: ModuleType) -> None:
    api = tr.Client(API_KEY, base_url="http://127.0.0.1:9/api/v3", retry=None)
    with pytest.raises(tr.APIConnectionError):
        api.dashboards.retrieve(1)


def test_a_timeout_is_an_api_timeout_error(tr: ModuleType) -> None:
    server = Scripted(httpx.ReadTimeout("timed out"))
    with pytest.raises(tr.APITimeoutError) as caught:
        client(tr, server).groups.retrieve(3, 9)
    assert isinstance(caught.value, tr.APIConnectionError)


def test_a_missing_required_field_names_the_operation_and_the_field(tr: ModuleType) -> None:
    server = Scripted(json_response(200, {"name": "Regulars"}))  # no id
    with pytest.raises(tr.ResponseValidationError) as caught:
        client(tr, server).groups.retrieve(3, 9)
    assert "GetGroupById" in str(caught.value) and "Group.id" in str(caught.value)


@pytest.mark.parametrize(
    "error",
    [
        lambda tr: tr.BadRequest("CreateGroup", 400, {"message": "no"}, {"a": "b"}),
        lambda tr: tr.RateLimited("GetTags", 429, None, {"retry-after": "3"}),
        lambda tr: tr.APITimeoutError("timed out", operation="GetTags"),
        lambda tr: tr.MissingApiKey("no API key"),
    ],
)
def test_errors_pickle_with_their_fields(tr: ModuleType, error: Any) -> None:
    original = error(tr)
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is type(original) and str(copy) == str(original)
    assert vars(copy) == vars(original)


def test_a_raised_error_pickles_without_the_key(tr: ModuleType) -> None:
    echo = lambda request: json_response(400, {"you_sent": dict(request.headers)})  # noqa: E731
    with pytest.raises(tr.BadRequest) as caught:
        client(tr, Scripted(echo)).groups.create(3, name="x")
    data = pickle.dumps(caught.value)
    assert (
        API_KEY.encode() not in data and pickle.loads(data).body["you_sent"]["x-api-key"] == "***"
    )


def test_a_success_still_parses(tr: ModuleType) -> None:
    group = client(tr, Scripted(json_response(200, GROUP))).groups.retrieve(3, 7)
    assert (group.id, group.name) == (7, "Regulars")
