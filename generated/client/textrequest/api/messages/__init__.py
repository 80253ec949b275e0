"""MessagesApi: the operations tagged "Messages".

``Client.messages`` is a ``MessagesApi``, ``AsyncClient.messages`` an ``AsyncMessagesApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.message import Message
from ...models.message_input import MessageInput
from ...models.message_page import MessagePage
from .. import aiterate_pages, iterate_pages
from . import get_messages_by_contact_phone as _get_messages_by_contact_phone
from . import send_message_by_phone_number as _send_message_by_phone_number

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class MessagesApi:
    """The "Messages" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "MessagesApi()"

    def get_messages_by_contact_phone(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> MessagePage | None:
        """Get the messages exchanged with a contact

            Returns the messages with the contact, a page at a time.

        GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages
        """
        response = self._client.http.request(
            **_get_messages_by_contact_phone.request(
                dashboard_id,
                phone_number,
                page=page,
                page_size=page_size,
            )
        )
        return _get_messages_by_contact_phone.parse(response)

    def iter_get_messages_by_contact_phone(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page_size: int = 50,
    ) -> Iterator[Message]:
        """Every item of ``get_messages_by_contact_phone``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_messages_by_contact_phone(
                dashboard_id,
                phone_number,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    def send_message_by_phone_number(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: MessageInput,
    ) -> Message:
        """Send a message to a contact

            Texts the contact; not safe to repeat. 400 with neither body nor media, or if the contact
            opted out.

        SendMessageByPhoneNumber: POST /dashboards/{dashboard_id}/contacts/{phone_number}/messages
        """
        response = self._client.http.request(
            **_send_message_by_phone_number.request(
                dashboard_id,
                phone_number,
                body=body,
            )
        )
        return _send_message_by_phone_number.parse(response)


class AsyncMessagesApi:
    """The "Messages" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncMessagesApi()"

    async def get_messages_by_contact_phone(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> MessagePage | None:
        """Get the messages exchanged with a contact

            Returns the messages with the contact, a page at a time.

        GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages
        """
        response = await self._client.http.request(
            **_get_messages_by_contact_phone.request(
                dashboard_id,
                phone_number,
                page=page,
                page_size=page_size,
            )
        )
        return _get_messages_by_contact_phone.parse(response)

    def iter_get_messages_by_contact_phone(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page_size: int = 50,
    ) -> AsyncIterator[Message]:
        """Every item of ``get_messages_by_contact_phone``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_messages_by_contact_phone(
                dashboard_id,
                phone_number,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    async def send_message_by_phone_number(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: MessageInput,
    ) -> Message:
        """Send a message to a contact

            Texts the contact; not safe to repeat. 400 with neither body nor media, or if the contact
            opted out.

        SendMessageByPhoneNumber: POST /dashboards/{dashboard_id}/contacts/{phone_number}/messages
        """
        response = await self._client.http.request(
            **_send_message_by_phone_number.request(
                dashboard_id,
                phone_number,
                body=body,
            )
        )
        return _send_message_by_phone_number.parse(response)


__all__ = ["AsyncMessagesApi", "MessagesApi"]
