"""GetConversations: GET /dashboards/{dashboard_id}/conversations

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.conversation_page import ConversationPage
from ...types import UNSET, Unset

OPERATION = "GetConversations"


def request(
    dashboard_id: int,
    *,
    tags: str | Unset = UNSET,
    show_unresolved_only: bool | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int = 0,
    page_size: int = 50,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    params: dict[str, Any] = {}

    params["tags"] = tags

    params["show_unresolved_only"] = show_unresolved_only

    params["include_archived"] = include_archived

    params["search"] = search

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/dashboards/{dashboard_id}/conversations".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ConversationPage | None:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = ConversationPage.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None
    raise errors.error_for(OPERATION, response)
