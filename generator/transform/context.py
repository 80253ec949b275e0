"""What every conversion step shares: the source document and the warnings so far."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..load import pointer as jp


@dataclass(frozen=True, order=True)
class ConversionWarning:
    """A construct of the Swagger source that could not be carried over as it is.

    ``pointer`` names the place in the *source* (Swagger 2.0) document, so a
    person can find it with the loader's line numbers.
    """

    pointer: str
    message: str

    def as_text(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


@dataclass
class Context:
    """The Swagger root (to resolve shared parameters) and the warnings collected."""

    swagger: dict[str, Any]
    warnings: list[ConversionWarning] = field(default_factory=list)
    # Schemas lifted out of extensions (a trigger's inline notification payload).
    lifted_schemas: dict[str, Any] = field(default_factory=dict)

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(ConversionWarning(pointer, message))

    def definitions(self) -> dict[str, Any]:
        """The source's definitions, or none when it has no proper ``definitions`` object."""
        definitions = self.swagger.get("definitions")
        return definitions if isinstance(definitions, dict) else {}

    def media_types(self, operation: dict[str, Any], key: str) -> list[str]:
        """``consumes`` or ``produces`` of the operation, else the document's, else JSON."""
        for source in (operation, self.swagger):
            value = source.get(key)
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                return list(dict.fromkeys(value))
        return ["application/json"]


def is_json(media: str) -> bool:
    """``application/json``, ``text/json``, ``application/hal+json``, with or without parameters."""
    return "json" in media.lower()


def extensions(node: dict[str, Any]) -> dict[str, Any]:
    """The ``x-`` keys of a node, copied so the output never aliases the input."""
    return {key: copy.deepcopy(value) for key, value in node.items() if key.startswith("x-")}


def one_of(value: Any, options: Any) -> bool:
    """``value in options`` for any JSON value: a list or an object is simply not one of them."""
    return isinstance(value, str) and value in options


def child(pointer: str, *tokens: str | int) -> str:
    return jp.child(pointer, *tokens)
