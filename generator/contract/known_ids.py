"""Real ids for path parameters, so schema-valid requests reach resources that exist.

Without them almost every generated request names a resource that does not exist and is
answered "not found", which tests little. Before the run the harness lists what the
account has (the profile's ``resources``: safe GETs, through the guard on a live API) and,
on a local target only, creates one of each resource that is missing. The spec's sample
values (``x-example``) of these path parameters are then pointed at those resources
(``point_examples``): schemathesis builds its example and coverage cases from the samples,
and still generates other values, valid and invalid, as usual. Deletes keep the spec's
samples and are exercised for real by the stateful phase (create, then delete), so the run
does not delete the very resources the other operations use.
"""

from __future__ import annotations

from collections.abc import Mapping
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..load.pointer import resolve
from ..model import Definition
from ..model.definition import SAFE_METHODS
from ..model.profile import Profile, Resource
from .calls import CallError, call, path_of


@dataclass
class KnownIds:
    """An existing resource per path parameter name, e.g. ``{"dashboard_id": 7}``; each was
    found under the ones before it (the group and contact of that dashboard)."""

    values: dict[str, Any] = field(default_factory=dict)


def discover(
    definition: Definition,
    profile: Profile,
    base_url: str,
    headers: Mapping[str, str],
    *,
    create: bool,
) -> KnownIds:
    """List the account's resources; with ``create``, make one of each that is missing."""
    known = KnownIds()
    with httpx.Client(base_url=base_url, headers=dict(headers), timeout=30) as api:
        for resource in profile.resources:
            ids = _listed(api, definition, resource, known.values)
            if not ids and create and resource.create is not None:
                ids = _created(api, definition, resource, known.values)
            if ids:
                known.values[resource.parameter] = ids[0]
    return known


def _listed(
    api: httpx.Client, definition: Definition, resource: Resource, values: Mapping[str, Any]
) -> list[Any]:
    operation = definition.operation(resource.listing.operation_id)
    path = None if operation is None else path_of(operation, values)
    if path is None:
        return []
    response = api.get(path, params=dict(resource.listing.query))
    if response.status_code != 200:
        return []
    try:
        items = resolve(response.json(), resource.items)
    except (ValueError, KeyError, IndexError, TypeError):
        return []
    if not isinstance(items, list):
        return []
    key = resource.id_field
    return [item[key] for item in items if isinstance(item, dict) and item.get(key) is not None]


def _created(
    api: httpx.Client, definition: Definition, resource: Resource, values: Mapping[str, Any]
) -> list[Any]:
    assert resource.create is not None
    try:
        response, _ = call(api, definition, resource.create, values)
        made = response.json().get(resource.id_field)
    except (CallError, ValueError, AttributeError):
        return []
    return [] if made is None else [made]


def point_examples(
    definition: Definition, known: KnownIds, own: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """A copy of the document whose path parameters' ``x-example`` name the known resources.

    schemathesis builds its example and coverage cases from these samples; pointing them
    at resources that exist makes schema-valid requests succeed. The writes of a live run
    are pointed at what the run made itself (``own``, by parameter) instead of the
    account's resources. DELETE operations keep the spec's own samples, so no run deletes
    the resources the others rely on (and a live run never aims one at a real resource).
    """
    copy = deepcopy(definition.data)
    for operation in definition.operations:
        if operation.method == "delete":
            continue
        values = (
            known.values if operation.method in SAFE_METHODS else {**known.values, **(own or {})}
        )
        written = resolve(copy, operation.pointer)
        written["parameters"] = [
            {**parameter.data, "x-example": values[parameter.name]}
            if parameter.location == "path" and parameter.name in values
            else resolve(copy, parameter.pointer)
            for parameter in operation.parameters
        ]
    return copy
