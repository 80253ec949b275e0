"""Deliberate faults, for the contract tests to prove they catch a server that lies."""

from __future__ import annotations

from trconnect.sandbox.testing import SandboxServer

FAULTS = {
    "GetContactByPhoneNumber": {"retype": "/total_msgs_sent"},
    "GetTags": {"status": 418},
    "GetDashboard": {"set": {"/name": None}},
}


def test_faults_change_only_the_named_operations():
    with SandboxServer(faults=FAULTS) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "F", "phone": "4236400001"}).json()
        base = f"/dashboards/{dashboard['id']}"
        created = api.post(f"{base}/contacts/4235550777", json={"first_name": "F"})
        assert created.json()["total_msgs_sent"] == 0
        fetched = api.get(f"{base}/contacts/4235550777")
        assert fetched.status_code == 200
        assert isinstance(fetched.json()["total_msgs_sent"], str)
        assert fetched.json()["first_name"] == "F"
        tags = api.get(f"{base}/tags", params={"page": 0, "page_size": 5})
        assert tags.status_code == 418 and tags.json()["items"] == []
        assert api.get(base).json()["name"] is None
        assert api.get(f"{base}/groups", params={"page": 0, "page_size": 5}).status_code == 200
        # A fault does not touch what is stored.
        listed = api.get(f"{base}/contacts", params={"page": 0, "page_size": 5}).json()
        assert listed["items"][0]["total_msgs_sent"] == 0


def test_faults_work_in_a_subprocess_too():
    with SandboxServer(faults=FAULTS, subprocess=True) as sandbox, sandbox.client() as api:
        dashboard = api.post("/dashboards", json={"name": "F", "phone": "4236400002"}).json()
        tags = api.get(f"/dashboards/{dashboard['id']}/tags", params={"page": 0, "page_size": 5})
        assert tags.status_code == 418
