"""DashboardsResource: the operations tagged "Dashboards".

``client.dashboards`` is a ``DashboardsResource`` (``AsyncDashboardsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.dashboard import Dashboard
from ...models.page_meta import PageMeta
from . import create_dashboard as _create_dashboard
from . import delete_dashboard as _delete_dashboard
from . import get_dashboard as _get_dashboard
from . import get_dashboards as _get_dashboards
from . import update_dashboards_name as _update_dashboards_name

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class DashboardsResource:
    """The "Dashboards" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        *,
        phone: str,
        name: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Create a dashboard with a name and phone number

        Creates a dashboard for a provisioned number and emails the administrators. 400 when the
        number is taken.

        CreateDashboard: POST /dashboards

        Args:
            phone: A provisioned number no other dashboard uses.
            name: The phone number when left out.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            self._client.request(
                _create_dashboard.ENDPOINT,
                Call(
                    path={},
                    query={},
                    body={
                        "phone": phone,
                        "name": name,
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
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str | None:
        """Delete a dashboard

        Deletes the dashboard and all in it.

        DeleteDashboard: DELETE /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str | None",
            self._client.request(
                _delete_dashboard.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Get a dashboard

        Returns the dashboard's name and number.

        GetDashboard: GET /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            self._client.request(
                _get_dashboard.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Dashboard, PageMeta]:
        """List the dashboards of the account

        Returns the account's dashboards, a page at a time.

        GetDashboards: GET /dashboards

        Args:
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Dashboard, PageMeta]",
            self._client.request(
                _get_dashboards.ENDPOINT,
                Call(
                    path={},
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

    def rename(
        self,
        dashboard_id: int,
        *,
        name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Rename a dashboard

        Renames the dashboard; its number never changes.

        UpdateDashboardsName: PUT /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            name: Name
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            self._client.request(
                _update_dashboards_name.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "name": name,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncDashboardsResource:
    """The "Dashboards" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        phone: str,
        name: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Create a dashboard with a name and phone number

        Creates a dashboard for a provisioned number and emails the administrators. 400 when the
        number is taken.

        CreateDashboard: POST /dashboards

        Args:
            phone: A provisioned number no other dashboard uses.
            name: The phone number when left out.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            await self._client.request(
                _create_dashboard.ENDPOINT,
                Call(
                    path={},
                    query={},
                    body={
                        "phone": phone,
                        "name": name,
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
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str | None:
        """Delete a dashboard

        Deletes the dashboard and all in it.

        DeleteDashboard: DELETE /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str | None",
            await self._client.request(
                _delete_dashboard.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Get a dashboard

        Returns the dashboard's name and number.

        GetDashboard: GET /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            await self._client.request(
                _get_dashboard.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
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
        *,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Dashboard, PageMeta]:
        """List the dashboards of the account

        Returns the account's dashboards, a page at a time.

        GetDashboards: GET /dashboards

        Args:
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Dashboard, PageMeta]",
            await self._client.request(
                _get_dashboards.ENDPOINT,
                Call(
                    path={},
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

    async def rename(
        self,
        dashboard_id: int,
        *,
        name: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Dashboard:
        """Rename a dashboard

        Renames the dashboard; its number never changes.

        UpdateDashboardsName: PUT /dashboards/{dashboard_id}

        Args:
            dashboard_id: The dashboard (phone line).
            name: Name
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Dashboard",
            await self._client.request(
                _update_dashboards_name.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "name": name,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class DashboardsResourceWithRawResponse:
    """``DashboardsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: DashboardsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)
        self.rename = to_raw_response_wrapper(resource.rename)


class AsyncDashboardsResourceWithRawResponse:
    """``AsyncDashboardsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncDashboardsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.rename = async_to_raw_response_wrapper(resource.rename)


__all__ = [
    "AsyncDashboardsResource",
    "AsyncDashboardsResourceWithRawResponse",
    "DashboardsResource",
    "DashboardsResourceWithRawResponse",
]
