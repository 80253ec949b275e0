"""Retries never send a text or a payment twice: what is safe to repeat, never left, or a 429."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import GROUP, MESSAGE, Scripted, json_response

NO_WAIT = {"backoff": 0.0}


def client(tr: ModuleType, server: Scripted, **policy: Any) -> Any:
    api = tr.Client(
        API_KEY,
        base_url="http://api.test",
        retry=tr.RetryPolicy(**{**NO_WAIT, **policy}),
        transport=server.transport(),
    )
    api._sleep = lambda seconds: None
    return api


def send(api: Any) -> Any:
    return api.messages.send(1, "4235550100", body="hello")


def test_a_get_is_retried_on_5xx_until_it_succeeds(tr: ModuleType) -> None:
    server = Scripted(json_response(503, {}), json_response(502, {}), json_response(200, GROUP))
    assert client(tr, server).groups.retrieve(1, 7).id == 7
    assert server.count == 3


def test_a_get_gives_up_after_the_configured_attempts(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}))
    with pytest.raises(tr.ServerError):
        client(tr, server, attempts=2).groups.retrieve(1, 7)
    assert server.count == 2


def test_a_post_that_got_a_500_is_sent_once(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}))
    with pytest.raises(tr.ServerError):
        send(client(tr, server))
    assert server.count == 1


def test_a_post_that_got_a_429_is_sent_again_after_retry_after(tr: ModuleType) -> None:
    """The throttle refused it before acting on it: repeating cannot text twice."""
    server = Scripted(json_response(429, {}, **{"retry-after": "2"}), json_response(200, MESSAGE))
    api = client(tr, server)
    slept: list[float] = []
    api._sleep = slept.append
    assert send(api).message_id == "m-1"
    assert server.count == 2 and slept == [2.0]


def test_a_post_is_retried_when_the_connection_failed_before_sending(tr: ModuleType) -> None:
    server = Scripted(httpx.ConnectError("refused"), json_response(200, MESSAGE))
    assert send(client(tr, server)).message_id == "m-1"
    assert server.count == 2


@pytest.mark.parametrize("failure", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")])
def test_a_post_whose_answer_was_lost_is_not_retried(tr: ModuleType, failure: Exception) -> None:
    server = Scripted(failure, json_response(200, MESSAGE))
    with pytest.raises(tr.APIConnectionError):
        send(client(tr, server))
    assert server.count == 1


def test_a_get_whose_answer_timed_out_is_retried(tr: ModuleType) -> None:
    server = Scripted(httpx.ReadTimeout("slow"), json_response(200, GROUP))
    assert client(tr, server).groups.retrieve(1, 7).id == 7


def test_put_and_delete_are_retried_on_429_and_5xx(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}), json_response(503, {}), json_response(200, GROUP))
    assert client(tr, server).groups.update(1, 7, name="x").id == 7
    assert [r.method for r in server.requests] == ["PUT"] * 3


def test_a_retry_after_longer_than_max_backoff_is_raised_not_waited(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}, **{"retry-after": "120"}))
    with pytest.raises(tr.RateLimited) as caught:
        client(tr, server, max_backoff=30).groups.retrieve(1, 7)
    assert server.count == 1 and caught.value.retry_after == 120.0


def test_retry_none_sends_once(tr: ModuleType) -> None:
    server = Scripted(json_response(503, {}))
    api = tr.Client(API_KEY, base_url="http://api.test", retry=None, transport=server.transport())
    with pytest.raises(tr.ServerError):
        api.groups.retrieve(1, 7)
    assert server.count == 1


def test_backoff_doubles_with_jitter_and_is_capped(rt: ModuleType) -> None:
    policy = rt._retry.RetryPolicy(attempts=5, backoff=0.5, max_backoff=1.5)
    answer = httpx.Response(503)
    waits = [policy.after_response("GET", answer, n, lambda: 1.0) for n in (1, 2, 3, 4, 5)]
    assert waits == [0.5, 1.0, 1.5, 1.5, None]
    assert policy.after_response("GET", answer, 1, lambda: 0.25) == 0.125


def test_retry_after_seconds_and_dates_are_honoured(rt: ModuleType) -> None:
    policy = rt._retry.RetryPolicy(attempts=2, max_backoff=30)
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=10), usegmt=True)
    by_date = policy.after_response(
        "POST", httpx.Response(429, headers={"retry-after": later}), 1, lambda: 0
    )
    assert by_date is not None and 8 < by_date <= 10
    assert (
        policy.after_response(
            "GET", httpx.Response(429, headers={"retry-after": "3"}), 1, lambda: 0
        )
        == 3.0
    )


def test_with_options_changes_the_policy_for_those_calls_only(tr: ModuleType) -> None:
    server = Scripted(json_response(503, {}))
    api = client(tr, server)
    with pytest.raises(tr.ServerError):
        api.with_options(retry=None).groups.retrieve(1, 7)
    assert server.count == 1
    with pytest.raises(tr.ServerError):
        api.groups.retrieve(1, 7)
    assert server.count == 1 + 3


def test_the_async_client_retries_the_same_way(tr: ModuleType) -> None:
    server = Scripted(json_response(503, {}), json_response(429, {}), json_response(200, MESSAGE))

    async def run() -> Any:
        api = tr.AsyncClient(
            API_KEY, base_url="http://api.test", retry=tr.RetryPolicy(backoff=0),
            transport=server.transport(),
        )  # fmt: skip
        async with api:
            with pytest.raises(tr.ServerError):
                await api.messages.send(1, "4235550100", body="x")  # a 503 to a POST: once
            return await api.messages.send(1, "4235550100", body="x")  # a 429: again

    assert asyncio.run(run()).message_id == "m-1"
    assert server.count == 3
