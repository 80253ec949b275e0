"""UpdateGroup: PUT /dashboards/{dashboard_id}/groups/{group_id}

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.group import Group
from ...models.group_input import GroupInput

OPERATION = "UpdateGroup"


def request(
    dashboard_id: int,
    group_id: int,
    *,
    body: GroupInput,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/dashboards/{dashboard_id}/groups/{group_id}".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Group:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = Group.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
