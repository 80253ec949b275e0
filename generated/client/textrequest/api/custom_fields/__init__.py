"""CustomFieldsApi: the operations tagged "Custom Fields".

``Client.custom_fields`` is a ``CustomFieldsApi``, ``AsyncClient.custom_fields`` an ``AsyncCustomFieldsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.custom_field import CustomField
from . import get_custom_fields as _get_custom_fields

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class CustomFieldsApi:
    """The "Custom Fields" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "CustomFieldsApi()"

    def get_custom_fields(
        self,
        dashboard_id: int,
    ) -> list[CustomField]:
        """List the custom fields of a dashboard

            Returns the dashboard's custom fields.

        GetCustomFields: GET /dashboards/{dashboard_id}/fields
        """
        response = self._client.http.request(
            **_get_custom_fields.request(
                dashboard_id,
            )
        )
        return _get_custom_fields.parse(response)


class AsyncCustomFieldsApi:
    """The "Custom Fields" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncCustomFieldsApi()"

    async def get_custom_fields(
        self,
        dashboard_id: int,
    ) -> list[CustomField]:
        """List the custom fields of a dashboard

            Returns the dashboard's custom fields.

        GetCustomFields: GET /dashboards/{dashboard_id}/fields
        """
        response = await self._client.http.request(
            **_get_custom_fields.request(
                dashboard_id,
            )
        )
        return _get_custom_fields.parse(response)


__all__ = ["AsyncCustomFieldsApi", "CustomFieldsApi"]
