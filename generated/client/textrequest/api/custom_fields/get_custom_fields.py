"""GetCustomFields: GET /dashboards/{dashboard_id}/fields

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.custom_field import CustomField

OPERATION = "GetCustomFields"


def request(
    dashboard_id: int,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/fields".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> list[CustomField]:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomField.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise errors.error_for(OPERATION, response)
