"""GetContactByPhoneNumber: GET /dashboards/{dashboard_id}/contacts/{phone_number}

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.contact import Contact

OPERATION = "GetContactByPhoneNumber"


def request(
    dashboard_id: int,
    phone_number: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/contacts/{phone_number}".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            phone_number=quote(str(phone_number), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Contact | None:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise errors.error_for(OPERATION, response)
