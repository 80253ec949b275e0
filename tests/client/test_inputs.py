"""Natural inputs work (dicts, strings for enums, aware datetimes); per-call options; raw access."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import CONTACT, GROUP, Scripted, json_response

HOOK = {"id": 3, "target_url": "https://example.test/hook", "event": "msg_sent"}
PAGE = {"meta": {"page": 0, "page_size": 50, "total_items": 0}, "items": []}


def client(tr: ModuleType, server: Scripted, **options: Any) -> Any:
    return tr.Client(API_KEY, base_url="http://api.test", transport=server.transport(), **options)


def sent(server: Scripted, index: int = 0) -> Any:
    return json.loads(server.requests[index].content)


def test_a_dict_is_as_good_as_a_model_for_a_nested_input(tr: ModuleType) -> None:
    server = Scripted(json_response(200, [CONTACT, CONTACT]))
    client(tr, server).contacts.bulk_upsert(
        5,
        contacts=[
            {"phone_number": "4235550100", "first_name": "Ada"},
            tr.models.BulkContactInput(phone_number="4235550101", last_name="Byron"),
        ],
    )
    assert sent(server) == [
        {"phone_number": "4235550100", "first_name": "Ada"},
        {"phone_number": "4235550101", "last_name": "Byron"},
    ]


def test_a_plain_string_is_as_good_as_the_enum(tr: ModuleType) -> None:
    server = Scripted(json_response(200, HOOK), json_response(200, HOOK))
    api = client(tr, server)
    api.webhooks.subscribe(5, target_url="https://example.test/hook", event="msg_sent")
    api.webhooks.subscribe(
        5, target_url="https://example.test/hook", event=tr.models.HookInputEvent.MSG_SENT
    )
    assert sent(server, 0) == sent(server, 1)
    assert sent(server, 0)["event"] == "msg_sent"


def test_an_internal_parameter_with_a_default_is_filled_in_never_asked_for(tr: ModuleType) -> None:
    server = Scripted(json_response(200, HOOK))
    hook = client(tr, server).webhooks.subscribe(5, target_url="https://x.test/h", event="msg_sent")
    assert sent(server)["httpVerb"] == "POST" and hook.id == 3
    assert "http_verb" not in client(tr, server).webhooks.subscribe.__annotations__


def test_enum_query_strings_and_aware_datetimes_are_sent_as_json_values(tr: ModuleType) -> None:
    server = Scripted(json_response(200, PAGE), json_response(200, PAGE))
    api = client(tr, server)
    api.payments.list(5, sort_type="amount", sort_direction=tr.models.GetPaymentsSortDirection.ASC)
    assert server.requests[0].url.params["sort_type"] == "amount"
    assert server.requests[0].url.params["sort_direction"] == "asc"
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5)))
    api.contacts.list(5, contact_created_after=when)
    assert server.requests[1].url.params["contact_created_after"] == "2026-01-02T03:04:05-05:00"


def test_a_naive_datetime_is_refused_before_anything_is_sent(tr: ModuleType) -> None:
    server = Scripted(json_response(200, PAGE))
    with pytest.raises(ValueError, match="contact_created_after: a naive datetime"):
        client(tr, server).contacts.list(5, contact_created_after=datetime(2026, 1, 2))
    assert server.count == 0


def test_an_omitted_argument_is_not_sent_and_null_only_where_it_means_something(
    tr: ModuleType,
) -> None:
    server = Scripted(json_response(200, CONTACT), json_response(200, CONTACT))
    api = client(tr, server)
    api.contacts.upsert(5, "4235550100", first_name="Ada")
    api.contacts.upsert(5, "4235550100", suppressed_reason=None)  # nullable: null is sent
    assert sent(server, 0) == {"first_name": "Ada"}
    assert sent(server, 1) == {"suppressed_reason": None}
    assert server.requests[0].url.query == b""


def test_a_value_the_server_refuses_is_its_bad_request_not_ours(tr: ModuleType) -> None:
    server = Scripted(json_response(400, {"message": "page_size must be at most 1000"}))
    with pytest.raises(tr.BadRequest) as caught:
        client(tr, server).contacts.list(5, page_size=5000)
    assert caught.value.message == "page_size must be at most 1000"
    assert server.requests[0].url.params["page_size"] == "5000"


def test_a_model_repr_shows_what_is_set_and_types_are_plain(tr: ModuleType) -> None:
    contact = client(tr, Scripted(json_response(200, CONTACT))).contacts.retrieve(5, "4235550100")
    assert (
        repr(contact) == "Contact(phone_number='4235550100', first_name='Ada', total_msgs_sent=3)"
    )
    assert contact.last_name is None and "Unset" not in repr(contact)


def test_a_timestamp_comes_back_as_an_aware_datetime(tr: ModuleType) -> None:
    answer = {**CONTACT, "date_created_utc": "2026-01-02T03:04:05Z"}
    contact = client(tr, Scripted(json_response(200, answer))).contacts.retrieve(5, "1")
    assert contact.date_created_utc == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_a_per_call_timeout_overrides_the_clients(tr: ModuleType) -> None:
    server = Scripted(json_response(200, GROUP))
    api = client(tr, server, timeout=30.0)
    api.groups.retrieve(5, 7, timeout=2.5)
    api.groups.retrieve(5, 7)
    api.with_options(timeout=7.0).groups.retrieve(5, 7)
    reads = [r.extensions["timeout"]["read"] for r in server.requests]
    assert reads == [2.5, 30.0, 7.0]


def test_a_per_call_timeout_that_expires_is_an_api_timeout_error(tr: ModuleType) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(tr.APITimeoutError):
        client(tr, Scripted(slow), retry=None).groups.retrieve(5, 7, timeout=0.01)


def test_extra_headers_and_query_reach_the_request(tr: ModuleType) -> None:
    server = Scripted(json_response(200, GROUP))
    client(tr, server).groups.retrieve(5, 7, extra_headers={"x-trace": "t1"}, extra_query={"v": 2})
    assert server.requests[0].headers["x-trace"] == "t1"
    assert server.requests[0].url.params["v"] == "2"


def test_raw_response_gives_the_http_response_and_parses_on_demand(tr: ModuleType) -> None:
    server = Scripted(json_response(200, CONTACT, **{"x-request-id": "r-9"}))
    raw = client(tr, server).with_raw_response.contacts.retrieve(5, "4235550100")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r-9"
    assert isinstance(raw.http_response, httpx.Response) and raw.json() == CONTACT
    assert raw.parse().phone_number == "4235550100"


def test_raw_response_still_raises_errors(tr: ModuleType) -> None:
    server = Scripted(json_response(404, {"message": "no such contact"}))
    with pytest.raises(tr.NotFound):
        client(tr, server, retry=None).with_raw_response.contacts.retrieve(5, "1")


def test_your_own_httpx_client_is_used_and_left_open(tr: ModuleType) -> None:
    server = Scripted(json_response(200, GROUP))
    seen: list[str] = []
    mine = httpx.Client(
        transport=server.transport(), event_hooks={"request": [lambda r: seen.append(r.url.path)]}
    )
    with tr.Client(API_KEY, base_url="http://api.test/v3", http_client=mine) as api:
        assert api.groups.retrieve(5, 7).id == 7
    assert seen == ["/v3/dashboards/5/groups/7"]
    assert server.requests[0].headers["x-api-key"] == API_KEY
    assert not mine.is_closed
    mine.close()


def test_the_base_url_comes_from_the_environment(
    tr: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEXTREQUEST_BASE_URL", "http://env.test/api/v3")
    assert tr.Client(API_KEY).base_url == "http://env.test/api/v3"
    monkeypatch.delenv("TEXTREQUEST_BASE_URL")
    assert tr.Client(API_KEY).base_url == "https://api.textrequest.com/api/v3"


def test_version_docstrings_and_py_typed(tr: ModuleType, rendered: Any) -> None:
    assert tr.__version__ == "3.0"
    assert (rendered.path / "textrequest" / "py.typed").is_file()
    doc = tr.Client(API_KEY).contacts.upsert.__doc__
    assert doc.startswith("Create or update a contact\n\n")
    assert "    display_name: Full name, as the app lists it." in doc
    assert "    dashboard_id: " in doc and "(not described" not in doc
