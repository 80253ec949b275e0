"""TagsResource: the operations tagged "Tags".

``client.tags`` is a ``TagsResource`` (``AsyncTagsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.page_meta import PageMeta
from ...models.tag import Tag
from . import get_tags as _get_tags

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class TagsResource:
    """The "Tags" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Tag, PageMeta]:
        """List the tags of a dashboard

        Returns the dashboard's tags, a page at a time.

        GetTags: GET /dashboards/{dashboard_id}/tags

        Args:
            dashboard_id: The dashboard (phone line).
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Tag, PageMeta]",
            self._client.request(
                _get_tags.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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


class AsyncTagsResource:
    """The "Tags" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Tag, PageMeta]:
        """List the tags of a dashboard

        Returns the dashboard's tags, a page at a time.

        GetTags: GET /dashboards/{dashboard_id}/tags

        Args:
            dashboard_id: The dashboard (phone line).
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Tag, PageMeta]",
            await self._client.request(
                _get_tags.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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


class TagsResourceWithRawResponse:
    """``TagsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: TagsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncTagsResourceWithRawResponse:
    """``AsyncTagsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


__all__ = [
    "AsyncTagsResource",
    "AsyncTagsResourceWithRawResponse",
    "TagsResource",
    "TagsResourceWithRawResponse",
]
