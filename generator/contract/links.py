"""The sequences the stateful phase walks: the profile's ``links``, added as ``x-links``.

schemathesis follows OpenAPI links (``x-links`` in Swagger 2.0) from one response to the
next request. The profile's links (list, then use; create, then read, change and delete
that very resource) are added to the harness's in-memory copy of the spec, beside any the
spec declares itself. schemathesis's own link inference is switched off (see ``settings``)
because it also links every listing to every delete: the run would delete the resources
all other operations are being tested on. With no profile, no link is added.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ..load.pointer import resolve
from ..model import Definition
from ..model.profile import Profile

SUCCESS = "200"


def with_links(definition: Definition, profile: Profile, data: Any = None) -> dict[str, Any]:
    """A copy of ``data`` (the definition's document by default) with the profile's links
    added as ``x-links`` on each source's 200 response."""
    copy = deepcopy(definition.data if data is None else data)
    for operation in definition.operations:
        targets = profile.links.get(operation.id or "")
        response = resolve(copy, operation.pointer).get("responses", {}).get(SUCCESS)
        if not targets or not isinstance(response, dict) or "$ref" in response:
            continue
        existing = response.setdefault("x-links", {})
        for target, parameters in targets.items():
            if definition.operation(target) is not None:
                existing.setdefault(
                    f"{target}From{operation.id}",
                    {"operationId": target, "parameters": dict(parameters)},
                )
    return copy
