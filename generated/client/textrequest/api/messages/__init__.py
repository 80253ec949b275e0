"""MessagesResource: the operations tagged "Messages".

``client.messages`` is a ``MessagesResource`` (``AsyncMessagesResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.message import Message
from ...models.page_meta import PageMeta
from . import get_messages_by_contact_phone as _get_messages_by_contact_phone
from . import send_message_by_phone_number as _send_message_by_phone_number

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class MessagesResource:
    """The "Messages" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Message, PageMeta]:
        """Get the messages exchanged with a contact

        Returns the messages with the contact, a page at a time.

        GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Message, PageMeta]",
            self._client.request(
                _get_messages_by_contact_phone.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={
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

    def send(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: str | None = None,
        sender_name: str | None = None,
        status_callback: str | None = None,
        location_callback: str | None = None,
        mms_media: Sequence[str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Message:
        """Send a message to a contact

        Texts the contact; not safe to repeat. 400 with neither body nor media, or if the
        contact opted out.

        SendMessageByPhoneNumber: POST /dashboards/{dashboard_id}/contacts/{phone_number}/messages

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            body: Required unless mms_media is given.
            sender_name: Shown with the message.
            status_callback: Gets a POST when the message is sent or fails.
            location_callback: Gets a POST when the recipient shares their location via a [Location Request]
                link.
            mms_media: URLs from the API's MMS upload; required without a body.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Message",
            self._client.request(
                _send_message_by_phone_number.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body={
                        "body": body,
                        "sender_name": sender_name,
                        "status_callback": status_callback,
                        "location_callback": location_callback,
                        "mms_media": mms_media,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncMessagesResource:
    """The "Messages" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Message, PageMeta]:
        """Get the messages exchanged with a contact

        Returns the messages with the contact, a page at a time.

        GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Message, PageMeta]",
            await self._client.request(
                _get_messages_by_contact_phone.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={
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

    async def send(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: str | None = None,
        sender_name: str | None = None,
        status_callback: str | None = None,
        location_callback: str | None = None,
        mms_media: Sequence[str] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Message:
        """Send a message to a contact

        Texts the contact; not safe to repeat. 400 with neither body nor media, or if the
        contact opted out.

        SendMessageByPhoneNumber: POST /dashboards/{dashboard_id}/contacts/{phone_number}/messages

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            body: Required unless mms_media is given.
            sender_name: Shown with the message.
            status_callback: Gets a POST when the message is sent or fails.
            location_callback: Gets a POST when the recipient shares their location via a [Location Request]
                link.
            mms_media: URLs from the API's MMS upload; required without a body.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Message",
            await self._client.request(
                _send_message_by_phone_number.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body={
                        "body": body,
                        "sender_name": sender_name,
                        "status_callback": status_callback,
                        "location_callback": location_callback,
                        "mms_media": mms_media,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class MessagesResourceWithRawResponse:
    """``MessagesResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: MessagesResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.send = to_raw_response_wrapper(resource.send)


class AsyncMessagesResourceWithRawResponse:
    """``AsyncMessagesResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncMessagesResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.send = async_to_raw_response_wrapper(resource.send)


__all__ = [
    "AsyncMessagesResource",
    "AsyncMessagesResourceWithRawResponse",
    "MessagesResource",
    "MessagesResourceWithRawResponse",
]
