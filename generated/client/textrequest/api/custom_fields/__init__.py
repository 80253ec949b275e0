"""CustomFieldsResource: the operations tagged "Custom Fields".

``client.custom_fields`` is a ``CustomFieldsResource`` (``AsyncCustomFieldsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.custom_field import CustomField
from . import get_custom_fields as _get_custom_fields

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class CustomFieldsResource:
    """The "Custom Fields" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def list(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[CustomField]:
        """List the custom fields of a dashboard

        Returns the dashboard's custom fields.

        GetCustomFields: GET /dashboards/{dashboard_id}/fields

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "builtins.list[CustomField]",
            self._client.request(
                _get_custom_fields.ENDPOINT,
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


class AsyncCustomFieldsResource:
    """The "Custom Fields" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        dashboard_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[CustomField]:
        """List the custom fields of a dashboard

        Returns the dashboard's custom fields.

        GetCustomFields: GET /dashboards/{dashboard_id}/fields

        Args:
            dashboard_id: The dashboard (phone line).
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "builtins.list[CustomField]",
            await self._client.request(
                _get_custom_fields.ENDPOINT,
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


class CustomFieldsResourceWithRawResponse:
    """``CustomFieldsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCustomFieldsResourceWithRawResponse:
    """``AsyncCustomFieldsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)


__all__ = [
    "AsyncCustomFieldsResource",
    "AsyncCustomFieldsResourceWithRawResponse",
    "CustomFieldsResource",
    "CustomFieldsResourceWithRawResponse",
]
