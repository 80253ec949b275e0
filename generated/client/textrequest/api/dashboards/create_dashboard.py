"""CreateDashboard: POST /dashboards

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ...models.dashboard import Dashboard
from ...models.dashboard_input import DashboardInput

OPERATION = "CreateDashboard"


def request(
    *,
    body: DashboardInput,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/dashboards",
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
