"""``trconnect demo`` (``make demo``): the whole loop on one machine, through the generated client.

Starts a sandbox and a webhook receiver, then with the ``textrequest`` client (from
``generated/client/``) creates a dashboard and a contact, subscribes to msg_sent, sends
a message, and waits for the notification. Prints a short transcript; stops all it started.

It is a program on top of the sandbox and of the contract tests' webhook receiver, so it
lives in the command-line layer: neither of those two packages imports the other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

from ..contract.receiver import Receiver
from ..project import find_project
from ..sandbox.testing import SandboxServer

CUSTOMER = "4239876543"


def load_client() -> ModuleType:
    """The generated ``textrequest`` package (from the project's tree, if not installed)."""
    client_dir = str(find_project().generated / "client")
    if client_dir not in sys.path:
        sys.path.insert(0, client_dir)
    import textrequest

    return textrequest


def run(say: Callable[[str], None] = print) -> dict:
    textrequest = load_client()

    with (
        Receiver() as receiver,
        # The receiver is the one target the sandbox lets hooks have.
        SandboxServer(hook_hosts=(receiver.url.split("/")[2],)) as sandbox,
        textrequest.Client(api_key=sandbox.api_key, base_url=sandbox.base_url) as client,
    ):
        say(f"sandbox     {sandbox.base_url}  (temporary database)")
        say(f"receiver    {receiver.url}")
        dashboard = client.dashboards.create(name="Corner Bakery", phone="4235550123")
        say(f"dashboard   #{dashboard.id} {dashboard.name!r} on {dashboard.phone}")
        contact = client.contacts.upsert(
            dashboard.id, CUSTOMER, first_name="Ada", last_name="Lovelace"
        )
        say(f"contact     {contact.display_name} <{contact.phone_number}>")
        hook = client.webhooks.subscribe(dashboard.id, target_url=receiver.url, event="msg_sent")
        say(f"hook        #{hook.id} {hook.event} -> {hook.target_url}")
        message = client.messages.send(
            dashboard.id, CUSTOMER, body="Your sourdough is ready for pickup."
        )
        say(f"sent        {message.message_id} [{message.delivery_status}] {message.body!r}")
        [payload] = receiver.wait_for(1)
        note = textrequest.parse_texting_webhook_notification(payload)
        conversation = note.conversation
        say(
            f"webhook     {conversation.message_direction} {conversation.consumer_phone_number}: "
            f"{conversation.message!r} (message {note.message_unique_identifier})"
        )
        same = note.message_unique_identifier == message.message_id
        say("done        the notification is the message just sent" if same else "MISMATCH")
        return {"matched": same, "message_id": message.message_id, "notification": payload}


def main() -> int:
    return 0 if run()["matched"] else 1


if __name__ == "__main__":
    sys.exit(main())
