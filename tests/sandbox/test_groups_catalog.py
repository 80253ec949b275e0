"""Groups and their members; tags and custom fields belong to one dashboard."""

from __future__ import annotations

import pytest

PAGE = {"page": 0, "page_size": 50}


@pytest.fixture
def base(dashboard):
    return f"/dashboards/{dashboard['id']}"


def test_group_lifecycle_and_members(api, ok, base):
    group = ok(api.post(f"{base}/groups", json={"name": "Club", "notes": "monthly"}))
    assert (group["name"], group["notes"], group["group_member_count"]) == ("Club", "monthly", 0)
    assert group["is_keyword"] is False
    url = f"{base}/groups/{group['id']}"
    ok(api.post(f"{base}/contacts/4235557001", json={"groups": [group["id"]]}))
    ok(api.post(f"{base}/contacts/4235557002", json={"groups": [group["id"]]}))
    assert ok(api.get(url))["group_member_count"] == 2
    renamed = ok(api.put(url, json={"name": "Club+"}))
    assert (renamed["name"], renamed["notes"]) == ("Club+", "monthly")
    listed = ok(api.get(f"{base}/groups", params=PAGE))
    assert listed["items"] == [renamed] and listed["meta"]["total_items"] == 1
    assert isinstance(ok(api.delete(url)), str)
    assert api.get(url).status_code == 204
    assert api.delete(url).status_code == 404
    # Deleting the group kept its contacts; only the membership went.
    member = ok(api.get(f"{base}/contacts/4235557001"))
    assert member["groups"] == []


def test_group_needs_a_name_and_update_of_missing_group_fails(api, base):
    refused = api.post(f"{base}/groups", json={"notes": "nameless"})
    assert refused.status_code == 400 and refused.json()["field"] == "name"
    assert api.put(f"{base}/groups/999999", json={"name": "x"}).status_code == 404


def test_groups_are_per_dashboard(api, ok, base, new_phone):
    group = ok(api.post(f"{base}/groups", json={"name": "Mine"}))
    other = ok(api.post("/dashboards", json={"name": "Other", "phone": new_phone()}))
    assert api.get(f"/dashboards/{other['id']}/groups/{group['id']}").status_code == 204


def test_tags_and_fields_per_dashboard(api, ok, base, dashboard, sandbox, new_phone):
    other = ok(api.post("/dashboards", json={"name": "Other", "phone": new_phone()}))
    vip = sandbox.new_tag(dashboard["id"], "VIP", "#aa0000")
    sandbox.new_tag(dashboard["id"], "Lead", "#00aa00")
    sandbox.new_tag(other["id"], "Elsewhere")
    field = sandbox.new_field(dashboard["id"], "Customer no")
    tags = ok(api.get(f"{base}/tags", params=PAGE))
    assert [t["tag"] for t in tags["items"]] == ["Lead", "VIP"]
    assert tags["meta"]["total_items"] == 2
    assert vip in tags["items"]
    assert ok(api.get(f"{base}/fields")) == [field]
    assert ok(api.get(f"/dashboards/{other['id']}/fields")) == []
    contact = ok(
        api.post(
            f"{base}/contacts/4235557100",
            json={
                "contact_tags": [vip["id"]],
                "custom_fields": [{"id": field["id"], "value": "7"}],
            },
        )
    )
    assert contact["contact_tags"] == [vip["id"]]
    assert contact["custom_fields"] == [{"id": field["id"], "value": "7"}]
    changed = ok(
        api.post(
            f"{base}/contacts/4235557100",
            json={"custom_fields": [{"id": field["id"], "value": "8"}], "contact_tags": []},
        )
    )
    assert changed["custom_fields"] == [{"id": field["id"], "value": "8"}]
    assert changed["contact_tags"] == []
