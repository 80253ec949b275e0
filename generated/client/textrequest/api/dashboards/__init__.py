"""DashboardsApi: the operations tagged "Dashboards".

``Client.dashboards`` is a ``DashboardsApi``, ``AsyncClient.dashboards`` an ``AsyncDashboardsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.dashboard import Dashboard
from ...models.dashboard_input import DashboardInput
from ...models.dashboard_name_input import DashboardNameInput
from ...models.dashboard_page import DashboardPage
from .. import aiterate_pages, iterate_pages
from . import create_dashboard as _create_dashboard
from . import delete_dashboard as _delete_dashboard
from . import get_dashboard as _get_dashboard
from . import get_dashboards as _get_dashboards
from . import update_dashboards_name as _update_dashboards_name

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class DashboardsApi:
    """The "Dashboards" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "DashboardsApi()"

    def create_dashboard(
        self,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Create a dashboard with a name and phone number

            Creates a dashboard for a provisioned number and emails the administrators. 400 when the
            number is taken.

        CreateDashboard: POST /dashboards
        """
        response = self._client.http.request(
            **_create_dashboard.request(
                body=body,
            )
        )
        return _create_dashboard.parse(response)

    def delete_dashboard(
        self,
        dashboard_id: int,
    ) -> str | None:
        """Delete a dashboard

            Deletes the dashboard and all in it.

        DeleteDashboard: DELETE /dashboards/{dashboard_id}
        """
        response = self._client.http.request(
            **_delete_dashboard.request(
                dashboard_id,
            )
        )
        return _delete_dashboard.parse(response)

    def get_dashboard(
        self,
        dashboard_id: int,
    ) -> Dashboard:
        """Get a dashboard

            Returns the dashboard's name and number.

        GetDashboard: GET /dashboards/{dashboard_id}
        """
        response = self._client.http.request(
            **_get_dashboard.request(
                dashboard_id,
            )
        )
        return _get_dashboard.parse(response)

    def get_dashboards(
        self,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> DashboardPage:
        """List the dashboards of the account

            Returns the account's dashboards, a page at a time.

        GetDashboards: GET /dashboards
        """
        response = self._client.http.request(
            **_get_dashboards.request(
                page=page,
                page_size=page_size,
            )
        )
        return _get_dashboards.parse(response)

    def iter_get_dashboards(
        self,
        *,
        page_size: int = 50,
    ) -> Iterator[Dashboard]:
        """Every item of ``get_dashboards``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_dashboards(
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    def update_dashboards_name(
        self,
        dashboard_id: int,
        *,
        body: DashboardNameInput,
    ) -> Dashboard:
        """Rename a dashboard

            Renames the dashboard; its number never changes.

        UpdateDashboardsName: PUT /dashboards/{dashboard_id}
        """
        response = self._client.http.request(
            **_update_dashboards_name.request(
                dashboard_id,
                body=body,
            )
        )
        return _update_dashboards_name.parse(response)


class AsyncDashboardsApi:
    """The "Dashboards" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncDashboardsApi()"

    async def create_dashboard(
        self,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Create a dashboard with a name and phone number

            Creates a dashboard for a provisioned number and emails the administrators. 400 when the
            number is taken.

        CreateDashboard: POST /dashboards
        """
        response = await self._client.http.request(
            **_create_dashboard.request(
                body=body,
            )
        )
        return _create_dashboard.parse(response)

    async def delete_dashboard(
        self,
        dashboard_id: int,
    ) -> str | None:
        """Delete a dashboard

            Deletes the dashboard and all in it.

        DeleteDashboard: DELETE /dashboards/{dashboard_id}
        """
        response = await self._client.http.request(
            **_delete_dashboard.request(
                dashboard_id,
            )
        )
        return _delete_dashboard.parse(response)

    async def get_dashboard(
        self,
        dashboard_id: int,
    ) -> Dashboard:
        """Get a dashboard

            Returns the dashboard's name and number.

        GetDashboard: GET /dashboards/{dashboard_id}
        """
        response = await self._client.http.request(
            **_get_dashboard.request(
                dashboard_id,
            )
        )
        return _get_dashboard.parse(response)

    async def get_dashboards(
        self,
        *,
        page: int = 0,
        page_size: int = 50,
    ) -> DashboardPage:
        """List the dashboards of the account

            Returns the account's dashboards, a page at a time.

        GetDashboards: GET /dashboards
        """
        response = await self._client.http.request(
            **_get_dashboards.request(
                page=page,
                page_size=page_size,
            )
        )
        return _get_dashboards.parse(response)

    def iter_get_dashboards(
        self,
        *,
        page_size: int = 50,
    ) -> AsyncIterator[Dashboard]:
        """Every item of ``get_dashboards``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_dashboards(
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )

    async def update_dashboards_name(
        self,
        dashboard_id: int,
        *,
        body: DashboardNameInput,
    ) -> Dashboard:
        """Rename a dashboard

            Renames the dashboard; its number never changes.

        UpdateDashboardsName: PUT /dashboards/{dashboard_id}
        """
        response = await self._client.http.request(
            **_update_dashboards_name.request(
                dashboard_id,
                body=body,
            )
        )
        return _update_dashboards_name.parse(response)


__all__ = ["AsyncDashboardsApi", "DashboardsApi"]
