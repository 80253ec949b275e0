"""The Text Request client, sync (``Client``) and async (``AsyncClient``).

The credential is held only by the ``httpx.Auth`` that puts it on each request
as it leaves: no attribute, repr, log line or exception of this package holds
it. Everything a call does (throttle, retry, errors, pages) is the request loop
of ``_base_client``; these classes only name the resources.
"""

from __future__ import annotations

import os
from functools import cached_property

import httpx

from . import _constants as C
from ._auth import (
    ApiKeyAuth,
    credentials,
)
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._limiter import RateLimiter
from ._retry import RetryPolicy
from ._types import Headers, Timeout
from .api.contacts import (
    AsyncContactsResource,
    AsyncContactsResourceWithRawResponse,
    ContactsResource,
    ContactsResourceWithRawResponse,
)
from .api.conversations import (
    AsyncConversationsResource,
    AsyncConversationsResourceWithRawResponse,
    ConversationsResource,
    ConversationsResourceWithRawResponse,
)
from .api.custom_fields import (
    AsyncCustomFieldsResource,
    AsyncCustomFieldsResourceWithRawResponse,
    CustomFieldsResource,
    CustomFieldsResourceWithRawResponse,
)
from .api.dashboards import (
    AsyncDashboardsResource,
    AsyncDashboardsResourceWithRawResponse,
    DashboardsResource,
    DashboardsResourceWithRawResponse,
)
from .api.groups import (
    AsyncGroupsResource,
    AsyncGroupsResourceWithRawResponse,
    GroupsResource,
    GroupsResourceWithRawResponse,
)
from .api.messages import (
    AsyncMessagesResource,
    AsyncMessagesResourceWithRawResponse,
    MessagesResource,
    MessagesResourceWithRawResponse,
)
from .api.payments import (
    AsyncPaymentsResource,
    AsyncPaymentsResourceWithRawResponse,
    PaymentsResource,
    PaymentsResourceWithRawResponse,
)
from .api.tags import (
    AsyncTagsResource,
    AsyncTagsResourceWithRawResponse,
    TagsResource,
    TagsResourceWithRawResponse,
)
from .api.webhooks import (
    AsyncWebhooksResource,
    AsyncWebhooksResourceWithRawResponse,
    WebhooksResource,
    WebhooksResourceWithRawResponse,
)

DEFAULT_BASE_URL = C.DEFAULT_BASE_URL
DEFAULT_RETRY = RetryPolicy()


