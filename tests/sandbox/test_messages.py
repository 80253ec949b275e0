"""Sending, receiving (sandbox-only inbound), archiving, STOP, and the conversation list."""

from __future__ import annotations

import pytest

PAGE = {"page": 0, "page_size": 50}


@pytest.fixture
def base(dashboard):
    return f"/dashboards/{dashboard['id']}"


def conversation_phones(api, ok, base, **params):
    page = ok(api.get(f"{base}/conversations", params={**PAGE, **params}))
    return [item["phone_number"] for item in page["items"]]


def test_send_creates_contact_and_conversation(api, ok, base):
    assert api.get(f"{base}/contacts/4235555001").status_code == 204
    sent = ok(api.post(f"{base}/contacts/4235555001/messages", json={"body": "Your order shipped"}))
    assert sent["message_direction"] == "S"
    assert sent["delivery_status"] == "delivered" and sent["delivery_error"] is None
    assert sent["response_by_username"] == "api"
    contact = ok(api.get(f"{base}/contacts/4235555001"))
    assert contact["total_msgs_sent"] == 1
    assert contact["last_message"] == sent
    assert contact["last_msg_sent_utc"] == contact["first_contact_utc"] is not None
    messages = ok(api.get(f"{base}/contacts/4235555001/messages", params=PAGE))
    assert messages["items"] == [sent] and messages["meta"]["total_items"] == 1
    assert conversation_phones(api, ok, base) == ["4235555001"]


def test_sender_name_and_media(api, ok, base):
    sent = ok(
        api.post(
            f"{base}/contacts/4235555002/messages",
            json={"sender_name": "Sam", "mms_media": ["https://example.invalid/a.png"]},
        )
    )
    assert sent["response_by_username"] == "Sam"
    assert sent["mms_media"] == ["https://example.invalid/a.png"]


def test_empty_message_is_refused(api, base):
    refused = api.post(f"{base}/contacts/4235555003/messages", json={"body": "  "})
    assert refused.status_code == 400 and refused.json()["field"] == "body"
    assert api.get(f"{base}/contacts/4235555003").status_code == 204


def test_unreachable_number_records_an_error_status(api, ok, base):
    sent = ok(api.post(f"{base}/contacts/4235550150/messages", json={"body": "hi"}))
    assert sent["delivery_status"] == "error" and sent["delivery_error"]


def test_archive_unarchive_and_sending_unarchives(api, ok, base):
    url = f"{base}/contacts/4235555010"
    ok(api.post(f"{url}/messages", json={"body": "one"}))
    assert isinstance(ok(api.put(f"{url}/conversations/archive")), str)
    assert ok(api.get(url))["is_archived"] is True
    assert conversation_phones(api, ok, base, include_archived="false") == []
    assert conversation_phones(api, ok, base, include_archived="true") == ["4235555010"]
    ok(api.put(f"{url}/conversations/unarchive"))
    ok(api.put(f"{url}/conversations/unarchive"))  # no effect when not archived
    assert ok(api.get(url))["is_archived"] is False
    ok(api.put(f"{url}/conversations/archive"))
    ok(api.post(f"{url}/messages", json={"body": "two"}))
    assert ok(api.get(url))["is_archived"] is False


def test_inbound_text_unarchives_unresolves_and_counts_replies(api, ok, base, dashboard, sandbox):
    url = f"{base}/contacts/4235555020"
    ok(api.post(f"{url}/messages", json={"body": "question?"}))
    ok(api.post(url, json={"is_resolved": True}))
    ok(api.put(f"{url}/conversations/archive"))
    answer = sandbox.inbound(dashboard["id"], "4235555020", "answer")
    sandbox.inbound(dashboard["id"], "4235555020", "and more")
    assert answer["stored"] is True and answer["message"]["message_direction"] == "R"
    contact = ok(api.get(url))
    assert contact["is_archived"] is False and contact["is_resolved"] is False
    assert (contact["total_msgs_received"], contact["response_count"]) == (2, 1)
    assert contact["last_message"]["body"] == "and more"


def test_stop_opts_out_and_archives_then_sending_is_refused(api, ok, base, dashboard, sandbox):
    url = f"{base}/contacts/4235555030"
    ok(api.post(f"{url}/messages", json={"body": "promo"}))
    sandbox.inbound(dashboard["id"], "4235555030", " stop ")
    contact = ok(api.get(url))
    assert contact["opted_out_utc"] is not None and contact["is_archived"] is True
    refused = api.post(f"{url}/messages", json={"body": "more promo"})
    assert refused.status_code == 400 and "opted out" in refused.json()["message"]
    assert ok(api.get(url))["total_msgs_sent"] == 1
    sandbox.inbound(dashboard["id"], "4235555030", "START")
    assert ok(api.get(url))["opted_out_utc"] is None
    ok(api.post(f"{url}/messages", json={"body": "welcome back"}))


def test_blocked_contact_texts_are_not_stored(api, ok, base, dashboard, sandbox):
    url = f"{base}/contacts/4235555040"
    ok(api.post(url, json={"is_blocked": True}))
    assert sandbox.inbound(dashboard["id"], "4235555040", "hello?")["stored"] is False
    assert ok(api.get(url))["total_msgs_received"] == 0


def test_conversations_filters_and_last_message(api, ok, base, dashboard, sandbox):
    tag = sandbox.new_tag(dashboard["id"], "Lead")["id"]
    ok(api.post(f"{base}/contacts/4235556001", json={"display_name": "Ann Smith"}))
    ok(api.post(f"{base}/contacts/4235556001/messages", json={"body": "first"}))
    sandbox.inbound(dashboard["id"], "4235556002", "newest")
    ok(api.post(f"{base}/contacts/4235556003", json={"contact_tags": [tag]}))
    ok(api.post(f"{base}/contacts/4235556003/messages", json={"body": "tagged"}))
    ok(api.post(f"{base}/contacts/4235556003", json={"is_resolved": True}))
    ok(api.post(f"{base}/contacts/4235556004", json={"first_name": "Silent"}))
    page = ok(api.get(f"{base}/conversations", params=PAGE))
    assert [i["phone_number"] for i in page["items"]] == ["4235556003", "4235556002", "4235556001"]
    assert page["items"][1]["last_message"]["body"] == "newest"
    assert conversation_phones(api, ok, base, tags=tag) == ["4235556003"]
    assert conversation_phones(api, ok, base, show_unresolved_only="true") == [
        "4235556002",
        "4235556001",
    ]
    assert conversation_phones(api, ok, base, search="smith") == ["4235556001"]
    assert conversation_phones(api, ok, base, search="556-002") == ["4235556002"]
    bad = api.get(f"{base}/conversations", params={**PAGE, "include_archived": "sometimes"})
    assert bad.status_code == 400 and bad.json()["field"] == "include_archived"


def test_everything_under_a_missing_dashboard_is_404(api):
    for path in ("/conversations", "/contacts/4235550100", "/groups/1", "/payments/1", ""):
        response = api.get(
            f"/dashboards/987654{path}", params=PAGE if path == "/conversations" else {}
        )
        assert response.status_code == 404, path
