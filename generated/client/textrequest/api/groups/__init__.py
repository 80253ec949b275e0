"""GroupsApi: the operations tagged "Groups".

``Client.groups`` is a ``GroupsApi``, ``AsyncClient.groups`` an ``AsyncGroupsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.group import Group
from ...models.group_input import GroupInput
from ...models.group_page import GroupPage
from .. import aiterate_pages, iterate_pages
from . import create_group as _create_group
from . import delete_group as _delete_group
from . import get_group_by_id as _get_group_by_id
from . import get_groups as _get_groups
from . import update_group as _update_group

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class GroupsApi:
    """The "Groups" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "GroupsApi()"

    def create_group(
        self,
        dashboard_id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Create a group

            Creates a group with the given name.

        CreateGroup: POST /dashboards/{dashboard_id}/groups
        """
        response = self._client.http.request(
            **_create_group.request(
                dashboard_id,
                body=body,
            )
        )
        return _create_group.parse(response)

    def delete_group(
        self,
        dashboard_id: int,
        group_id: int,
    ) -> str | None:
        """Delete a group

            Deletes the group; its contacts stay.

        DeleteGroup: DELETE /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = self._client.http.request(
            **_delete_group.request(
                dashboard_id,
                group_id,
            )
        )
        return _delete_group.parse(response)

    def get_group_by_id(
        self,
        dashboard_id: int,
        group_id: int,
    ) -> Group | None:
        """Get a group by id

            Returns the group; 204 when there is none.

        GetGroupById: GET /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = self._client.http.request(
            **_get_group_by_id.request(
                dashboard_id,
                group_id,
            )
        )
        return _get_group_by_id.parse(response)

    def get_groups(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> GroupPage:
        """List the groups of a dashboard

            Returns the dashboard's groups, a page at a time.

        GetGroups: GET /dashboards/{dashboard_id}/groups
        """
        response = self._client.http.request(
            **_get_groups.request(
                dashboard_id,
                page=page,
                page_size=page_size,
            )
        )
        return _get_groups.parse(response)

    def iter_get_groups(
        self,
        dashboard_id: int,
        *,
        page_size: int = 50,
    ) -> Iterator[Group]:
        """Every item of ``get_groups``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_groups(
                dashboard_id,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    def update_group(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Update a group

            Changes the name and notes of the group.

        UpdateGroup: PUT /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = self._client.http.request(
            **_update_group.request(
                dashboard_id,
                group_id,
                body=body,
            )
        )
        return _update_group.parse(response)


class AsyncGroupsApi:
    """The "Groups" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncGroupsApi()"

    async def create_group(
        self,
        dashboard_id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Create a group

            Creates a group with the given name.

        CreateGroup: POST /dashboards/{dashboard_id}/groups
        """
        response = await self._client.http.request(
            **_create_group.request(
                dashboard_id,
                body=body,
            )
        )
        return _create_group.parse(response)

    async def delete_group(
        self,
        dashboard_id: int,
        group_id: int,
    ) -> str | None:
        """Delete a group

            Deletes the group; its contacts stay.

        DeleteGroup: DELETE /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = await self._client.http.request(
            **_delete_group.request(
                dashboard_id,
                group_id,
            )
        )
        return _delete_group.parse(response)

    async def get_group_by_id(
        self,
        dashboard_id: int,
        group_id: int,
    ) -> Group | None:
        """Get a group by id

            Returns the group; 204 when there is none.

        GetGroupById: GET /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = await self._client.http.request(
            **_get_group_by_id.request(
                dashboard_id,
                group_id,
            )
        )
        return _get_group_by_id.parse(response)

    async def get_groups(
        self,
        dashboard_id: int,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> GroupPage:
        """List the groups of a dashboard

            Returns the dashboard's groups, a page at a time.

        GetGroups: GET /dashboards/{dashboard_id}/groups
        """
        response = await self._client.http.request(
            **_get_groups.request(
                dashboard_id,
                page=page,
                page_size=page_size,
            )
        )
        return _get_groups.parse(response)

    def iter_get_groups(
        self,
        dashboard_id: int,
        *,
        page_size: int = 50,
    ) -> AsyncIterator[Group]:
        """Every item of ``get_groups``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_groups(
                dashboard_id,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    async def update_group(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        body: GroupInput,
    ) -> Group:
        """Update a group

            Changes the name and notes of the group.

        UpdateGroup: PUT /dashboards/{dashboard_id}/groups/{group_id}
        """
        response = await self._client.http.request(
            **_update_group.request(
                dashboard_id,
                group_id,
                body=body,
            )
        )
        return _update_group.parse(response)


__all__ = ["AsyncGroupsApi", "GroupsApi"]
