"""What every conversion step shares: the source definition and the warnings so far."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..load import pointer as jp
from ..model import Definition
from .names import class_key, is_a_name


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
    """The source definition (its model resolves and lists) and what the conversion collected."""

    definition: Definition
    warnings: list[ConversionWarning] = field(default_factory=list)
    # Schemas lifted out of extensions (a trigger's inline notification payload).
    lifted_schemas: dict[str, Any] = field(default_factory=dict)
    # Component schema names the client gets instead of the definition names written.
    schema_names: dict[str, str] = field(default_factory=dict)
    # Media types of bodies the client sends or reads as raw bytes.
    raw_media_types: set[str] = field(default_factory=set)
    # The shared parameters as converted (a path template is checked against their names).
    shared_parameters: dict[str, Any] = field(default_factory=dict)

    @property
    def swagger(self) -> dict[str, Any]:
        """The document as written (an object: ``to_openapi3`` refuses anything else)."""
        return self.definition.data

    def warn(self, pointer: str, message: str) -> None:
        self.warnings.append(ConversionWarning(pointer, message))

    def definitions(self) -> dict[str, Any]:
        """The source's definitions, or none when it has no proper ``definitions`` object."""
        return self.definition.definitions

    @cached_property
    def class_keys(self) -> set[str]:
        """The class each definition becomes (its title's, or its name's), as ``class_key``.

        Read once ``schema_names`` is settled (the paths are converted after it), and kept:
        every inline body is checked against it, so recomputing it would be quadratic.
        """
        keys = set()
        for name, schema in self.definitions().items():
            title = schema.get("title") if isinstance(schema, dict) else None
            named = title if isinstance(title, str) and is_a_name(title) else name
            keys.add(class_key(self.schema_names.get(name, named)))
        return keys

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
