"""Reading careless JSON: a value of the wrong type reads as empty, never as an error."""

from __future__ import annotations

from typing import Any


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def is_internal(node: dict[str, Any]) -> bool:
    """Hidden from makers: Power Platform fills it in (``x-ms-visibility: internal``)."""
    return node.get("x-ms-visibility") == "internal"
