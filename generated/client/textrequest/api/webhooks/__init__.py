"""WebhooksApi: the operations tagged "Webhooks".

``Client.webhooks`` is a ``WebhooksApi``, ``AsyncClient.webhooks`` an ``AsyncWebhooksApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.hook import Hook
from ...models.hook_input import HookInput
from . import texting_webhook as _texting_webhook

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class WebhooksApi:
    """The "Webhooks" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "WebhooksApi()"

    def texting_webhook(
        self,
        dashboard_id: int,
        *,
        body: HookInput,
    ) -> Hook:
        """When a text is sent or received

            Starts the flow when the dashboard receives or sends a text.

        TextingWebhook: POST /dashboards/{dashboard_id}/hooks
        """
        response = self._client.http.request(
            **_texting_webhook.request(
                dashboard_id,
                body=body,
            )
        )
        return _texting_webhook.parse(response)


class AsyncWebhooksApi:
    """The "Webhooks" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncWebhooksApi()"

    async def texting_webhook(
        self,
        dashboard_id: int,
        *,
        body: HookInput,
    ) -> Hook:
        """When a text is sent or received

            Starts the flow when the dashboard receives or sends a text.

        TextingWebhook: POST /dashboards/{dashboard_id}/hooks
        """
        response = await self._client.http.request(
            **_texting_webhook.request(
                dashboard_id,
                body=body,
            )
        )
        return _texting_webhook.parse(response)


__all__ = ["AsyncWebhooksApi", "WebhooksApi"]
