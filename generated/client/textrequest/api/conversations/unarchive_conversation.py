"""UnarchiveConversation: PUT /dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors

OPERATION = "UnarchiveConversation"


def request(
    dashboard_id: int,
    phone_number: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/dashboards/{dashboard_id}/contacts/{phone_number}/conversations/unarchive".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            phone_number=quote(str(phone_number), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> str:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    raise errors.error_for(OPERATION, response)
