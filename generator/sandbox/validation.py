"""Turn a raw request into typed values, checked against the operation in the spec.

Every refusal is a :class:`BadRequest` naming the parameter (or body place) and why.
The checks themselves are the spec's schemas run by jsonschema; this module only
converts text to the declared types first and reports the first problem.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..model import Operation, Parameter
from .errors import BadRequest, UnsupportedMediaType
from .schemas import SchemaSet, SchemaWalker, error_field, error_message

SEPARATORS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}
# Far beyond any body of the API, and well within what the recursive checks can walk.
MAX_NESTING = 32
# application/json or a +json type, with no parameter but a UTF-8 charset (RFC 8259 §8.1).
JSON_TYPE = re.compile(
    r"application/([a-z0-9.-]+\+)?json\s*(;\s*charset\s*=\s*\"?utf-8\"?\s*)?",
    re.IGNORECASE | re.ASCII,
)
INTEGER = re.compile(r"[+-]?[0-9]{1,30}", re.ASCII)
NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?", re.ASCII)
# UTF-16 halves on their own: json.loads admits "\ud800", UTF-8 (and so SQLite) cannot hold it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_parameters(
    op: Operation,
    schemas: SchemaSet,
    path: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
) -> dict[str, Any]:
    """Path, query and header values by name, typed; defaults filled in."""
    declared = {p.name for p in op.parameters if p.location == "query"}
    unknown = sorted({name for name, _ in query if name not in declared})
    if unknown:
        raise BadRequest(f"{unknown[0]} is not a parameter of {op.label}", unknown[0])
    values: dict[str, Any] = {}
    for param in op.parameters:
        if param.location in ("body", "formData"):
            continue
        raw = _raw_values(param, path, query, headers)
        if not raw:
            # Required means sent: a default only tells the caller what to send.
            if param.required:
                raise BadRequest(f"{param.name} is required", param.name)
            if param.has_default:
                values[param.name] = param.default
            continue
        value = _convert(param, raw)
        error = schemas.first_error(param.pointer, param.schema, value)
        if error is not None:
            raise BadRequest(f"{param.name}: {error.message}", param.name)
        values[param.name] = value
    return values


def _raw_values(
    param: Parameter,
    path: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
) -> list[str]:
    if param.location == "path":
        return [path[param.name]] if param.name in path else []
    if param.location == "header":
        return [headers[param.name]] if param.name in headers else []
    found = [value for name, value in query if name == param.name]
    if len(found) > 1 and param.collection_format != "multi":
        raise BadRequest(f"{param.name} is given {len(found)} times; give it once", param.name)
    return found


def _convert(param: Parameter, raw: list[str]) -> Any:
    kind = param.type or "string"
    if kind != "array":
        return _scalar(param.name, kind, raw[0])
    items = param.data.get("items")
    item_type = items.get("type", "string") if isinstance(items, dict) else "string"
    parts = raw if param.collection_format == "multi" else _split(param, raw[0])
    return [_scalar(param.name, item_type, part) for part in parts]


def _split(param: Parameter, text: str) -> list[str]:
    if text == "":
        return []
    return text.split(SEPARATORS.get(param.collection_format, ","))


def _scalar(name: str, kind: str, text: str) -> Any:
    if kind == "integer":
        # ASCII digits only: int() would also read "\\uff11" (fullwidth 1) or "1_0" as numbers.
        if not INTEGER.fullmatch(text):
            raise BadRequest(f"{name} must be an integer in ASCII digits, not {text!r}", name)
        if not in_int64(int(text)):
            raise BadRequest(f"{name}: {text} is out of range", name)
        return int(text)
    if kind == "number":
        number = float(text) if NUMBER.fullmatch(text) else math.nan
        if not math.isfinite(number):
            raise BadRequest(f"{name} must be a finite number in ASCII digits, not {text!r}", name)
        return number
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise BadRequest(f"{name} must be true or false, not {text!r}", name)
        return text.lower() == "true"
    return text


def parse_body(
    op: Operation, schemas: SchemaSet, walker: SchemaWalker, raw: bytes, content_type: str | None
) -> Any:
    """The JSON body without unknown fields, validated against the operation's body schema."""
    param = op.body()
    if param is None:
        if raw.strip():
            raise BadRequest(f"{op.label} takes no request body", "body")
        return None
    if not raw.strip():
        if param.required:
            raise BadRequest("a JSON request body is required", "body")
        return None
    check_media_type(content_type)
    parsed = decode_json(raw)
    check_values(parsed)
    value = walker.known(parsed, param.schema)
    check_ranges(value)
    error = schemas.first_error(param.pointer, param.schema, value)
    if error is not None:
        place = error_field(error)
        raise BadRequest(f"{place}: {error_message(error)}", place)
    return value


def check_media_type(content_type: str | None) -> None:
    """A JSON body must say it is JSON, in UTF-8: 415 otherwise (it would be misread)."""
    if content_type is None or not JSON_TYPE.fullmatch(content_type.strip()):
        given = "no Content-Type" if content_type is None else f"Content-Type {content_type!r}"
        message = f"a JSON body needs Content-Type application/json (UTF-8), not {given}"
        raise UnsupportedMediaType(message, "body")


def decode_json(raw: bytes) -> Any:
    def refuse_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=refuse_constant)
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not UTF-8: {exc.reason}", "body") from None
    except RecursionError:
        raise BadRequest(f"the body nests deeper than {MAX_NESTING} levels", "body") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise BadRequest(f"malformed JSON at {where}: {exc.msg}", "body") from None
    except ValueError as exc:
        raise BadRequest(f"malformed JSON: {exc}", "body") from None


def check_values(value: Any) -> None:
    """Refuse a body no answer could carry back, wherever it is (known field or not):
    nesting deeper than MAX_NESTING, numbers beyond a double (``1e400`` parses as infinity,
    which JSON has no way to write) and lone surrogates (which UTF-8 cannot hold), in keys
    or values."""
    for node, place in _nodes(value):
        if isinstance(node, float) and not math.isfinite(node):
            raise BadRequest(f"{place}: the number is beyond what a double can hold", place)
        if isinstance(node, str) and LONE_SURROGATE.search(node):
            message = f"{place}: a lone UTF-16 surrogate (\\ud800-\\udfff) is not text"
            raise BadRequest(message, place)


def check_ranges(value: Any) -> None:
    """Refuse integers SQLite cannot store (int64) in the fields that will be stored."""
    for node, place in _nodes(value):
        if isinstance(node, int) and not isinstance(node, bool) and not in_int64(node):
            raise BadRequest(f"{place}: {node} is out of range", place)


def _nodes(value: Any) -> Iterator[tuple[Any, str]]:
    """Every value and object key in ``value`` with its place (a key with its object's);
    iterative, so a hostile body cannot exhaust the recursion limit here."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        node, place, level = stack.pop()
        yield node, place or "body"
        if not isinstance(node, dict | list):
            continue
        if level >= MAX_NESTING:
            raise BadRequest(f"the body nests deeper than {MAX_NESTING} levels", "body")
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(key, int):
                where = f"{place}[{key}]"
            else:
                yield key, place or "body"
                where = f"{place}.{key}" if place else key
            stack.append((child, where, level + 1))


def in_int64(number: int) -> bool:
    return -(2**63) <= number < 2**63
