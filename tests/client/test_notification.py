"""parse_notification: the trigger's webhook payload as its model, or a clear error."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

PAYLOAD = {
    "messageUniqueIdentifier": "a1b2",
    "account": {"id": 12, "externalAccountId": "acc-12"},
    "yourPhoneNumber": {"id": 3, "phoneNumber": "4235550100", "description": "Front desk"},
    "conversation": {"id": 99, "message": "Hi!", "messageDirection": "R", "numSegments": 1},
}


def test_a_payload_becomes_its_model(tr: ModuleType) -> None:
    for body in (json.dumps(PAYLOAD), json.dumps(PAYLOAD).encode(), PAYLOAD):
        note = tr.parse_notification(body)
        assert type(note).__name__ == "MessageNotification"
        assert note.message_unique_identifier == "a1b2"
        assert note.account.id == 12
        assert note.conversation.message == "Hi!"


def test_unknown_fields_and_values_are_kept_not_refused(tr: ModuleType) -> None:
    body = {**PAYLOAD, "newField": 1, "conversation": {"messageDirection": "X", "status": "new"}}
    note = tr.parse_notification(body)
    assert note.conversation.message_direction == "X"
    assert note.model_extra == {"newField": 1}


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "must be a JSON object, not array"),
        (json.dumps({**PAYLOAD, "account": {"id": "twelve"}}), "/account/id: integer expected"),
        (json.dumps({**PAYLOAD, "conversation": "hi"}), "/conversation: object expected"),
        (
            json.dumps({**PAYLOAD, "messageUniqueIdentifier": None}),
            "/messageUniqueIdentifier: null",
        ),
    ],
)
def test_a_malformed_payload_is_a_clear_error(tr: ModuleType, body: str, says: str) -> None:
    with pytest.raises(tr.NotificationError, match=says.replace("[", r"\[")):
        tr.parse_notification(body)
    assert issubclass(tr.NotificationError, ValueError)
