"""Making one of a profile's calls: an operation of the model, filled with known values.

A profile names operations, never paths, so the harness follows the definition: the path
comes from the model, its ``{parameters}`` from the values known so far and the step's own.
A string written ``"{name}"`` anywhere in a step is replaced by the value called ``name``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ..load.pointer import resolve
from ..model import Definition, Operation
from ..model.profile import Step

PLACEHOLDER = re.compile(r"^\{([A-Za-z_][\w-]*)\}$")
TEMPLATE_PARAMETER = re.compile(r"\{([^}/]+)\}")


class CallError(Exception):
    """A profile's call could not be made or was not answered with success."""


def fill(value: Any, values: Mapping[str, Any]) -> Any:
    """``value`` with every ``"{name}"`` string replaced by ``values[name]`` (when known)."""
    if isinstance(value, str):
        found = PLACEHOLDER.match(value)
        return values.get(found.group(1), value) if found else value
    if isinstance(value, list):
        return [fill(item, values) for item in value]
    if isinstance(value, dict):
        return {key: fill(item, values) for key, item in value.items()}
    return value


def path_of(operation: Operation, values: Mapping[str, Any]) -> str | None:
    """The operation's path with its parameters filled in; None when one is not known."""
    names = TEMPLATE_PARAMETER.findall(operation.path)
    if any(values.get(name) is None for name in names):
        return None
    return TEMPLATE_PARAMETER.sub(
        lambda found: quote(str(values[found.group(1)]), safe=""), operation.path
    )


def call(
    api: httpx.Client, definition: Definition, step: Step, values: Mapping[str, Any]
) -> tuple[httpx.Response, dict[str, Any]]:
    """Send ``step``; its answer and the values it saves (raises CallError unless 2xx)."""
    operation = definition.operation(step.operation_id)
    known = {**values, **fill(dict(step.path), values)}
    path = None if operation is None else path_of(operation, known)
    if operation is None or path is None:
        raise CallError(f"{step.operation_id}: a path parameter has no known value")
    body = fill(step.body, values)
    kwargs: dict[str, Any] = {"params": fill(dict(step.query), values)}
    if body is not None:
        kwargs["json"] = body
    response = api.request(operation.method.upper(), path, **kwargs)
    if not response.is_success:
        raise CallError(f"{step.operation_id} answered {response.status_code}")
    return response, _saved(step, response)


def _saved(step: Step, response: httpx.Response) -> dict[str, Any]:
    if not step.save:
        return {}
    try:
        answer = response.json()
        return {name: resolve(answer, pointer) for name, pointer in step.save.items()}
    except (ValueError, KeyError, IndexError, TypeError) as error:
        raise CallError(f"{step.operation_id}: cannot read {dict(step.save)}: {error}") from None
