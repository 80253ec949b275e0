"""The spec constraint a request broke that the API accepted anyway, named for its owner.

schemathesis records how it made each invalid request: the mutation of a schema (its
keywords and where in the parameter's schema) or, in the coverage phase, the boundary
it crossed ("Value greater than maximum"). ``Constraints`` turns that into the keyword, its
value and the JSON pointer of the schema in the spec, e.g. ``maximum 2147483647 on
/paths/~1dashboards~1{dashboard_id}/get/parameters/0``, so the API owner knows which rule
the API does not enforce, and where the spec states it.
"""

from __future__ import annotations

import re
from typing import Any

from ..load.pointer import join, resolve
from ..model import Definition, Operation

# Coverage-phase descriptions of a crossed boundary -> the keyword crossed.
BOUNDARIES = {
    "greater than maximum": "maximum",
    "smaller than minimum": "minimum",
    "smaller than minlength": "minLength",
    "larger than maxlength": "maxLength",
    "more items than allowed by maxitems": "maxItems",
    "fewer items than allowed by minitems": "minItems",
    "fewer properties than allowed by minproperties": "minProperties",
    "more properties than allowed by maxproperties": "maxProperties",
    "unexpected properties": "additionalProperties",
    "missing": "required",
}
SCHEMA_LOCATIONS = {"path", "query", "header", "body", "formData"}


class Constraints:
    """Names the constraints behind schemathesis's negative cases, in one definition."""

    def __init__(self, definition: Definition) -> None:
        self.definition = definition

    def describe(self, case: Any) -> str | None:
        """``keyword value on pointer`` of each constraint the case broke; None if unknown."""
        operation = self._operation(case)
        meta = getattr(case, "meta", None)
        if operation is None or meta is None:
            return None
        data = meta.phase.data
        named = [
            self._named(
                operation, m.parameter, _where(m.parameter_location), m.keywords, m.schema_pointer
            )
            for m in getattr(data, "mutations", ())
        ]
        if not named and data.description:
            keyword = _boundary(data.description)
            where = _where(data.parameter_location)
            named = [
                self._named(
                    operation,
                    data.parameter,
                    where,
                    (keyword,) if keyword else (),
                    data.location or "",
                )
            ]
        found = [text for text in named if text]
        return "; ".join(dict.fromkeys(found)) or None

    def _operation(self, case: Any) -> Operation | None:
        method, path = case.operation.method.lower(), case.operation.path
        return next(
            (o for o in self.definition.operations if (o.method, o.path) == (method, path)), None
        )

    def _named(
        self,
        operation: Operation,
        name: str | None,
        location: str | None,
        keywords: tuple[str, ...],
        schema_pointer: str,
    ) -> str | None:
        parameter = next(
            (
                p
                for p in operation.parameters
                if p.location == location and (p.name == name or location == "body")
            ),
            None,
        )
        if parameter is None:
            return None
        pointer, schema = parameter.pointer, parameter.data
        if location == "body":
            pointer = join(pointer, "schema") + (schema_pointer or "")
            schema = self._schema(pointer)
        rules = [f"{k} {_value(schema, k)}" if k in schema else k for k in keywords]
        return f"{', '.join(rules) or 'a constraint'} on {pointer}"

    def _schema(self, pointer: str) -> dict[str, Any]:
        try:
            found = resolve(self.definition.data, pointer)
        except (KeyError, IndexError, TypeError, ValueError):
            return {}
        return self.definition.deref(found) if isinstance(found, dict) else {}


def _where(location: Any) -> str | None:
    value = getattr(location, "value", location)
    return value if value in SCHEMA_LOCATIONS else None


def _boundary(description: str) -> str | None:
    text = description.lower()
    return next((keyword for words, keyword in BOUNDARIES.items() if words in text), None)


def _value(schema: dict[str, Any], keyword: str) -> str:
    value = schema[keyword]
    return re.sub(r"\s+", " ", repr(value)) if not isinstance(value, int | float) else str(value)
