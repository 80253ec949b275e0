"""Real ids for path parameters, so schema-valid requests reach resources that exist.

Without them almost every generated request names a dashboard that does not exist and
is answered "not found", which tests little. Before the run the harness lists what the
account has (safe GETs, through the guard on a live API) and, on the sandbox only,
creates one of each resource that is missing. The spec's sample values (``x-example``)
of these path parameters are then pointed at those resources (``point_examples``):
schemathesis builds its example and coverage cases from the samples, and still generates
other values, valid and invalid, as usual. Deletes keep the spec's samples and are
exercised for real by the stateful phase (create, then delete), so the run does not
delete the very resources the other operations use.
"""

from __future__ import annotations

from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..load.operations import HTTP_METHODS


@dataclass(frozen=True)
class Resource:
    """A kind of resource under a dashboard: the path parameter that names one, where the
    list of them is, which field of a listed item is the id, and how the sandbox makes one."""

    parameter: str
    listing: str
    id_field: str
    create_path: str
    create_body: dict[str, Any]


RESOURCES = (
    Resource("group_id", "groups", "id", "groups", {"name": "Contract test group"}),
    Resource(
        "payment_id",
        "payments",
        "payment_id",
        "payments",
        {"customer_phone": "4235550142", "amount_requested": 12.5, "description": "Contract"},
    ),
    Resource(
        "phone_number", "contacts", "phone_number", "contacts/4235550142", {"first_name": "Ada"}
    ),
)
NEW_DASHBOARD = {"name": "Contract test", "phone": "4235550100"}
PAGE = {"page": 0, "page_size": 20}


@dataclass
class KnownIds:
    """An existing resource per path parameter name, e.g. ``{"dashboard_id": 7}``; the
    group, payment and contact all belong to that dashboard."""

    values: dict[str, Any] = field(default_factory=dict)


def discover(base_url: str, headers: Mapping[str, str], *, create: bool) -> KnownIds:
    """List the account's resources; with ``create``, make one of each that is missing."""
    known = KnownIds()
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=30) as api:
        dashboards = _ids(api, "/dashboards", "id")
        if not dashboards and create:
            dashboards = [_create(api, "/dashboards", NEW_DASHBOARD, "id")]
        if not dashboards:
            return known
        known.values["dashboard_id"] = dashboards[0]
        root = f"/dashboards/{dashboards[0]}"
        for kind in RESOURCES:
            ids = _ids(api, f"{root}/{kind.listing}", kind.id_field)
            if not ids and create:
                ids = [_create(api, f"{root}/{kind.create_path}", kind.create_body, kind.id_field)]
            if ids:
                known.values[kind.parameter] = ids[0]
    return known


def _ids(api: httpx.Client, path: str, key: str) -> list[Any]:
    response = api.get(path, params=PAGE)
    if response.status_code != 200:
        return []
    items = response.json().get("items") or []
    return [item[key] for item in items if isinstance(item, dict) and item.get(key) is not None]


def _create(api: httpx.Client, path: str, body: dict[str, Any], key: str) -> Any:
    response = api.post(path, json=body)
    response.raise_for_status()
    return response.json()[key]


def point_examples(spec: Mapping[str, Any], known: KnownIds) -> dict[str, Any]:
    """A copy of ``spec`` whose path parameters' ``x-example`` name the known resources.

    schemathesis builds its example and coverage cases from these samples; pointing them
    at resources that exist makes schema-valid requests succeed. DELETE operations keep the
    spec's own samples, so no run deletes the resources the others rely on (and a live run
    that allows a delete never aims it at a real resource).
    """
    copy = deepcopy(dict(spec))
    shared = copy.get("parameters", {})
    for item in copy.get("paths", {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS and method != "delete" and isinstance(operation, dict):
                operation["parameters"] = _pointed(
                    [*item.get("parameters", []), *operation.get("parameters", [])], shared, known
                )
    return copy


def _pointed(parameters: list[Any], shared: Mapping[str, Any], known: KnownIds) -> list[Any]:
    result: dict[tuple[str, str], Any] = {}
    for parameter in parameters:
        ref = parameter.get("$ref", "") if isinstance(parameter, dict) else ""
        resolved = shared.get(ref.rsplit("/", 1)[-1], parameter) if ref else parameter
        key = (resolved.get("in", ""), resolved.get("name", ""))
        value = known.values.get(key[1]) if key[0] == "path" else None
        result[key] = parameter if value is None else {**resolved, "x-example": value}
    return list(result.values())
