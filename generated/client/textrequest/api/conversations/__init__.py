"""ConversationsResource: the operations tagged "Conversations".

``client.conversations`` is a ``ConversationsResource`` (``AsyncConversationsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.conversation import Conversation
from ...models.page_meta import PageMeta
from . import archive_conversation as _archive_conversation
from . import get_conversations as _get_conversations
from . import unarchive_conversation as _unarchive_conversation

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class ConversationsResource:
    """The "Conversations" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def archive(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Archive a conversation

        Hides the conversation from the lists until the next text. Texting STOP archives too.

        ArchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            self._client.request(
                _archive_conversation.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def list(
        self,
        dashboard_id: int,
        *,
        tags: str | None = None,
        show_unresolved_only: bool | None = None,
        include_archived: bool | None = None,
        search: str | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Conversation, PageMeta]:
        """List the conversations of a dashboard

        Returns the conversations, a page at a time.

        GetConversations: GET /dashboards/{dashboard_id}/conversations

        Args:
            dashboard_id: The dashboard (phone line).
            tags: Comma-separated tag GUIDs.
            show_unresolved_only: Yes: only unresolved ones.
            include_archived: Yes: archived ones too.
            search: Phone number or name, or part of one.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Conversation, PageMeta]",
            self._client.request(
                _get_conversations.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "tags": tags,
                        "show_unresolved_only": show_unresolved_only,
                        "include_archived": include_archived,
                        "search": search,
                        "page": page,
                        "page_size": page_size,
                    },
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def unarchive(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Unarchive a conversation

        Brings the conversation back into the queue and lists.

        UnarchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            self._client.request(
                _unarchive_conversation.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncConversationsResource:
    """The "Conversations" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def archive(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Archive a conversation

        Hides the conversation from the lists until the next text. Texting STOP archives too.

        ArchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/archive

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            await self._client.request(
                _archive_conversation.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def list(
        self,
        dashboard_id: int,
        *,
        tags: str | None = None,
        show_unresolved_only: bool | None = None,
        include_archived: bool | None = None,
        search: str | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Conversation, PageMeta]:
        """List the conversations of a dashboard

        Returns the conversations, a page at a time.

        GetConversations: GET /dashboards/{dashboard_id}/conversations

        Args:
            dashboard_id: The dashboard (phone line).
            tags: Comma-separated tag GUIDs.
            show_unresolved_only: Yes: only unresolved ones.
            include_archived: Yes: archived ones too.
            search: Phone number or name, or part of one.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Conversation, PageMeta]",
            await self._client.request(
                _get_conversations.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "tags": tags,
                        "show_unresolved_only": show_unresolved_only,
                        "include_archived": include_archived,
                        "search": search,
                        "page": page,
                        "page_size": page_size,
                    },
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def unarchive(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Unarchive a conversation

        Brings the conversation back into the queue and lists.

        UnarchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            await self._client.request(
                _unarchive_conversation.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class ConversationsResourceWithRawResponse:
    """``ConversationsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: ConversationsResource) -> None:
        self._resource = resource
        self.archive = to_raw_response_wrapper(resource.archive)
        self.list = to_raw_response_wrapper(resource.list)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)


class AsyncConversationsResourceWithRawResponse:
    """``AsyncConversationsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncConversationsResource) -> None:
        self._resource = resource
        self.archive = async_to_raw_response_wrapper(resource.archive)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)


__all__ = [
    "AsyncConversationsResource",
    "AsyncConversationsResourceWithRawResponse",
    "ConversationsResource",
    "ConversationsResourceWithRawResponse",
]
