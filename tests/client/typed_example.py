"""Every resource of the client, written as a user would: checked by ``mypy --strict`` and run.

``test_typed_example.py`` type-checks this file against the generated package
(no ``# type: ignore``) and runs ``tour`` against a sandbox. Ids, phone numbers
and pages are plain values: what the API always returns is not optional. A read
the spec says may find nothing (its 204) answers ``None``, tested as a caller would.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from textrequest import Client, RateLimiter, RetryPolicy
from textrequest.models import BulkContactInput, Contact, Dashboard, Group, Payment

CUSTOMER = "4239876543"
FRIEND = "4239876544"


def open_dashboard(client: Client, phone: str) -> Dashboard:
    dashboard = client.dashboards.create(name="Corner Bakery", phone=phone)
    renamed = client.dashboards.rename(dashboard.id, name="Corner Bakery & Cafe")
    assert client.dashboards.retrieve(renamed.id).name == "Corner Bakery & Cafe"
    return renamed


def add_contacts(client: Client, dashboard_id: int) -> list[Contact]:
    ada = client.contacts.upsert(dashboard_id, CUSTOMER, first_name="Ada", note="Prefers texts")
    both = client.contacts.bulk_upsert(
        dashboard_id,
        contacts=[
            {"phone_number": FRIEND, "first_name": "Grace"},  # a dict is as good as a model
            BulkContactInput(phone_number=CUSTOMER, last_name="Lovelace"),
        ],
    )
    since = datetime.now(UTC) - timedelta(days=1)
    recent = [
        c.phone_number for c in client.contacts.list(dashboard_id, contact_created_after=since)
    ]
    assert sorted(recent) == sorted(c.phone_number for c in both)
    friend = client.contacts.retrieve(dashboard_id, FRIEND)
    if friend is None:  # the API's 204: no such contact
        raise LookupError(f"{FRIEND} was just added, yet the API has no such contact")
    return [ada, friend]


def text_and_read(client: Client, dashboard_id: int) -> str:
    sent = client.messages.send(dashboard_id, CUSTOMER, body="Your sourdough is ready.")
    history = client.messages.list(dashboard_id, CUSTOMER, page_size=10)
    assert history.meta.total_items >= 1 and history.items[0].message_id == sent.message_id
    for conversation in client.conversations.list(dashboard_id, include_archived=True):
        assert conversation.phone_number
    client.conversations.archive(dashboard_id, CUSTOMER)
    client.conversations.unarchive(dashboard_id, CUSTOMER)
    return sent.message_id


def organise(client: Client, dashboard_id: int) -> Group:
    group = client.groups.create(dashboard_id, name="Regulars", notes="Weekly bread")
    group = client.groups.update(dashboard_id, group.id, name="Regulars", notes="Twice a week")
    found = client.groups.retrieve(dashboard_id, group.id)
    assert found is not None and found.notes == "Twice a week"
    assert [g.id for g in client.groups.list(dashboard_id)] == [group.id]
    tags = [tag.id for tag in client.tags.list(dashboard_id)]
    fields = [field.id for field in client.custom_fields.list(dashboard_id)]
    assert tags == [] and fields == []
    client.groups.delete(dashboard_id, group.id)
    return group


def get_paid(client: Client, dashboard_id: int) -> list[Payment]:
    bread = client.payments.create(dashboard_id, customer_phone=CUSTOMER, amount_requested=12.5)
    cake = client.payments.create(dashboard_id, customer_phone=FRIEND, amount_requested=30.0)
    client.payments.send_reminder(dashboard_id, bread.payment_id)
    paid = client.payments.mark_paid(dashboard_id, bread.payment_id)
    cancelled = client.payments.cancel(dashboard_id, cake.payment_id)
    by_amount = client.payments.list(dashboard_id, sort_type="amount", sort_direction="asc")
    assert [p.payment_id for p in by_amount] == [bread.payment_id, cake.payment_id]
    again = client.payments.retrieve(dashboard_id, paid.payment_id)
    assert again is not None and again.amount_requested == 12.5
    return [paid, cancelled]


def tour(
    base_url: str, api_key: str, phone: str = "4235550123", http: httpx.Client | None = None
) -> dict[str, object]:
    """Every resource once; returns what a caller would keep."""
    retry = RetryPolicy(attempts=4, backoff=0.1)
    limiter = RateLimiter(50, 1.0)
    with Client(
        api_key, base_url=base_url, retry=retry, rate_limit=limiter, http_client=http
    ) as client:
        dashboard = open_dashboard(client, phone)
        contacts = add_contacts(client, dashboard.id)
        message_id = text_and_read(client, dashboard.id)
        group = organise(client, dashboard.id)
        payments = get_paid(client, dashboard.id)
        hook = client.webhooks.subscribe(
            dashboard.id, target_url="https://example.invalid/hook", event="msg_sent"
        )
        client.contacts.delete(dashboard.id, FRIEND)
        gone = client.contacts.retrieve(dashboard.id, FRIEND) is None
        dashboards = [d.id for d in client.dashboards.list(page_size=100)]
        client.dashboards.delete(dashboard.id)
    return {
        "dashboard": dashboard.id,
        "listed": dashboard.id in dashboards,
        "contacts": [c.phone_number for c in contacts],
        "message": message_id,
        "group": group.name,
        "payments": [p.textrequest_payment_status for p in payments],
        "hook": hook.event,
        "deleted contact": gone,
    }
