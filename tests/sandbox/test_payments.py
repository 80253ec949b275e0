"""Payments: create (texts the contact), list with filters and sorting, close, one reminder."""

from __future__ import annotations

import pytest

PAGE = {"page": 0, "page_size": 50}


@pytest.fixture
def base(dashboard):
    return f"/dashboards/{dashboard['id']}"


def pay(api, ok, base, phone="4235558001", amount=25.5, **extra):
    body = {"customer_phone": phone, "amount_requested": amount, **extra}
    return ok(api.post(f"{base}/payments", json=body))


def test_create_texts_the_contact(api, ok, base):
    ok(api.post(f"{base}/contacts/4235558001", json={"display_name": "Ada L"}))
    payment = pay(api, ok, base, description="Invoice 7", reference_number="R-7")
    assert payment["amount_requested"] == 25.5 and payment["recipient"] == "Ada L"
    assert payment["textrequest_payment_status"] == "sent"
    assert payment["transaction_status"] == "unknown"
    assert payment["reminder_was_sent"] is False and payment["is_past_due"] is False
    assert ok(api.get(f"{base}/payments/{payment['payment_id']}")) == payment
    contact = ok(api.get(f"{base}/contacts/4235558001"))
    assert contact["total_msgs_sent"] == 1
    assert str(payment["payment_id"]) in contact["last_message"]["body"]


def test_create_checks_amount_and_phone(api, base):
    for body, field in (
        ({"customer_phone": "4235558001", "amount_requested": 0}, "amount_requested"),
        ({"customer_phone": "4235558001"}, "amount_requested"),
        ({"customer_phone": "12", "amount_requested": 5}, "customer_phone"),
    ):
        refused = api.post(f"{base}/payments", json=body)
        assert refused.status_code == 400 and refused.json()["field"] == field


def test_one_reminder_only(api, ok, base):
    payment = pay(api, ok, base)
    url = f"{base}/payments/{payment['payment_id']}"
    assert ok(api.post(f"{url}/resend"))["reminder_was_sent"] is True
    again = api.post(f"{url}/resend")
    assert again.status_code == 400 and "already" in again.json()["message"]
    assert ok(api.get(f"{base}/contacts/4235558001"))["total_msgs_sent"] == 2


def test_cancelled_payment_cannot_be_paid_or_cancelled_again(api, ok, base):
    payment = pay(api, ok, base)
    url = f"{base}/payments/{payment['payment_id']}"
    assert ok(api.post(f"{url}/cancel"))["textrequest_payment_status"] == "cancelled"
    assert api.post(f"{url}/mark_as_paid").status_code == 400
    assert api.post(f"{url}/cancel").status_code == 400
    assert api.post(f"{url}/resend").status_code == 400
    assert ok(api.get(url))["textrequest_payment_status"] == "cancelled"


def test_mark_as_paid_closes_the_payment(api, ok, base):
    payment = pay(api, ok, base)
    url = f"{base}/payments/{payment['payment_id']}"
    assert ok(api.post(f"{url}/mark_as_paid"))["textrequest_payment_status"] == "paid"
    assert api.post(f"{url}/mark_as_paid").status_code == 400
    assert api.post(f"{url}/cancel").status_code == 400


def test_missing_payment(api, base):
    assert api.get(f"{base}/payments/999999").status_code == 204
    assert api.post(f"{base}/payments/999999/cancel").status_code == 404


def test_opted_out_contact_gets_no_payment_request(api, base, dashboard, sandbox):
    sandbox.inbound(dashboard["id"], "4235558009", "STOP")
    body = {"customer_phone": "4235558009", "amount_requested": 3}
    assert api.post(f"{base}/payments", json=body).status_code == 400
    assert api.get(f"{base}/payments", params=PAGE).json()["items"] == []


def test_list_filters_and_sorting(api, ok, base):
    a = pay(api, ok, base, "4235558101", 30, reference_number="R1")
    b = pay(api, ok, base, "4235558102", 10, reference_number="R2")
    c = pay(api, ok, base, "4235558103", 20, reference_number="R1")
    ok(api.post(f"{base}/payments/{b['payment_id']}/cancel"))

    def ids(**params):
        page = ok(api.get(f"{base}/payments", params={**PAGE, **params}))
        return [p["payment_id"] for p in page["items"]]

    assert ids() == [c["payment_id"], b["payment_id"], a["payment_id"]]
    assert ids(sort_direction="asc") == [a["payment_id"], b["payment_id"], c["payment_id"]]
    assert ids(sort_type="amount", sort_direction="asc") == [
        b["payment_id"],
        c["payment_id"],
        a["payment_id"],
    ]
    assert ids(sort_type="contact", sort_direction="desc")[0] == c["payment_id"]
    assert ids(sort_type="status", sort_direction="asc")[0] == b["payment_id"]
    assert ids(reference_number="R1") == [c["payment_id"], a["payment_id"]]
    assert ids(phone_number="(423) 555-8102") == [b["payment_id"]]
