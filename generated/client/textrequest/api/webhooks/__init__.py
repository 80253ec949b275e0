"""WebhooksResource: the operations tagged "Webhooks".

``client.webhooks`` is a ``WebhooksResource`` (``AsyncWebhooksResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from ..._base_client import Call
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.hook import Hook
from ...models.hook_input_event import HookInputEvent
from . import texting_webhook as _texting_webhook

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class WebhooksResource:
    """The "Webhooks" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def subscribe(
        self,
        dashboard_id: int,
        *,
        target_url: str,
        event: HookInputEvent | Literal["msg_received", "msg_sent"],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Hook:
        """When a text is sent or received

        Starts the flow when the dashboard receives or sends a text.

        TextingWebhook: POST /dashboards/{dashboard_id}/hooks

        Args:
            dashboard_id: The dashboard (phone line).
            target_url: Power Automate fills it in.
            event: Texts a contact sends, or texts the dashboard sends.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Hook",
            self._client.request(
                _texting_webhook.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "target_url": target_url,
                        "event": event,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class AsyncWebhooksResource:
    """The "Webhooks" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def subscribe(
        self,
        dashboard_id: int,
        *,
        target_url: str,
        event: HookInputEvent | Literal["msg_received", "msg_sent"],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Hook:
        """When a text is sent or received

        Starts the flow when the dashboard receives or sends a text.

        TextingWebhook: POST /dashboards/{dashboard_id}/hooks

        Args:
            dashboard_id: The dashboard (phone line).
            target_url: Power Automate fills it in.
            event: Texts a contact sends, or texts the dashboard sends.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Hook",
            await self._client.request(
                _texting_webhook.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body={
                        "target_url": target_url,
                        "event": event,
                    },
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )


class WebhooksResourceWithRawResponse:
    """``WebhooksResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: WebhooksResource) -> None:
        self._resource = resource
        self.subscribe = to_raw_response_wrapper(resource.subscribe)


class AsyncWebhooksResourceWithRawResponse:
    """``AsyncWebhooksResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncWebhooksResource) -> None:
        self._resource = resource
        self.subscribe = async_to_raw_response_wrapper(resource.subscribe)


__all__ = [
    "AsyncWebhooksResource",
    "AsyncWebhooksResourceWithRawResponse",
    "WebhooksResource",
    "WebhooksResourceWithRawResponse",
]
