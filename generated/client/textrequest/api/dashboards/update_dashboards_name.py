"""UpdateDashboardsName: PUT /dashboards/{dashboard_id}

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.dashboard import Dashboard
from ...models.dashboard_name_input import DashboardNameInput

OPERATION = "UpdateDashboardsName"


def request(
    dashboard_id: int,
    *,
    body: DashboardNameInput,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/dashboards/{dashboard_id}".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Dashboard:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
