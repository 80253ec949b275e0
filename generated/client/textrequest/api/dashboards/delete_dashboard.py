"""DeleteDashboard: DELETE /dashboards/{dashboard_id}

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors

OPERATION = "DeleteDashboard"


def request(
    dashboard_id: int,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/dashboards/{dashboard_id}".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> str | None:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

    if response.status_code == 204:
        return None
    raise errors.error_for(OPERATION, response)
