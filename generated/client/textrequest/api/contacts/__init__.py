"""ContactsResource: the operations tagged "Contacts".

``client.contacts`` is a ``ContactsResource`` (``AsyncContactsResource`` on an
``AsyncClient``); each method describes its call and hands it to the client's request loop.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from ..._base_client import Call
from ..._pagination import AsyncPage, SyncPage
from ..._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ...models.bulk_contact_input import BulkContactInput, BulkContactInputParam
from ...models.contact import Contact
from ...models.custom_field_value import CustomFieldValue, CustomFieldValueParam
from ...models.page_meta import PageMeta
from . import bulk_update_contacts as _bulk_update_contacts
from . import create_contact as _create_contact
from . import delete_contact as _delete_contact
from . import get_contact_by_phone_number as _get_contact_by_phone_number
from . import get_contacts as _get_contacts

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class ContactsResource:
    """The "Contacts" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def bulk_upsert(
        self,
        dashboard_id: int,
        *,
        contacts: Sequence[BulkContactInput | BulkContactInputParam],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[Contact]:
        """Create or update many contacts at once

        Creates or updates each contact, found by phone number.

        BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts

        Args:
            dashboard_id: The dashboard (phone line).
            contacts: The contacts, each found by phone number.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "builtins.list[Contact]",
            self._client.request(
                _bulk_update_contacts.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body=contacts,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    def upsert(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        display_name: str | None = None,
        is_suppressed: bool | None = None,
        is_archived: bool | None = None,
        is_blocked: bool | None = None,
        suppressed_reason: str | None | NotGiven = NOT_GIVEN,
        note: str | None = None,
        groups: Sequence[int] | None = None,
        contact_tags: Sequence[str] | None = None,
        custom_fields: Sequence[CustomFieldValue | CustomFieldValueParam] | None = None,
        is_resolved: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Contact:
        """Create or update a contact

        Creates or updates the contact with this number.

        CreateContact: POST /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            first_name: First Name
            last_name: Last Name
            display_name: Full name, as the app lists it.
            is_suppressed: Their texts do not lift the conversation in the queue.
            is_archived: Archived conversations are left out of lists.
            is_blocked: Their texts are neither received nor kept.
            suppressed_reason: Null unless suppressed.
            note: Never shown to the contact.
            groups: Unknown ids are ignored.
            contact_tags: Unknown ids are ignored.
            custom_fields: Unknown ids are ignored.
            is_resolved: A new text from the contact sets it back to false.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Contact",
            self._client.request(
                _create_contact.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body={
                        "first_name": first_name,
                        "last_name": last_name,
                        "display_name": display_name,
                        "is_suppressed": is_suppressed,
                        "is_archived": is_archived,
                        "is_blocked": is_blocked,
                        "suppressed_reason": suppressed_reason,
                        "note": note,
                        "groups": groups,
                        "contact_tags": contact_tags,
                        "custom_fields": custom_fields,
                        "is_resolved": is_resolved,
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
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Delete a contact

        Deletes the contact and its messages.

        DeleteContact: DELETE /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            self._client.request(
                _delete_contact.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
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
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Contact | None:
        """Get a contact by phone number

        Returns the contact and its latest message; 204 when there is none.

        GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Contact | None",
            self._client.request(
                _get_contact_by_phone_number.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
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
        contact_phone_number: str | None = None,
        last_message_timestamp_before_utc: datetime.datetime | None = None,
        last_message_timestamp_after_utc: datetime.datetime | None = None,
        contact_created_before: datetime.datetime | None = None,
        contact_created_after: datetime.datetime | None = None,
        is_resolved: bool | None = None,
        is_blocked: bool | None = None,
        is_archived: bool | None = None,
        is_suppressed: bool | None = None,
        has_opted_out: bool | None = None,
        last_message_sent_before: datetime.datetime | None = None,
        last_message_sent_after: datetime.datetime | None = None,
        last_message_received_before: datetime.datetime | None = None,
        last_message_received_after: datetime.datetime | None = None,
        tags: str | None = None,
        groups: str | None = None,
        custom_field_id_1: str | None = None,
        custom_field_value_1: str | None = None,
        custom_field_id_2: str | None = None,
        custom_field_value_2: str | None = None,
        custom_field_id_3: str | None = None,
        custom_field_value_3: str | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> SyncPage[Contact, PageMeta]:
        """List the contacts that match a filter

        Returns the dashboard's contacts matching every filter, a page at a time.

        GetContacts: GET /dashboards/{dashboard_id}/contacts

        Args:
            dashboard_id: The dashboard (phone line).
            contact_phone_number: Phone number.
            last_message_timestamp_before_utc: Last text either way before this UTC time.
            last_message_timestamp_after_utc: Last text either way after this UTC time.
            contact_created_before: Created before this time.
            contact_created_after: Created after this time.
            is_resolved: Whether the conversation is resolved.
            is_blocked: Whether they are blocked.
            is_archived: Whether the conversation is archived.
            is_suppressed: Whether they are suppressed.
            has_opted_out: Whether they opted out of texts.
            last_message_sent_before: Last text to them before this local time.
            last_message_sent_after: Last text to them after this local time.
            last_message_received_before: Last text from them before this local time.
            last_message_received_after: Last text from them after this local time.
            tags: Comma-separated tag GUIDs.
            groups: Comma-separated group ids.
            custom_field_id_1: GUID of a custom field, for custom_field_value_1.
            custom_field_value_1: This value in custom field 1; without its id, in any custom field.
            custom_field_id_2: GUID of a custom field, for custom_field_value_2.
            custom_field_value_2: This value in custom field 2; without its id, in any custom field.
            custom_field_id_3: GUID of a custom field, for custom_field_value_3.
            custom_field_value_3: This value in custom field 3; without its id, in any custom field.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "SyncPage[Contact, PageMeta]",
            self._client.request(
                _get_contacts.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "contact_phone_number": contact_phone_number,
                        "last_message_timestamp_before_utc": last_message_timestamp_before_utc,
                        "last_message_timestamp_after_utc": last_message_timestamp_after_utc,
                        "contact_created_before": contact_created_before,
                        "contact_created_after": contact_created_after,
                        "is_resolved": is_resolved,
                        "is_blocked": is_blocked,
                        "is_archived": is_archived,
                        "is_suppressed": is_suppressed,
                        "has_opted_out": has_opted_out,
                        "last_message_sent_before": last_message_sent_before,
                        "last_message_sent_after": last_message_sent_after,
                        "last_message_received_before": last_message_received_before,
                        "last_message_received_after": last_message_received_after,
                        "tags": tags,
                        "groups": groups,
                        "custom_field_id_1": custom_field_id_1,
                        "custom_field_value_1": custom_field_value_1,
                        "custom_field_id_2": custom_field_id_2,
                        "custom_field_value_2": custom_field_value_2,
                        "custom_field_id_3": custom_field_id_3,
                        "custom_field_value_3": custom_field_value_3,
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


class AsyncContactsResource:
    """The "Contacts" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def bulk_upsert(
        self,
        dashboard_id: int,
        *,
        contacts: Sequence[BulkContactInput | BulkContactInputParam],
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> builtins.list[Contact]:
        """Create or update many contacts at once

        Creates or updates each contact, found by phone number.

        BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts

        Args:
            dashboard_id: The dashboard (phone line).
            contacts: The contacts, each found by phone number.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "builtins.list[Contact]",
            await self._client.request(
                _bulk_update_contacts.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={},
                    body=contacts,
                    timeout=timeout,
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                ),
            ),
        )

    async def upsert(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        display_name: str | None = None,
        is_suppressed: bool | None = None,
        is_archived: bool | None = None,
        is_blocked: bool | None = None,
        suppressed_reason: str | None | NotGiven = NOT_GIVEN,
        note: str | None = None,
        groups: Sequence[int] | None = None,
        contact_tags: Sequence[str] | None = None,
        custom_fields: Sequence[CustomFieldValue | CustomFieldValueParam] | None = None,
        is_resolved: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Contact:
        """Create or update a contact

        Creates or updates the contact with this number.

        CreateContact: POST /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            first_name: First Name
            last_name: Last Name
            display_name: Full name, as the app lists it.
            is_suppressed: Their texts do not lift the conversation in the queue.
            is_archived: Archived conversations are left out of lists.
            is_blocked: Their texts are neither received nor kept.
            suppressed_reason: Null unless suppressed.
            note: Never shown to the contact.
            groups: Unknown ids are ignored.
            contact_tags: Unknown ids are ignored.
            custom_fields: Unknown ids are ignored.
            is_resolved: A new text from the contact sets it back to false.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Contact",
            await self._client.request(
                _create_contact.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
                    },
                    query={},
                    body={
                        "first_name": first_name,
                        "last_name": last_name,
                        "display_name": display_name,
                        "is_suppressed": is_suppressed,
                        "is_archived": is_archived,
                        "is_blocked": is_blocked,
                        "suppressed_reason": suppressed_reason,
                        "note": note,
                        "groups": groups,
                        "contact_tags": contact_tags,
                        "custom_fields": custom_fields,
                        "is_resolved": is_resolved,
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
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> str:
        """Delete a contact

        Deletes the contact and its messages.

        DeleteContact: DELETE /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "str",
            await self._client.request(
                _delete_contact.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
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
        phone_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Contact | None:
        """Get a contact by phone number

        Returns the contact and its latest message; 204 when there is none.

        GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}

        Args:
            dashboard_id: The dashboard (phone line).
            phone_number: The contact's number, as 4239876543.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "Contact | None",
            await self._client.request(
                _get_contact_by_phone_number.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                        "phone_number": phone_number,
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
        contact_phone_number: str | None = None,
        last_message_timestamp_before_utc: datetime.datetime | None = None,
        last_message_timestamp_after_utc: datetime.datetime | None = None,
        contact_created_before: datetime.datetime | None = None,
        contact_created_after: datetime.datetime | None = None,
        is_resolved: bool | None = None,
        is_blocked: bool | None = None,
        is_archived: bool | None = None,
        is_suppressed: bool | None = None,
        has_opted_out: bool | None = None,
        last_message_sent_before: datetime.datetime | None = None,
        last_message_sent_after: datetime.datetime | None = None,
        last_message_received_before: datetime.datetime | None = None,
        last_message_received_after: datetime.datetime | None = None,
        tags: str | None = None,
        groups: str | None = None,
        custom_field_id_1: str | None = None,
        custom_field_value_1: str | None = None,
        custom_field_id_2: str | None = None,
        custom_field_value_2: str | None = None,
        custom_field_id_3: str | None = None,
        custom_field_value_3: str | None = None,
        page: int = 0,
        page_size: int = 50,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> AsyncPage[Contact, PageMeta]:
        """List the contacts that match a filter

        Returns the dashboard's contacts matching every filter, a page at a time.

        GetContacts: GET /dashboards/{dashboard_id}/contacts

        Args:
            dashboard_id: The dashboard (phone line).
            contact_phone_number: Phone number.
            last_message_timestamp_before_utc: Last text either way before this UTC time.
            last_message_timestamp_after_utc: Last text either way after this UTC time.
            contact_created_before: Created before this time.
            contact_created_after: Created after this time.
            is_resolved: Whether the conversation is resolved.
            is_blocked: Whether they are blocked.
            is_archived: Whether the conversation is archived.
            is_suppressed: Whether they are suppressed.
            has_opted_out: Whether they opted out of texts.
            last_message_sent_before: Last text to them before this local time.
            last_message_sent_after: Last text to them after this local time.
            last_message_received_before: Last text from them before this local time.
            last_message_received_after: Last text from them after this local time.
            tags: Comma-separated tag GUIDs.
            groups: Comma-separated group ids.
            custom_field_id_1: GUID of a custom field, for custom_field_value_1.
            custom_field_value_1: This value in custom field 1; without its id, in any custom field.
            custom_field_id_2: GUID of a custom field, for custom_field_value_2.
            custom_field_value_2: This value in custom field 2; without its id, in any custom field.
            custom_field_id_3: GUID of a custom field, for custom_field_value_3.
            custom_field_value_3: This value in custom field 3; without its id, in any custom field.
            page: Page number, from 0.
            page_size: Items per page, at most 1000.
            timeout: Seconds for this call, overriding the client's (None: wait forever).
            extra_headers: Headers added to this call.
            extra_query: Query parameters added to this call.
        """
        return cast(
            "AsyncPage[Contact, PageMeta]",
            await self._client.request(
                _get_contacts.ENDPOINT,
                Call(
                    path={
                        "dashboard_id": dashboard_id,
                    },
                    query={
                        "contact_phone_number": contact_phone_number,
                        "last_message_timestamp_before_utc": last_message_timestamp_before_utc,
                        "last_message_timestamp_after_utc": last_message_timestamp_after_utc,
                        "contact_created_before": contact_created_before,
                        "contact_created_after": contact_created_after,
                        "is_resolved": is_resolved,
                        "is_blocked": is_blocked,
                        "is_archived": is_archived,
                        "is_suppressed": is_suppressed,
                        "has_opted_out": has_opted_out,
                        "last_message_sent_before": last_message_sent_before,
                        "last_message_sent_after": last_message_sent_after,
                        "last_message_received_before": last_message_received_before,
                        "last_message_received_after": last_message_received_after,
                        "tags": tags,
                        "groups": groups,
                        "custom_field_id_1": custom_field_id_1,
                        "custom_field_value_1": custom_field_value_1,
                        "custom_field_id_2": custom_field_id_2,
                        "custom_field_value_2": custom_field_value_2,
                        "custom_field_id_3": custom_field_id_3,
                        "custom_field_value_3": custom_field_value_3,
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


class ContactsResourceWithRawResponse:
    """``ContactsResource`` whose methods return the ``APIResponse`` (``.parse()`` for the value)."""

    def __init__(self, resource: ContactsResource) -> None:
        self._resource = resource
        self.bulk_upsert = to_raw_response_wrapper(resource.bulk_upsert)
        self.upsert = to_raw_response_wrapper(resource.upsert)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncContactsResourceWithRawResponse:
    """``AsyncContactsResource`` whose methods return the ``APIResponse``."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self._resource = resource
        self.bulk_upsert = async_to_raw_response_wrapper(resource.bulk_upsert)
        self.upsert = async_to_raw_response_wrapper(resource.upsert)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.list = async_to_raw_response_wrapper(resource.list)


__all__ = [
    "AsyncContactsResource",
    "AsyncContactsResourceWithRawResponse",
    "ContactsResource",
    "ContactsResourceWithRawResponse",
]
