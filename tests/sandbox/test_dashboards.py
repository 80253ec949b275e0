"""Dashboards: create (a phone in use is refused), rename, delete, list, and accounts."""

from __future__ import annotations


def test_create_get_rename_delete(api, ok, new_phone):
    phone = new_phone()
    created = ok(api.post("/dashboards", json={"name": "Front desk", "phone": phone}))
    assert created["name"] == "Front desk" and created["phone"] == phone
    url = f"/dashboards/{created['id']}"
    assert ok(api.get(url)) == created
    renamed = ok(api.put(url, json={"name": "Reception"}))
    assert renamed == {**created, "name": "Reception"}
    assert ok(api.get(url))["name"] == "Reception"
    assert isinstance(ok(api.delete(url)), str)
    assert api.get(url).status_code == 404
    assert api.delete(url).status_code == 404


def test_phone_in_use_is_refused(api, ok, new_phone):
    phone = new_phone()
    ok(api.post("/dashboards", json={"name": "One", "phone": phone}))
    again = api.post("/dashboards", json={"name": "Two", "phone": f"+1 ({phone[:3]}) {phone[3:]}"})
    assert again.status_code == 400
    assert again.json()["field"] == "phone"
    assert "already" in again.json()["message"]


def test_rename_keeps_phone(api, ok, dashboard):
    renamed = ok(api.put(f"/dashboards/{dashboard['id']}", json={"name": "New name"}))
    assert renamed["phone"] == dashboard["phone"]


def test_list_pages_with_meta(api, ok, new_phone, sandbox):
    key = sandbox.new_account("Paging account")
    with sandbox.client(key) as other:
        made = [
            ok(other.post("/dashboards", json={"name": f"D{i}", "phone": new_phone()}))
            for i in range(3)
        ]
        first = ok(other.get("/dashboards", params={"page": 0, "page_size": 2}))
        second = ok(other.get("/dashboards", params={"page": 1, "page_size": 2}))
        beyond = ok(other.get("/dashboards", params={"page": 5, "page_size": 2}))
    assert first["meta"] == {"page": 0, "page_size": 2, "total_items": 3}
    assert second["meta"] == {"page": 1, "page_size": 1, "total_items": 3}
    assert first["items"] + second["items"] == made
    assert beyond["items"] == [] and beyond["meta"]["total_items"] == 3


def test_deleting_a_dashboard_deletes_its_contacts(api, ok, dashboard, sandbox, new_phone):
    base = f"/dashboards/{dashboard['id']}"
    ok(api.post(f"{base}/contacts/4235551234", json={"first_name": "Gone"}))
    ok(api.delete(base))
    # The same phone number is free again, and the new dashboard starts empty.
    again = ok(api.post("/dashboards", json={"name": "Again", "phone": dashboard["phone"]}))
    listed = ok(api.get(f"/dashboards/{again['id']}/contacts", params={"page": 0, "page_size": 50}))
    assert listed["items"] == []
