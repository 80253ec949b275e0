"""BulkUpdateContacts: POST /dashboards/{dashboard_id}/contacts

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.bulk_contact_input import BulkContactInput
from ...models.contact import Contact

OPERATION = "BulkUpdateContacts"


def request(
    dashboard_id: int,
    *,
    body: list[BulkContactInput],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/dashboards/{dashboard_id}/contacts".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> list[Contact]:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Contact.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_for(OPERATION, response)
