"""TagsApi: the operations tagged "Tags".

``Client.tags`` is a ``TagsApi``, ``AsyncClient.tags`` an ``AsyncTagsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.tag import Tag
from ...models.tag_page import TagPage
from .. import aiterate_pages, iterate_pages
from . import get_tags as _get_tags

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class TagsApi:
    """The "Tags" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "TagsApi()"

    def get_tags(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> TagPage:
        """List the tags of a dashboard

            Returns the dashboard's tags, a page at a time.

        GetTags: GET /dashboards/{dashboard_id}/tags
        """
        response = self._client.http.request(
            **_get_tags.request(
                dashboard_id,
                page=page,
                page_size=page_size,
            )
        )
        return _get_tags.parse(response)

    def iter_get_tags(
        self,
        dashboard_id: int,
        *,
        page_size: int = 50,
    ) -> Iterator[Tag]:
        """Every item of ``get_tags``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_tags(
                dashboard_id,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )


class AsyncTagsApi:
    """The "Tags" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncTagsApi()"

    async def get_tags(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> TagPage:
        """List the tags of a dashboard

            Returns the dashboard's tags, a page at a time.

        GetTags: GET /dashboards/{dashboard_id}/tags
        """
        response = await self._client.http.request(
            **_get_tags.request(
                dashboard_id,
                page=page,
                page_size=page_size,
            )
        )
        return _get_tags.parse(response)

    def iter_get_tags(
        self,
        dashboard_id: int,
        *,
        page_size: int = 50,
    ) -> AsyncIterator[Tag]:
        """Every item of ``get_tags``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_tags(
                dashboard_id,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )


__all__ = ["AsyncTagsApi", "TagsApi"]
