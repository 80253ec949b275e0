"""Retries: exact numbers of tries, which methods and failures repeat, how long the waits are."""

from __future__ import annotations

import asyncio
from types import ModuleType

import httpx
import pytest

from .conftest import API_KEY
from .scripted import CONTACT, GROUP, MESSAGE, Scripted, json_response

NO_WAIT = {"backoff": 0.0}


def client(tr: ModuleType, server: Scripted, **policy: float) -> object:
    retry = tr.RetryPolicy(**{**NO_WAIT, **policy})
    return tr.Client(
        API_KEY, base_url="http://api.test/v3", retry=retry, transport=server.transport()
    )


def test_a_get_is_retried_on_5xx_until_it_succeeds(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}), json_response(502, {}), json_response(200, CONTACT))
    contact = client(tr, server).contacts.get_contact_by_phone_number(1, "4235550100")
    assert contact.first_name == "Ada"
    assert server.count == 3


def test_a_get_gives_up_after_the_configured_attempts(tr: ModuleType) -> None:
    server = Scripted(json_response(503, {"error": "down"}))
    with pytest.raises(tr.ServerError) as caught:
        client(tr, server, attempts=5).contacts.get_contact_by_phone_number(1, "4235550100")
    assert server.count == 5
    assert caught.value.status_code == 503 and caught.value.body == {"error": "down"}


def test_default_policy_tries_three_times(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}))
    with pytest.raises(tr.ServerError):
        client(tr, server).groups.get_groups(1)
    assert server.count == tr.RetryPolicy().attempts == 3


def test_a_post_that_got_a_500_is_sent_once(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}), json_response(200, MESSAGE))
    body = tr.models.MessageInput(body="hello")
    with pytest.raises(tr.ServerError):
        client(tr, server).messages.send_message_by_phone_number(1, "4235550100", body=body)
    assert server.count == 1


def test_a_post_that_got_a_429_is_sent_once(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}, **{"retry-after": "0"}))
    with pytest.raises(tr.RateLimited):
        body = tr.models.PaymentInput(customer_phone="4235550100", amount_requested=12.5)
        client(tr, server).payments.create_payment(1, body=body)
    assert server.count == 1


def test_a_post_is_retried_when_the_connection_failed_before_sending(tr: ModuleType) -> None:
    server = Scripted(httpx.ConnectError("refused"), json_response(200, MESSAGE))
    body = tr.models.MessageInput(body="hello")
    sent = client(tr, server).messages.send_message_by_phone_number(1, "4235550100", body=body)
    assert sent.message_id == "m-1"
    assert server.count == 2


def test_a_post_whose_answer_timed_out_is_not_retried(tr: ModuleType) -> None:
    server = Scripted(httpx.ReadTimeout("slow"), json_response(200, MESSAGE))
    body = tr.models.MessageInput(body="hello")
    with pytest.raises(httpx.ReadTimeout):
        client(tr, server).messages.send_message_by_phone_number(1, "4235550100", body=body)
    assert server.count == 1


def test_a_get_whose_answer_timed_out_is_retried(tr: ModuleType) -> None:
    server = Scripted(httpx.ReadTimeout("slow"), json_response(200, CONTACT))
    client(tr, server).contacts.get_contact_by_phone_number(1, "4235550100")
    assert server.count == 2


def test_put_and_delete_are_retried_on_429_and_5xx(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {}, **{"retry-after": "0"}), json_response(200, GROUP))
    group = client(tr, server).groups.update_group(1, 7, body=tr.models.GroupInput(name="x"))
    assert group.id == 7 and server.count == 2
    server = Scripted(json_response(503, {}), json_response(200, "Deleted"))
    assert client(tr, server).contacts.delete_contact(1, "4235550100") == "Deleted"
    assert server.count == 2


def test_a_retry_after_longer_than_max_backoff_is_raised_not_waited(tr: ModuleType) -> None:
    server = Scripted(json_response(429, {"message": "slow down"}, **{"retry-after": "120"}))
    with pytest.raises(tr.RateLimited) as caught:
        client(tr, server, max_backoff=30).contacts.get_contact_by_phone_number(1, "1")
    assert server.count == 1
    assert caught.value.retry_after == 120
    assert caught.value.operation == "GetContactByPhoneNumber"


def test_retry_none_sends_once(tr: ModuleType) -> None:
    server = Scripted(json_response(500, {}))
    api = tr.Client(API_KEY, base_url="http://api.test", retry=None, transport=server.transport())
    with pytest.raises(tr.ServerError):
        api.contacts.get_contact_by_phone_number(1, "1")
    assert server.count == 1


def waits(tr: ModuleType, server: Scripted, policy: object, draw: float) -> list[float]:
    """The sleeps the transport asks for while sending one GET."""
    slept: list[float] = []
    transport = tr.client.RetryingTransport(
        server.transport(), policy, sleep=slept.append, draw=lambda: draw
    )
    with httpx.Client(transport=transport) as http:
        http.get("http://api.test/x")
    return slept


def test_backoff_doubles_with_jitter_and_is_capped(tr: ModuleType) -> None:
    policy = tr.RetryPolicy(attempts=5, backoff=0.5, max_backoff=1.5)
    assert waits(tr, Scripted(json_response(500, {})), policy, draw=1.0) == [0.5, 1.0, 1.5, 1.5]
    assert waits(tr, Scripted(json_response(500, {})), policy, draw=0.5) == [0.25, 0.5, 0.75, 0.75]


def test_retry_after_seconds_and_dates_are_honoured(tr: ModuleType) -> None:
    policy = tr.RetryPolicy(attempts=2, backoff=0.5, max_backoff=30)
    server = Scripted(json_response(429, {}, **{"retry-after": "7"}), json_response(200, {}))
    assert waits(tr, server, policy, draw=1.0) == [7.0]
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    server = Scripted(json_response(503, {}, **{"retry-after": past}), json_response(200, {}))
    assert waits(tr, server, policy, draw=1.0) == [0.0]


def test_async_client_retries_the_same_way(tr: ModuleType) -> None:
    async def tries(server: Scripted, call: str) -> int:
        api = tr.AsyncClient(
            API_KEY,
            base_url="http://api.test",
            retry=tr.RetryPolicy(backoff=0),
            transport=server.transport(),
        )
        async with api:
            if call == "get":
                await api.contacts.get_contact_by_phone_number(1, "1")
            else:
                body = tr.models.MessageInput(body="x")
                with pytest.raises(tr.ServerError):
                    await api.messages.send_message_by_phone_number(1, "1", body=body)
        return server.count

    get = Scripted(json_response(500, {}), json_response(200, CONTACT))
    assert asyncio.run(tries(get, "get")) == 2
    post = Scripted(json_response(500, {}), json_response(200, MESSAGE))
    assert asyncio.run(tries(post, "post")) == 1
