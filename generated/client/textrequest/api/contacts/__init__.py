"""ContactsApi: the operations tagged "Contacts".

``Client.contacts`` is a ``ContactsApi``, ``AsyncClient.contacts`` an ``AsyncContactsApi``.
Each method builds its request and reads its answer with the operation's own module.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ...models.bulk_contact_input import BulkContactInput
from ...models.contact import Contact
from ...models.contact_input import ContactInput
from ...models.contact_page import ContactPage
from ...types import UNSET, Unset
from .. import aiterate_pages, iterate_pages
from . import bulk_update_contacts as _bulk_update_contacts
from . import create_contact as _create_contact
from . import delete_contact as _delete_contact
from . import get_contact_by_phone_number as _get_contact_by_phone_number
from . import get_contacts as _get_contacts

if TYPE_CHECKING:
    from ...client import AsyncClient, Client


class ContactsApi:
    """The "Contacts" operations of a ``Client``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "ContactsApi()"

    def bulk_update_contacts(
        self,
        dashboard_id: int,
        *,
        body: list[BulkContactInput],
    ) -> list[Contact]:
        """Create or update many contacts at once

            Creates or updates each contact, found by phone number.

        BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts
        """
        response = self._client.http.request(
            **_bulk_update_contacts.request(
                dashboard_id,
                body=body,
            )
        )
        return _bulk_update_contacts.parse(response)

    def create_contact(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: ContactInput,
    ) -> Contact:
        """Create or update a contact

            Creates or updates the contact with this number.

        CreateContact: POST /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = self._client.http.request(
            **_create_contact.request(
                dashboard_id,
                phone_number,
                body=body,
            )
        )
        return _create_contact.parse(response)

    def delete_contact(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Delete a contact

            Deletes the contact and its messages.

        DeleteContact: DELETE /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = self._client.http.request(
            **_delete_contact.request(
                dashboard_id,
                phone_number,
            )
        )
        return _delete_contact.parse(response)

    def get_contact_by_phone_number(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> Contact | None:
        """Get a contact by phone number

            Returns the contact and its latest message; 204 when there is none.

        GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = self._client.http.request(
            **_get_contact_by_phone_number.request(
                dashboard_id,
                phone_number,
            )
        )
        return _get_contact_by_phone_number.parse(response)

    def get_contacts(
        self,
        dashboard_id: int,
        *,
        contact_phone_number: str | Unset = UNSET,
        last_message_timestamp_before_utc: datetime.datetime | Unset = UNSET,
        last_message_timestamp_after_utc: datetime.datetime | Unset = UNSET,
        contact_created_before: datetime.datetime | Unset = UNSET,
        contact_created_after: datetime.datetime | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        is_blocked: bool | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_suppressed: bool | Unset = UNSET,
        has_opted_out: bool | Unset = UNSET,
        last_message_sent_before: datetime.datetime | Unset = UNSET,
        last_message_sent_after: datetime.datetime | Unset = UNSET,
        last_message_received_before: datetime.datetime | Unset = UNSET,
        last_message_received_after: datetime.datetime | Unset = UNSET,
        tags: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        custom_field_id_1: str | Unset = UNSET,
        custom_field_value_1: str | Unset = UNSET,
        custom_field_id_2: str | Unset = UNSET,
        custom_field_value_2: str | Unset = UNSET,
        custom_field_id_3: str | Unset = UNSET,
        custom_field_value_3: str | Unset = UNSET,
        page: int = 0,
        page_size: int = 50,
    ) -> ContactPage:
        """List the contacts that match a filter

            Returns the dashboard's contacts matching every filter, a page at a time.

        GetContacts: GET /dashboards/{dashboard_id}/contacts
        """
        response = self._client.http.request(
            **_get_contacts.request(
                dashboard_id,
                contact_phone_number=contact_phone_number,
                last_message_timestamp_before_utc=last_message_timestamp_before_utc,
                last_message_timestamp_after_utc=last_message_timestamp_after_utc,
                contact_created_before=contact_created_before,
                contact_created_after=contact_created_after,
                is_resolved=is_resolved,
                is_blocked=is_blocked,
                is_archived=is_archived,
                is_suppressed=is_suppressed,
                has_opted_out=has_opted_out,
                last_message_sent_before=last_message_sent_before,
                last_message_sent_after=last_message_sent_after,
                last_message_received_before=last_message_received_before,
                last_message_received_after=last_message_received_after,
                tags=tags,
                groups=groups,
                custom_field_id_1=custom_field_id_1,
                custom_field_value_1=custom_field_value_1,
                custom_field_id_2=custom_field_id_2,
                custom_field_value_2=custom_field_value_2,
                custom_field_id_3=custom_field_id_3,
                custom_field_value_3=custom_field_value_3,
                page=page,
                page_size=page_size,
            )
        )
        return _get_contacts.parse(response)

    def iter_get_contacts(
        self,
        dashboard_id: int,
        *,
        contact_phone_number: str | Unset = UNSET,
        last_message_timestamp_before_utc: datetime.datetime | Unset = UNSET,
        last_message_timestamp_after_utc: datetime.datetime | Unset = UNSET,
        contact_created_before: datetime.datetime | Unset = UNSET,
        contact_created_after: datetime.datetime | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        is_blocked: bool | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_suppressed: bool | Unset = UNSET,
        has_opted_out: bool | Unset = UNSET,
        last_message_sent_before: datetime.datetime | Unset = UNSET,
        last_message_sent_after: datetime.datetime | Unset = UNSET,
        last_message_received_before: datetime.datetime | Unset = UNSET,
        last_message_received_after: datetime.datetime | Unset = UNSET,
        tags: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        custom_field_id_1: str | Unset = UNSET,
        custom_field_value_1: str | Unset = UNSET,
        custom_field_id_2: str | Unset = UNSET,
        custom_field_value_2: str | Unset = UNSET,
        custom_field_id_3: str | Unset = UNSET,
        custom_field_value_3: str | Unset = UNSET,
        page_size: int = 50,
    ) -> Iterator[Contact]:
        """Every item of ``get_contacts``, page after page, each page fetched when needed."""
        return iterate_pages(
            lambda page: self.get_contacts(
                dashboard_id,
                contact_phone_number=contact_phone_number,
                last_message_timestamp_before_utc=last_message_timestamp_before_utc,
                last_message_timestamp_after_utc=last_message_timestamp_after_utc,
                contact_created_before=contact_created_before,
                contact_created_after=contact_created_after,
                is_resolved=is_resolved,
                is_blocked=is_blocked,
                is_archived=is_archived,
                is_suppressed=is_suppressed,
                has_opted_out=has_opted_out,
                last_message_sent_before=last_message_sent_before,
                last_message_sent_after=last_message_sent_after,
                last_message_received_before=last_message_received_before,
                last_message_received_after=last_message_received_after,
                tags=tags,
                groups=groups,
                custom_field_id_1=custom_field_id_1,
                custom_field_value_1=custom_field_value_1,
                custom_field_id_2=custom_field_id_2,
                custom_field_value_2=custom_field_value_2,
                custom_field_id_3=custom_field_id_3,
                custom_field_value_3=custom_field_value_3,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )


class AsyncContactsApi:
    """The "Contacts" operations of an ``AsyncClient``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return "AsyncContactsApi()"

    async def bulk_update_contacts(
        self,
        dashboard_id: int,
        *,
        body: list[BulkContactInput],
    ) -> list[Contact]:
        """Create or update many contacts at once

            Creates or updates each contact, found by phone number.

        BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts
        """
        response = await self._client.http.request(
            **_bulk_update_contacts.request(
                dashboard_id,
                body=body,
            )
        )
        return _bulk_update_contacts.parse(response)

    async def create_contact(
        self,
        dashboard_id: int,
        phone_number: str,
        *,
        body: ContactInput,
    ) -> Contact:
        """Create or update a contact

            Creates or updates the contact with this number.

        CreateContact: POST /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = await self._client.http.request(
            **_create_contact.request(
                dashboard_id,
                phone_number,
                body=body,
            )
        )
        return _create_contact.parse(response)

    async def delete_contact(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> str:
        """Delete a contact

            Deletes the contact and its messages.

        DeleteContact: DELETE /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = await self._client.http.request(
            **_delete_contact.request(
                dashboard_id,
                phone_number,
            )
        )
        return _delete_contact.parse(response)

    async def get_contact_by_phone_number(
        self,
        dashboard_id: int,
        phone_number: str,
    ) -> Contact | None:
        """Get a contact by phone number

            Returns the contact and its latest message; 204 when there is none.

        GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}
        """
        response = await self._client.http.request(
            **_get_contact_by_phone_number.request(
                dashboard_id,
                phone_number,
            )
        )
        return _get_contact_by_phone_number.parse(response)

    async def get_contacts(
        self,
        dashboard_id: int,
        *,
        contact_phone_number: str | Unset = UNSET,
        last_message_timestamp_before_utc: datetime.datetime | Unset = UNSET,
        last_message_timestamp_after_utc: datetime.datetime | Unset = UNSET,
        contact_created_before: datetime.datetime | Unset = UNSET,
        contact_created_after: datetime.datetime | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        is_blocked: bool | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_suppressed: bool | Unset = UNSET,
        has_opted_out: bool | Unset = UNSET,
        last_message_sent_before: datetime.datetime | Unset = UNSET,
        last_message_sent_after: datetime.datetime | Unset = UNSET,
        last_message_received_before: datetime.datetime | Unset = UNSET,
        last_message_received_after: datetime.datetime | Unset = UNSET,
        tags: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        custom_field_id_1: str | Unset = UNSET,
        custom_field_value_1: str | Unset = UNSET,
        custom_field_id_2: str | Unset = UNSET,
        custom_field_value_2: str | Unset = UNSET,
        custom_field_id_3: str | Unset = UNSET,
        custom_field_value_3: str | Unset = UNSET,
        page: int = 0,
        page_size: int = 50,
    ) -> ContactPage:
        """List the contacts that match a filter

            Returns the dashboard's contacts matching every filter, a page at a time.

        GetContacts: GET /dashboards/{dashboard_id}/contacts
        """
        response = await self._client.http.request(
            **_get_contacts.request(
                dashboard_id,
                contact_phone_number=contact_phone_number,
                last_message_timestamp_before_utc=last_message_timestamp_before_utc,
                last_message_timestamp_after_utc=last_message_timestamp_after_utc,
                contact_created_before=contact_created_before,
                contact_created_after=contact_created_after,
                is_resolved=is_resolved,
                is_blocked=is_blocked,
                is_archived=is_archived,
                is_suppressed=is_suppressed,
                has_opted_out=has_opted_out,
                last_message_sent_before=last_message_sent_before,
                last_message_sent_after=last_message_sent_after,
                last_message_received_before=last_message_received_before,
                last_message_received_after=last_message_received_after,
                tags=tags,
                groups=groups,
                custom_field_id_1=custom_field_id_1,
                custom_field_value_1=custom_field_value_1,
                custom_field_id_2=custom_field_id_2,
                custom_field_value_2=custom_field_value_2,
                custom_field_id_3=custom_field_id_3,
                custom_field_value_3=custom_field_value_3,
                page=page,
                page_size=page_size,
            )
        )
        return _get_contacts.parse(response)

    def iter_get_contacts(
        self,
        dashboard_id: int,
        *,
        contact_phone_number: str | Unset = UNSET,
        last_message_timestamp_before_utc: datetime.datetime | Unset = UNSET,
        last_message_timestamp_after_utc: datetime.datetime | Unset = UNSET,
        contact_created_before: datetime.datetime | Unset = UNSET,
        contact_created_after: datetime.datetime | Unset = UNSET,
        is_resolved: bool | Unset = UNSET,
        is_blocked: bool | Unset = UNSET,
        is_archived: bool | Unset = UNSET,
        is_suppressed: bool | Unset = UNSET,
        has_opted_out: bool | Unset = UNSET,
        last_message_sent_before: datetime.datetime | Unset = UNSET,
        last_message_sent_after: datetime.datetime | Unset = UNSET,
        last_message_received_before: datetime.datetime | Unset = UNSET,
        last_message_received_after: datetime.datetime | Unset = UNSET,
        tags: str | Unset = UNSET,
        groups: str | Unset = UNSET,
        custom_field_id_1: str | Unset = UNSET,
        custom_field_value_1: str | Unset = UNSET,
        custom_field_id_2: str | Unset = UNSET,
        custom_field_value_2: str | Unset = UNSET,
        custom_field_id_3: str | Unset = UNSET,
        custom_field_value_3: str | Unset = UNSET,
        page_size: int = 50,
    ) -> AsyncIterator[Contact]:
        """Every item of ``get_contacts``, page after page, each page fetched when needed."""
        return aiterate_pages(
            lambda page: self.get_contacts(
                dashboard_id,
                contact_phone_number=contact_phone_number,
                last_message_timestamp_before_utc=last_message_timestamp_before_utc,
                last_message_timestamp_after_utc=last_message_timestamp_after_utc,
                contact_created_before=contact_created_before,
                contact_created_after=contact_created_after,
                is_resolved=is_resolved,
                is_blocked=is_blocked,
                is_archived=is_archived,
                is_suppressed=is_suppressed,
                has_opted_out=has_opted_out,
                last_message_sent_before=last_message_sent_before,
                last_message_sent_after=last_message_sent_after,
                last_message_received_before=last_message_received_before,
                last_message_received_after=last_message_received_after,
                tags=tags,
                groups=groups,
                custom_field_id_1=custom_field_id_1,
                custom_field_value_1=custom_field_value_1,
                custom_field_id_2=custom_field_id_2,
                custom_field_value_2=custom_field_value_2,
                custom_field_id_3=custom_field_id_3,
                custom_field_value_3=custom_field_value_3,
                page=page,
                page_size=page_size,
            ),
            first_page=0,
            page_size=page_size,
        )


__all__ = ["AsyncContactsApi", "ContactsApi"]
