"""GetDashboards: GET /dashboards

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any

import httpx

from ... import errors
from ...models.dashboard_page import DashboardPage
from ...types import UNSET

OPERATION = "GetDashboards"


def request(
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
        "url": "/dashboards",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> DashboardPage:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = DashboardPage.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
