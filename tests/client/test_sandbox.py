"""Every action of the spec, and its trigger, called through the generated client on the sandbox."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest


class Recording(httpx.HTTPTransport):
    """The network transport, noting (method, path, status) of every answer."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.calls.append((request.method, request.url.path, response.status_code))
        return response


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Any]:
    from trconnect.contract.receiver import Receiver
    from trconnect.sandbox.testing import SandboxServer

    with SandboxServer() as server, Receiver() as receiver:
        server.receiver = receiver
        yield server


def operations_hit(
    swagger: dict[str, Any], calls: list[tuple[str, str, int]], base: str
) -> set[str]:
    """The operationIds whose method and path template match a successful call."""
    hit = set()
    for path, item in swagger["paths"].items():
        pattern = re.compile(base + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method, operation in item.items():
            if any(
                m == method.upper() and pattern.match(p) and 200 <= s < 300 for m, p, s in calls
            ):
                hit.add(operation["operationId"])
    return hit


def test_every_operation_through_the_client(tr: ModuleType, sandbox: Any, rendered: Any) -> None:
    m = tr.models
    network = Recording()
    api = tr.Client(sandbox.api_key, base_url=sandbox.base_url, transport=network)
    phone, other = "4235557001", "4235557002"

    dashboard = api.dashboards.create_dashboard(
        body=m.DashboardInput(name="Desk", phone="4236660001")
    )
    d = dashboard.id
    assert api.dashboards.get_dashboard(d).name == "Desk"
    assert (
        api.dashboards.update_dashboards_name(d, body=m.DashboardNameInput(name="Front")).name
        == "Front"
    )
    assert d in [x.id for x in api.dashboards.iter_get_dashboards(page_size=1)]
    assert api.dashboards.get_dashboards(page=0, page_size=50).meta.total_items >= 1

    assert (
        api.contacts.create_contact(d, phone, body=m.ContactInput(first_name="Ada")).first_name
        == "Ada"
    )
    assert api.contacts.get_contact_by_phone_number(d, phone).first_name == "Ada"
    assert api.contacts.get_contact_by_phone_number(d, "4235550000") is None
    bulk = api.contacts.bulk_update_contacts(
        d, body=[m.BulkContactInput(phone_number=other, first_name="Bob")]
    )
    assert [c.first_name for c in bulk] == ["Bob"]
    assert {c.phone_number for c in api.contacts.iter_get_contacts(d, page_size=1)} == {
        phone,
        other,
    }
    assert api.contacts.get_contacts(d).meta.total_items == 2

    hook = api.webhooks.texting_webhook(
        d,
        body=m.HookInput(
            target_url=sandbox.receiver.url, event=m.HookInputEvent.MSG_SENT, http_verb="POST"
        ),
    )
    assert hook.event == "msg_sent"
    sent = api.messages.send_message_by_phone_number(d, phone, body=m.MessageInput(body="Hi Ada"))
    assert sent.body == "Hi Ada"
    [payload] = sandbox.receiver.wait_for(1)
    notification = tr.parse_notification(payload)
    assert notification.message_unique_identifier == sent.message_id
    assert notification.conversation.message == "Hi Ada"
    assert [x.body for x in api.messages.iter_get_messages_by_contact_phone(d, phone)] == ["Hi Ada"]
    assert api.messages.get_messages_by_contact_phone(d, phone).meta.total_items == 1

    assert phone in [c.phone_number for c in api.conversations.iter_get_conversations(d)]
    assert api.conversations.get_conversations(d) is not None
    assert isinstance(api.conversations.archive_conversation(d, phone), str)
    assert isinstance(api.conversations.unarchive_conversation(d, phone), str)

    group = api.groups.create_group(d, body=m.GroupInput(name="VIP"))
    assert api.groups.get_group_by_id(d, group.id).name == "VIP"
    assert api.groups.update_group(d, group.id, body=m.GroupInput(name="VIPs")).name == "VIPs"
    assert [g.id for g in api.groups.iter_get_groups(d)] == [group.id]
    assert api.groups.get_groups(d).meta.total_items == 1
    api.groups.delete_group(d, group.id)
    assert api.groups.get_group_by_id(d, group.id) is None

    sandbox.new_tag(d, "vip")
    assert [t.tag for t in api.tags.iter_get_tags(d)] == ["vip"]
    assert api.tags.get_tags(d).meta.total_items == 1
    sandbox.new_field(d, "Birthday")
    assert [f.name for f in api.custom_fields.get_custom_fields(d)] == ["Birthday"]

    def payment() -> Any:
        body = m.PaymentInput(description="Repair", customer_phone=phone, amount_requested=12.5)
        return api.payments.create_payment(d, body=body)

    first, second = payment(), payment()
    assert api.payments.get_payment(d, first.payment_id).amount_requested == 12.5
    assert api.payments.send_payment_reminder(d, first.payment_id).payment_id == first.payment_id
    assert api.payments.mark_payment_paid(d, first.payment_id).payment_id == first.payment_id
    assert api.payments.cancel_payment(d, second.payment_id).payment_id == second.payment_id
    assert {p.payment_id for p in api.payments.iter_get_payments(d)} == {
        first.payment_id,
        second.payment_id,
    }
    assert api.payments.get_payments(d).meta.total_items == 2

    api.contacts.delete_contact(d, other)
    assert api.contacts.get_contact_by_phone_number(d, other) is None
    api.dashboards.delete_dashboard(d)
    with pytest.raises(tr.ApiError):
        api.dashboards.get_dashboard(d)

    base = re.escape(httpx.URL(sandbox.base_url).path)
    every = {
        op
        for item in rendered.swagger["paths"].values()
        for op in (
            o["operationId"] for o in item.values() if isinstance(o, dict) and "operationId" in o
        )
    }
    assert operations_hit(rendered.swagger, network.calls, base) == every
    assert len(every) == 29


def test_the_async_client_on_the_sandbox(tr: ModuleType, sandbox: Any) -> None:
    async def run() -> list[str]:
        async with tr.AsyncClient(sandbox.api_key, base_url=sandbox.base_url) as api:
            body = tr.models.DashboardInput(name="Async", phone="4236660002")
            d = (await api.dashboards.create_dashboard(body=body)).id
            for n in range(3):
                await api.contacts.create_contact(
                    d, f"42355580{n:02d}", body=tr.models.ContactInput(first_name=f"C{n}")
                )
            return [c.first_name async for c in api.contacts.iter_get_contacts(d, page_size=2)]

    assert sorted(asyncio.run(run())) == ["C0", "C1", "C2"]


def test_a_wrong_key_is_unauthorized_without_the_key_in_the_error(tr: ModuleType, sandbox: Any):
    api = tr.Client("wrong-key-123", base_url=sandbox.base_url)
    with pytest.raises(tr.Unauthorized) as caught:
        api.dashboards.get_dashboards()
    assert caught.value.operation == "GetDashboards"
    assert "wrong-key-123" not in str(caught.value) and sandbox.api_key not in str(caught.value)
