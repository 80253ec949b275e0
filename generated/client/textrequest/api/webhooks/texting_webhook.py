"""TextingWebhook: POST /dashboards/{dashboard_id}/hooks

The request this operation sends, and how its answer is read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.hook import Hook
from ...models.hook_input import HookInput

OPERATION = "TextingWebhook"


def request(
    dashboard_id: int,
    *,
    body: HookInput,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` for this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/dashboards/{dashboard_id}/hooks".format(
            dashboard_id=quote(str(dashboard_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Hook:
    """The typed result of a success; the matching ``errors.ApiError`` for anything else."""
    if response.status_code == 200:
        response_200 = Hook.from_dict(response.json())

        return response_200

    raise errors.error_for(OPERATION, response)
