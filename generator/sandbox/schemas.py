"""JSON Schema over the spec's Swagger 2.0 schemas: validators, errors, and answer shaping.

Swagger 2.0 schemas are draft-4 plus ``x-nullable``; we translate ``x-nullable`` into
draft-4 (``"null"`` added to the type) once. Fields a request schema does not list are
dropped before validation (see :meth:`SchemaWalker.known`), as the API ignores them.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from jsonschema import Draft4Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError, best_match

from ..model import Definition
from .patterns import pattern_keyword

INT_RANGES = {"int32": 2**31, "int64": 2**63}
# An absolute URI (RFC 3986): a scheme, a colon, then only the characters a URI may hold,
# percent signs starting an escape. jsonschema checks "uri" only with an optional package.
ABSOLUTE_URI = re.compile(
    r"[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9._~!$&'()*+,;=:@/?#\[\]-]|%[0-9A-Fa-f]{2})*"
)


def _format_checker() -> FormatChecker:
    checker = copy.deepcopy(Draft4Validator.FORMAT_CHECKER)
    for name, bound in INT_RANGES.items():
        checker.checks(name)(
            lambda value, bound=bound: not isinstance(value, int) or -bound <= value < bound
        )
    checker.checks("uri")(
        lambda value: not isinstance(value, str) or ABSOLUTE_URI.fullmatch(value) is not None
    )
    return checker


FORMATS = _format_checker()
# Draft 4 with ``pattern`` as JSON Schema means it (see :mod:`sandbox.patterns`).
SpecValidator = validators.extend(Draft4Validator, {"pattern": pattern_keyword})


def with_nulls(schema: Any) -> Any:
    """A copy of ``schema`` where every ``x-nullable: true`` also admits JSON null."""
    if isinstance(schema, list):
        return [with_nulls(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: with_nulls(value) for key, value in schema.items()}
    if not schema.get("x-nullable"):
        return out
    if "$ref" in out:
        return {"anyOf": [{"$ref": out["$ref"]}, {"type": "null"}]}
    if isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if "enum" in out:
        out["enum"] = [*out["enum"], None]
    return out


class SchemaSet:
    """Validators for schema fragments of one spec, with its ``definitions`` reachable.

    Each validator is built once and kept under the pointer of the fragment's place in the
    document (the model hands out a fresh JSON Schema per call for a simple parameter).
    """

    def __init__(self, definitions: dict[str, Any]) -> None:
        self.definitions = with_nulls(definitions)
        self._cache: dict[str, Any] = {}

    def validator(self, pointer: str, fragment: dict[str, Any]) -> Any:
        if pointer not in self._cache:
            root = {"allOf": [with_nulls(fragment)], "definitions": self.definitions}
            self._cache[pointer] = SpecValidator(root, format_checker=FORMATS)
        return self._cache[pointer]

    def first_error(
        self, pointer: str, fragment: dict[str, Any], value: Any
    ) -> ValidationError | None:
        return best_match(self.validator(pointer, fragment).iter_errors(value))


def error_field(error: ValidationError, prefix: str = "") -> str:
    """Where the error is, as ``custom_fields[0].id``; names the missing or unknown key."""
    tokens: list[Any] = list(error.absolute_path)
    extra = _named_key(error)
    if extra is not None:
        tokens.append(extra)
    text = prefix
    for token in tokens:
        text += f"[{token}]" if isinstance(token, int) else (f".{token}" if text else str(token))
    return text or "body"


def _named_key(error: ValidationError) -> str | None:
    if error.validator == "required":
        found = re.match(r"'(.+)' is a required property", error.message)
        return found.group(1) if found else None
    if error.validator == "additionalProperties":
        found = re.search(r"\('(.+?)'", error.message)
        return found.group(1) if found else None
    return None


def error_message(error: ValidationError) -> str:
    if error.validator == "additionalProperties":
        return "is not a field of this object"
    if error.validator == "required":
        return "is required"
    return error.message


class SchemaWalker:
    """Walks a value along its schema, following ``$ref`` and merging ``allOf`` members.

    Handlers build complete records with ``None`` for unknown values; :meth:`shape`
    drops the ``None`` values the schema does not allow (no ``x-nullable``), so whether a
    field is answered ``null`` or left out is the spec's choice, made in one place.
    """

    def __init__(self, definition: Definition) -> None:
        self.definition = definition

    def shape(self, value: Any, schema: dict[str, Any] | None) -> Any:
        schema = self._resolve(schema)
        if schema is None:
            return value
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.shape(item, schema["items"]) for item in value]
        if isinstance(value, dict):
            properties = self._properties(schema)
            out = {}
            for key, item in value.items():
                sub = properties.get(key)
                if item is None and sub is not None and not self._nullable(sub):
                    continue
                out[key] = self.shape(item, sub)
            return out
        return value

    def known(self, value: Any, schema: dict[str, Any] | None) -> Any:
        """``value`` without the keys that an object schema listing properties lacks.

        The API ignores fields it does not know, as JSON binding usually does; the schemas
        allow them (no ``additionalProperties: false``), so the sandbox drops them unread.
        """
        schema = self._resolve(schema)
        if schema is None:
            return value
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.known(item, schema["items"]) for item in value]
        if isinstance(value, dict):
            properties = self._properties(schema)
            closed = bool(properties) and "additionalProperties" not in schema
            return {
                key: self.known(item, properties.get(key))
                for key, item in value.items()
                if not closed or key in properties
            }
        return value

    def _resolve(self, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        """``schema`` with its ``$ref`` chain followed by the model; None on a dead end."""
        if schema is None or "$ref" not in schema:
            return schema
        return self.definition.deref(schema) or None

    def _properties(self, schema: dict[str, Any]) -> dict[str, Any]:
        properties = dict(schema.get("properties", {}))
        for member in schema.get("allOf", []):
            properties.update(self._properties(self._resolve(member) or {}))
        return properties

    def _nullable(self, schema: dict[str, Any]) -> bool:
        if schema.get("x-nullable"):
            return True
        return bool((self._resolve(schema) or {}).get("x-nullable"))
