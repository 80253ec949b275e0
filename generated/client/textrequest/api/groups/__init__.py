"""GroupsResource: the operations tagged "Groups".

``client.groups`` is a ``GroupsResource`` (``AsyncGroupsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.group import Group
from ...models.page_meta import PageMeta
from . import create_group as _create_group
from . import delete_group as _delete_group
from . import get_group_by_id as _get_group_by_id
from . import get_groups as _get_groups
from . import update_group as _update_group

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class GroupsResource:
    """The "Groups" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        dashboard_id: int,
        *,
        name: str,
        notes: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group:
        """Create a group

        Creates a group with the given name.

        CreateGroup: POST /dashboards/{dashboard_id}/groups

        Args:
            dashboard_id: The dashboard (phone line).
            name: Name
            notes: A short phrase, for your own use.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group",
            self._client.request(
                _create_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "name": name,
                        "notes": notes,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def delete(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str | None:
        """Delete a group

        Deletes the group; its contacts stay.

        DeleteGroup: DELETE /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str | None",
            self._client.request(
                _delete_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def retrieve(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group | None:
        """Get a group by id

        Returns the group; 204 when there is none.

        GetGroupById: GET /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group | None",
            self._client.request(
                _get_group_by_id.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
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
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Group, PageMeta]:
        """List the groups of a dashboard

        Returns the dashboard's groups, a page at a time.

        GetGroups: GET /dashboards/{dashboard_id}/groups

        Args:
            dashboard_id: The dashboard (phone line).
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Group, PageMeta]",
            self._client.request(
                _get_groups.ENDPOINT,
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

    def update(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        name: str,
        notes: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group:
        """Update a group

        Changes the name and notes of the group.

        UpdateGroup: PUT /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            name: Name
            notes: A short phrase, for your own use.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group",
            self._client.request(
                _update_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
                    },
                    query={},
                    body={
                        "name": name,
                        "notes": notes,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncGroupsResource:
    """The "Groups" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        dashboard_id: int,
        *,
        name: str,
        notes: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group:
        """Create a group

        Creates a group with the given name.

        CreateGroup: POST /dashboards/{dashboard_id}/groups

        Args:
            dashboard_id: The dashboard (phone line).
            name: Name
            notes: A short phrase, for your own use.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group",
            await self._client.request(
                _create_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "name": name,
                        "notes": notes,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def delete(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str | None:
        """Delete a group

        Deletes the group; its contacts stay.

        DeleteGroup: DELETE /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str | None",
            await self._client.request(
                _delete_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
                    },
                    query={},
                    body=NOT_GIVEN,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def retrieve(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group | None:
        """Get a group by id

        Returns the group; 204 when there is none.

        GetGroupById: GET /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group | None",
            await self._client.request(
                _get_group_by_id.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
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
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Group, PageMeta]:
        """List the groups of a dashboard

        Returns the dashboard's groups, a page at a time.

        GetGroups: GET /dashboards/{dashboard_id}/groups

        Args:
            dashboard_id: The dashboard (phone line).
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Group, PageMeta]",
            await self._client.request(
                _get_groups.ENDPOINT,
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

    async def update(
        self,
        dashboard_id: int,
        group_id: int,
        *,
        name: str,
        notes: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Group:
        """Update a group

        Changes the name and notes of the group.

        UpdateGroup: PUT /dashboards/{dashboard_id}/groups/{group_id}

        Args:
            dashboard_id: The dashboard (phone line).
            group_id: Numeric id of the group.
            name: Name
            notes: A short phrase, for your own use.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Group",
            await self._client.request(
                _update_group.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "group_id": group_id,
                    },
                    query={},
                    body={
                        "name": name,
                        "notes": notes,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class GroupsResourceWithRawResponse:
    """``GroupsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: GroupsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncGroupsResourceWithRawResponse:
    """``AsyncGroupsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.update = async_to_raw_response_wrapper(resource.update)


__all__ = [
    "AsyncGroupsResource",
    "AsyncGroupsResourceWithRawResponse",
    "GroupsResource",
    "GroupsResourceWithRawResponse",
]