class Client(SyncAPIClient):
    """Calls the Text Request API; one attribute per resource.

    The key comes from ``api_key`` or ``TEXTREQUEST_API_KEY`` and is sent in the
    ``x-api-key`` header.
    ``base_url`` defaults to ``TEXTREQUEST_BASE_URL``, else the real API.
    ``retry`` is a ``RetryPolicy`` (None: no retries), ``rate_limit`` a ``RateLimiter``
    (off unless given), ``timeout`` seconds per call. ``http_client`` brings your own
    ``httpx.Client`` (its proxies, limits and event hooks); otherwise ``transport`` is the
    one the client's own uses (``httpx.MockTransport`` in tests). Close it with
    ``with`` or ``close()``.
    """

    contacts: ContactsResource
    conversations: ConversationsResource
    custom_fields: CustomFieldsResource
    dashboards: DashboardsResource
    groups: GroupsResource
    messages: MessagesResource
    payments: PaymentsResource
    tags: TagsResource
    webhooks: WebhooksResource
    with_raw_response: ClientWithRawResponse
    """The same resources, whose methods return the ``APIResponse``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        rate_limit: RateLimiter | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Headers | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL,
            auth=ApiKeyAuth(credentials("API key", (api_key, C.API_KEY_ENV))[0], C.AUTH_NAME),
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=default_headers,
            http_client=http_client,
            transport=transport,
        )
        self._bind()

    def _bind(self) -> None:
        self.contacts = ContactsResource(self)
        self.conversations = ConversationsResource(self)
        self.custom_fields = CustomFieldsResource(self)
        self.dashboards = DashboardsResource(self)
        self.groups = GroupsResource(self)
        self.messages = MessagesResource(self)
        self.payments = PaymentsResource(self)
        self.tags = TagsResource(self)
        self.webhooks = WebhooksResource(self)
        self.with_raw_response = ClientWithRawResponse(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def contacts(self) -> ContactsResourceWithRawResponse:
        return ContactsResourceWithRawResponse(self._client.contacts)

    @cached_property
    def conversations(self) -> ConversationsResourceWithRawResponse:
        return ConversationsResourceWithRawResponse(self._client.conversations)

    @cached_property
    def custom_fields(self) -> CustomFieldsResourceWithRawResponse:
        return CustomFieldsResourceWithRawResponse(self._client.custom_fields)

    @cached_property
    def dashboards(self) -> DashboardsResourceWithRawResponse:
        return DashboardsResourceWithRawResponse(self._client.dashboards)

    @cached_property
    def groups(self) -> GroupsResourceWithRawResponse:
        return GroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def messages(self) -> MessagesResourceWithRawResponse:
        return MessagesResourceWithRawResponse(self._client.messages)

    @cached_property
    def payments(self) -> PaymentsResourceWithRawResponse:
        return PaymentsResourceWithRawResponse(self._client.payments)

    @cached_property
    def tags(self) -> TagsResourceWithRawResponse:
        return TagsResourceWithRawResponse(self._client.tags)

    @cached_property
    def webhooks(self) -> WebhooksResourceWithRawResponse:
        return WebhooksResourceWithRawResponse(self._client.webhooks)


class AsyncClient(AsyncAPIClient):
    """Awaits the Text Request API; one attribute per resource.

    The key comes from ``api_key`` or ``TEXTREQUEST_API_KEY`` and is sent in the
    ``x-api-key`` header.
    ``base_url`` defaults to ``TEXTREQUEST_BASE_URL``, else the real API.
    ``retry`` is a ``RetryPolicy`` (None: no retries), ``rate_limit`` a ``RateLimiter``
    (off unless given), ``timeout`` seconds per call. ``http_client`` brings your own
    ``httpx.AsyncClient`` (its proxies, limits and event hooks); otherwise ``transport`` is the
    one the client's own uses (``httpx.MockTransport`` in tests). Close it with
    ``async with`` or ``await close()``.
    """

    contacts: AsyncContactsResource
    conversations: AsyncConversationsResource
    custom_fields: AsyncCustomFieldsResource
    dashboards: AsyncDashboardsResource
    groups: AsyncGroupsResource
    messages: AsyncMessagesResource
    payments: AsyncPaymentsResource
    tags: AsyncTagsResource
    webhooks: AsyncWebhooksResource
    with_raw_response: AsyncClientWithRawResponse
    """The same resources, whose methods return the ``APIResponse``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = C.DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = DEFAULT_RETRY,
        rate_limit: RateLimiter | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Headers | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url or os.environ.get(C.BASE_URL_ENV) or C.DEFAULT_BASE_URL,
            auth=ApiKeyAuth(credentials("API key", (api_key, C.API_KEY_ENV))[0], C.AUTH_NAME),
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            headers=default_headers,
            http_client=http_client,
            transport=transport,
        )
        self._bind()

    def _bind(self) -> None:
        self.contacts = AsyncContactsResource(self)
        self.conversations = AsyncConversationsResource(self)
        self.custom_fields = AsyncCustomFieldsResource(self)
        self.dashboards = AsyncDashboardsResource(self)
        self.groups = AsyncGroupsResource(self)
        self.messages = AsyncMessagesResource(self)
        self.payments = AsyncPaymentsResource(self)
        self.tags = AsyncTagsResource(self)
        self.webhooks = AsyncWebhooksResource(self)
        self.with_raw_response = AsyncClientWithRawResponse(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def contacts(self) -> AsyncContactsResourceWithRawResponse:
        return AsyncContactsResourceWithRawResponse(self._client.contacts)

    @cached_property
    def conversations(self) -> AsyncConversationsResourceWithRawResponse:
        return AsyncConversationsResourceWithRawResponse(self._client.conversations)

    @cached_property
    def custom_fields(self) -> AsyncCustomFieldsResourceWithRawResponse:
        return AsyncCustomFieldsResourceWithRawResponse(self._client.custom_fields)

    @cached_property
    def dashboards(self) -> AsyncDashboardsResourceWithRawResponse:
        return AsyncDashboardsResourceWithRawResponse(self._client.dashboards)

    @cached_property
    def groups(self) -> AsyncGroupsResourceWithRawResponse:
        return AsyncGroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def messages(self) -> AsyncMessagesResourceWithRawResponse:
        return AsyncMessagesResourceWithRawResponse(self._client.messages)

    @cached_property
    def payments(self) -> AsyncPaymentsResourceWithRawResponse:
        return AsyncPaymentsResourceWithRawResponse(self._client.payments)

    @cached_property
    def tags(self) -> AsyncTagsResourceWithRawResponse:
        return AsyncTagsResourceWithRawResponse(self._client.tags)

    @cached_property
    def webhooks(self) -> AsyncWebhooksResourceWithRawResponse:
        return AsyncWebhooksResourceWithRawResponse(self._client.webhooks)


__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]
