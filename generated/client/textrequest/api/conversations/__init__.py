"""ConversationsApi: the operations tagged "Conversations".

``Client.conversations`` is a ``ConversationsApi``, ``AsyncClient.conversations`` an ``AsyncConversationsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.conversation import Conversation
from ...models.conversation_page import ConversationPage
from ...types import UNSET, Unset
from .. import aiterate_pages, iterate_pages
from . import archive_conversation as _archive_conversation
from . import get_conversations as _get_conversations
from . import unarchive_conversation as _unarchive_conversation

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class ConversationsApi:
    """The "Conversations" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ConversationsApi()"

    def archive_conversation(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Archive a conversation

            Hides the conversation from the lists until the next text. Texting STOP archives too.

        ArchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive
        """
        response = self._client.http.request(
            **_archive_conversation.request(
                dashboard_id,
                phone_number,
            )
        )
        return _archive_conversation.parse(response)

    def get_conversations(
        self,
        dashboard_id: int,
        *,
        tags: str | Unset = UNSET,
        show_unresolved_only: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int = 0,
        page_size: int = 50,
    ) -> ConversationPage | None:
        """List the conversations of a dashboard

            Returns the conversations, a page at a time.

        GetConversations: GET /dashboards/{dashboard_id}/conversations
        """
        response = self._client.http.request(
            **_get_conversations.request(
                dashboard_id,
                tags=tags,
                show_unresolved_only=show_unresolved_only,
                include_archived=include_archived,
                search=search,
                page=page,
                page_size=page_size,
            )
        )
        return _get_conversations.parse(response)

    def iter_get_conversations(
        self,
        dashboard_id: int,
        *,
        tags: str | Unset = UNSET,
        show_unresolved_only: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int = 50,
    ) -> Iterator[Conversation]:
        """Every item of ``get_conversations``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_conversations(
                dashboard_id,
                tags=tags,
                show_unresolved_only=show_unresolved_only,
                include_archived=include_archived,
                search=search,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    def unarchive_conversation(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Unarchive a conversation

            Brings the conversation back into the queue and lists.

        UnarchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive
        """
        response = self._client.http.request(
            **_unarchive_conversation.request(
                dashboard_id,
                phone_number,
            )
        )
        return _unarchive_conversation.parse(response)


class AsyncConversationsApi:
    """The "Conversations" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncConversationsApi()"

    async def archive_conversation(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Archive a conversation

            Hides the conversation from the lists until the next text. Texting STOP archives too.

        ArchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive
        """
        response = await self._client.http.request(
            **_archive_conversation.request(
                dashboard_id,
                phone_number,
            )
        )
        return _archive_conversation.parse(response)

    async def get_conversations(
        self,
        dashboard_id: int,
        *,
        tags: str | Unset = UNSET,
        show_unresolved_only: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int = 0,
        page_size: int = 50,
    ) -> ConversationPage | None:
        """List the conversations of a dashboard

            Returns the conversations, a page at a time.

        GetConversations: GET /dashboards/{dashboard_id}/conversations
        """
        response = await self._client.http.request(
            **_get_conversations.request(
                dashboard_id,
                tags=tags,
                show_unresolved_only=show_unresolved_only,
                include_archived=include_archived,
                search=search,
                page=page,
                page_size=page_size,
            )
        )
        return _get_conversations.parse(response)

    def iter_get_conversations(
        self,
        dashboard_id: int,
        *,
        tags: str | Unset = UNSET,
        show_unresolved_only: bool | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int = 50,
    ) -> AsyncIterator[Conversation]:
        """Every item of ``get_conversations``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_conversations(
                dashboard_id,
                tags=tags,
                show_unresolved_only=show_unresolved_only,
                include_archived=include_archived,
                search=search,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    async def unarchive_conversation(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Unarchive a conversation

            Brings the conversation back into the queue and lists.

        UnarchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive
        """
        response = await self._client.http.request(
            **_unarchive_conversation.request(
                dashboard_id,
                phone_number,
            )
        )
        return _unarchive_conversation.parse(response)


__all__ = ["AsyncConversationsApi", "ConversationsApi"]
