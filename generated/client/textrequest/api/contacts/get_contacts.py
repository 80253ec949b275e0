"""GetContacts: GET /dashboards/{dashboard_id}/contacts

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.contact_page import ContactPage
from ...types import UNSET, Unset

OPERATION = "GetContacts"


def request(
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
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    params: dict[str, Any] = {}

    params["contact_phone_number"] = contact_phone_number

    json_last_message_timestamp_before_utc: str | Unset = UNSET
    if not isinstance(last_message_timestamp_before_utc, Unset):
        json_last_message_timestamp_before_utc = last_message_timestamp_before_utc.isoformat()
    params["last_message_timestamp_before_utc"] = json_last_message_timestamp_before_utc

    json_last_message_timestamp_after_utc: str | Unset = UNSET
    if not isinstance(last_message_timestamp_after_utc, Unset):
        json_last_message_timestamp_after_utc = last_message_timestamp_after_utc.isoformat()
    params["last_message_timestamp_after_utc"] = json_last_message_timestamp_after_utc

    json_contact_created_before: str | Unset = UNSET
    if not isinstance(contact_created_before, Unset):
        json_contact_created_before = contact_created_before.isoformat()
    params["contact_created_before"] = json_contact_created_before

    json_contact_created_after: str | Unset = UNSET
    if not isinstance(contact_created_after, Unset):
        json_contact_created_after = contact_created_after.isoformat()
    params["contact_created_after"] = json_contact_created_after

    params["is_resolved"] = is_resolved

    params["is_blocked"] = is_blocked

    params["is_archived"] = is_archived

    params["is_suppressed"] = is_suppressed

    params["has_opted_out"] = has_opted_out

    json_last_message_sent_before: str | Unset = UNSET
    if not isinstance(last_message_sent_before, Unset):
        json_last_message_sent_before = last_message_sent_before.isoformat()
    params["last_message_sent_before"] = json_last_message_sent_before

    json_last_message_sent_after: str | Unset = UNSET
    if not isinstance(last_message_sent_after, Unset):
        json_last_message_sent_after = last_message_sent_after.isoformat()
    params["last_message_sent_after"] = json_last_message_sent_after

    json_last_message_received_before: str | Unset = UNSET
    if not isinstance(last_message_received_before, Unset):
        json_last_message_received_before = last_message_received_before.isoformat()
    params["last_message_received_before"] = json_last_message_received_before

    json_last_message_received_after: str | Unset = UNSET
    if not isinstance(last_message_received_after, Unset):
        json_last_message_received_after = last_message_received_after.isoformat()
    params["last_message_received_after"] = json_last_message_received_after

    params["tags"] = tags

    params["groups"] = groups

    params["custom_field_id_1"] = custom_field_id_1

    params["custom_field_value_1"] = custom_field_value_1

    params["custom_field_id_2"] = custom_field_id_2

    params["custom_field_value_2"] = custom_field_value_2

    params["custom_field_id_3"] = custom_field_id_3

    params["custom_field_value_3"] = custom_field_value_3

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/contacts".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ContactPage:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
