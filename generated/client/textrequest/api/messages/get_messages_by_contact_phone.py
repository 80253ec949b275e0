"""GetMessagesByContactPhone: GET /dashboards/{dashboard_id}/contacts/{phone_number}/messages

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.message_page import MessagePage
from ...types import UNSET

OPERATION = "GetMessagesByContactPhone"


def request(
    dashboard_id: int,
    phone_number: str,
    *,
    page: int = 0,
    page_size: int = 50,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/contacts/{phone_number}/messages".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            phone_number=quote(str(phone_number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> MessagePage | None:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = MessagePage.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise errors.error_for(OPERATION, response)
