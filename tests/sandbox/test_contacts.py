"""Contacts: upsert by phone, bulk update (all or nothing), every GetContacts filter, delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

PAGE = {"page": 0, "page_size": 50}


@pytest.fixture
def base(dashboard):
    return f"/dashboards/{dashboard['id']}"


def phones(page):
    return sorted(item["phone_number"] for item in page["items"])


def test_upsert_creates_then_updates_only_given_fields(api, ok, base):
    created = ok(
        api.post(f"{base}/contacts/(423) 555-3001", json={"first_name": "Ada", "note": "n"})
    )
    assert created["phone_number"] == "4235553001"
    assert created["display_name"] == "Ada"
    assert created["total_msgs_sent"] == 0 and created["is_archived"] is False
    updated = ok(api.post(f"{base}/contacts/4235553001", json={"last_name": "Lovelace"}))
    assert (updated["first_name"], updated["last_name"], updated["note"]) == (
        "Ada",
        "Lovelace",
        "n",
    )
    assert updated["date_created_utc"] == created["date_created_utc"]
    listed = ok(api.get(f"{base}/contacts", params=PAGE))
    assert listed["meta"]["total_items"] == 1


def test_suppression_reason_clears_when_unsuppressed(api, ok, base):
    url = f"{base}/contacts/4235553002"
    on = ok(api.post(url, json={"is_suppressed": True, "suppressed_reason": "spam"}))
    assert on["suppressed_reason"] == "spam"
    off = ok(api.post(url, json={"is_suppressed": False}))
    assert off["suppressed_reason"] is None


def test_links_to_other_dashboards_are_ignored(api, ok, base, dashboard, sandbox, new_phone):
    """Schema-valid ids that name nothing here are dropped, as the spec says; known ones kept."""
    other = ok(api.post("/dashboards", json={"name": "Other", "phone": new_phone()}))
    foreign_tag = sandbox.new_tag(other["id"], "Elsewhere")["id"]
    own_tag = sandbox.new_tag(dashboard["id"], "Here")["id"]
    stored = ok(
        api.post(
            f"{base}/contacts/4235553003",
            json={
                "groups": [999999],
                "contact_tags": [foreign_tag, own_tag],
                "custom_fields": [{"id": "nope", "value": "1"}, {}],
            },
        )
    )
    assert (stored["groups"], stored["contact_tags"], stored["custom_fields"]) == (
        [],
        [own_tag],
        [],
    )


def test_invalid_phone_is_refused(api, base):
    """The spec's pattern: ten digits, punctuation and a leading 1 allowed, nothing else."""
    for method in ("post", "get", "delete"):
        kwargs = {"json": {}} if method == "post" else {}
        refused = getattr(api, method)(f"{base}/contacts/12ab", **kwargs)
        assert (refused.status_code, refused.json()["field"]) == (400, "phone_number")


def test_bulk_update_upserts_all(api, ok, base):
    ok(api.post(f"{base}/contacts/4235553010", json={"first_name": "Old", "note": "keep"}))
    result = ok(
        api.post(
            f"{base}/contacts",
            json=[
                {"phone_number": "4235553010", "first_name": "New"},
                {"phone_number": "4235553011", "first_name": "Fresh", "is_resolved": True},
            ],
        )
    )
    assert [c["first_name"] for c in result] == ["New", "Fresh"]
    assert result[0]["note"] == "keep" and result[1]["is_resolved"] is True
    assert phones(ok(api.get(f"{base}/contacts", params=PAGE))) == ["4235553010", "4235553011"]


def test_bulk_update_is_all_or_nothing(api, ok, base):
    refused = api.post(
        f"{base}/contacts",
        json=[{"phone_number": "4235553020", "first_name": "A"}, {"first_name": "no phone"}],
    )
    assert refused.status_code == 400
    assert refused.json()["field"] == "[1].phone_number"
    assert ok(api.get(f"{base}/contacts", params=PAGE))["items"] == []


def test_delete_contact(api, ok, base):
    url = f"{base}/contacts/4235553030"
    ok(api.post(url, json={"first_name": "Brief"}))
    ok(api.post(f"{url}/messages", json={"body": "hello"}))
    assert isinstance(ok(api.delete(url)), str)
    assert api.get(url).status_code == 204
    assert api.get(f"{url}/messages", params=PAGE).status_code == 204
    assert api.delete(url).status_code == 404


def test_paging(api, ok, base):
    ok(api.post(f"{base}/contacts", json=[{"phone_number": f"42355531{i:02d}"} for i in range(5)]))
    page = ok(api.get(f"{base}/contacts", params={"page": 1, "page_size": 2}))
    assert page["meta"] == {"page": 1, "page_size": 2, "total_items": 5}
    assert phones(page) == ["4235553102", "4235553103"]


def test_every_filter(api, ok, base, dashboard, sandbox):
    tag = sandbox.new_tag(dashboard["id"], "VIP")["id"]
    field = sandbox.new_field(dashboard["id"], "Customer no")["id"]
    group = ok(api.post(f"{base}/groups", json={"name": "Club"}))["id"]
    before = datetime.now(UTC) - timedelta(seconds=1)
    ok(api.post(f"{base}/contacts/4235554001", json={"is_resolved": True, "contact_tags": [tag]}))
    ok(api.post(f"{base}/contacts/4235554002", json={"is_blocked": True, "groups": [group]}))
    ok(api.post(f"{base}/contacts/4235554003", json={"is_archived": True, "is_suppressed": True}))
    ok(
        api.post(
            f"{base}/contacts/4235554004",
            json={"custom_fields": [{"id": field, "value": "C-7"}]},
        )
    )
    ok(api.post(f"{base}/contacts/4235554005/messages", json={"body": "sent"}))
    sandbox.inbound(dashboard["id"], "4235554006", "STOP")
    between = datetime.now(UTC).isoformat()
    sandbox.inbound(dashboard["id"], "4235554007", "hello")
    after = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()

    def listed(**filters):
        return phones(ok(api.get(f"{base}/contacts", params={**PAGE, **filters})))

    assert listed(contact_phone_number="423-555-4001") == ["4235554001"]
    assert listed(is_resolved="true") == ["4235554001"]
    assert listed(is_blocked="true") == ["4235554002"]
    assert listed(is_archived="true") == ["4235554003", "4235554006"]
    assert listed(is_suppressed="true") == ["4235554003"]
    assert listed(has_opted_out="true") == ["4235554006"]
    assert len(listed(has_opted_out="false")) == 6
    assert listed(tags=tag) == ["4235554001"]
    assert listed(groups=str(group)) == ["4235554002"]
    assert listed(custom_field_id_1=field, custom_field_value_1="C-7") == ["4235554004"]
    assert listed(custom_field_id_1=field, custom_field_value_1="C-8") == []
    assert listed(contact_created_after=before.isoformat(), contact_created_before=after) == [
        f"423555400{i}" for i in range(1, 8)
    ]
    assert listed(contact_created_after=after) == []
    assert listed(last_message_sent_after=before.isoformat()) == ["4235554005"]
    assert listed(last_message_received_after=between) == ["4235554007"]
    assert listed(last_message_received_before=between) == ["4235554006"]
    assert listed(last_message_timestamp_before_utc=between) == ["4235554005", "4235554006"]
    assert listed(last_message_timestamp_after_utc=between) == ["4235554007"]
    assert listed(last_message_sent_before=before.isoformat()) == []
    # A value without its field id matches that value in any custom field.
    assert listed(custom_field_value_2="C-7") == ["4235554004"]
    assert listed(custom_field_value_3="C-8") == []
    assert listed(groups="999999,abc") == []
