"""Read a connector definition (JSON or YAML) into data that remembers its source."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from .lenient import JsonProblem, Repair, repair_json
from .limits import LimitExceeded, check_data_limits, check_node_limits
from .positions import Position, source_positions

LENIENT_HINT = "fix the JSON at that place; or pass --lenient to repair it, with a warning"
# Byte-order marks of encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML as a Swagger document means it: keys are strings, dates stay text.

    Built on libyaml where it is installed: the pure-Python parser takes
    ten times as long on the spec. The composed document is measured before it is
    built, so an alias bomb is refused before anything expands it.
    """

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        check_node_limits(node)
        return self.construct_document(node)


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    return {
        str(loader.construct_object(key)): loader.construct_object(value, deep=True)
        for key, value in node.value
    }


_SpecLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


@dataclass
class Document:
    """A parsed definition with the text it came from.

    ``data`` keeps the source's key order. ``position(pointer)`` answers with
    the nearest enclosing value that has a known place.
    """

    path: Path
    text: str
    data: Any
    format: str  # "json" or "yaml"
    repairs: list[Repair] = field(default_factory=list)

    @cached_property
    def _positions(self) -> dict[str, Position]:
        return source_positions(self.text)

    def position(self, pointer: str) -> Position | None:
        while True:
            if pointer in self._positions:
                return self._positions[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]

    def line_of(self, pointer: str) -> int | None:
        place = self.position(pointer)
        return place[0] if place else None


def load_document(path: Path | str, *, lenient: bool = False) -> Document:
    """Parse ``path``; raise :class:`InputError` with line and column when it is not usable."""
    path = Path(path)
    return parse_document(_read_bytes(path), path=path, lenient=lenient)


def parse_document(raw: bytes, *, path: Path, lenient: bool = False) -> Document:
    """Parse definition bytes that came from ``path`` (a file, or a label such as ``REF:file``)."""
    text, repairs = _decode(raw, path, lenient=lenient)
    if _is_json(path, text):
        if lenient:
            text, mended = _repaired(path, text)
            repairs += mended
        data, kind = _parse_json(path, text), "json"
        _check_json_limits(path, text, data)
    else:
        data, kind = _parse_yaml(path, text), "yaml"
    if not isinstance(data, dict):
        raise InputError(
            path,
            f"the document is a {type(data).__name__}, not an object",
            hint="a Swagger 2.0 definition is one object with 'swagger', 'info' and 'paths'",
            line=1,
            column=1,
        )
    return Document(path=path, text=text, data=data, format=kind, repairs=repairs)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder", hint="name the definition file inside it") from None
    except PermissionError:
        raise InputError(
            path, "cannot be read (permission denied)", hint=f"make it readable: chmod u+r {path}"
        ) from None
    except OSError as error:
        raise InputError(
            path, f"cannot be read ({error.strerror})", hint="check the path"
        ) from None


def _decode(raw: bytes, path: Path, *, lenient: bool) -> tuple[str, list[Repair]]:
    """UTF-8, with or without its byte-order mark; UTF-16 or UTF-32 only when lenient."""
    for bom, encoding in FOREIGN_BOMS:
        if raw.startswith(bom):
            return _decode_foreign(raw[len(bom) :], encoding, path, lenient=lenient)
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        if lenient:  # a published file with one Windows-1252 byte (merged Yelp)
            text = raw.decode("utf-8-sig", errors="replace")
            note = f"not UTF-8 ({error.reason}): read with U+FFFD; save the file as UTF-8"
            return text, [Repair(line, column, note)]
        raise InputError(
            path,
            f"not UTF-8 text ({error.reason})",
            hint="save the file as UTF-8",
            line=line,
            column=column,
        ) from None


def _decode_foreign(
    raw: bytes, encoding: str, path: Path, *, lenient: bool
) -> tuple[str, list[Repair]]:
    name = encoding.upper()[:6]
    if not lenient:
        raise InputError(
            path,
            f"{name} text (the file starts with a {name} byte-order mark)",
            hint="save the file as UTF-8; or pass --lenient to read it as it is, with a warning",
            line=1,
            column=1,
        )
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"not {name} text after its byte-order mark ({error.reason})",
            hint="save the file as UTF-8",
        ) from None
    return text, [Repair(1, 1, f"read as {name} (its byte-order mark); save it as UTF-8")]


def _repaired(path: Path, text: str) -> tuple[str, list[Repair]]:
    try:
        return repair_json(text)
    except JsonProblem as problem:
        raise InputError(
            path, problem.message, hint=problem.hint, line=problem.line, column=problem.column
        ) from None


def _is_json(path: Path, text: str) -> bool:
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() in (".yaml", ".yml"):
        return False
    return text.lstrip().startswith("{")


def _parse_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = error.msg
        if message.startswith("Unexpected UTF-8 BOM"):
            message = "a second byte-order mark"
        raise InputError(
            path, message, hint=_strict_hint(text), line=error.lineno, column=error.colno
        ) from None
    except RecursionError:
        raise InputError(
            path, "brackets nested too deeply to read", hint="check the brackets", line=1, column=1
        ) from None


def _check_json_limits(path: Path, text: str, data: Any) -> None:
    try:
        check_data_limits(data)
    except LimitExceeded as too_far:
        document = Document(path=path, text=text, data=data, format="json")
        position = None if too_far.too_big_to_place else document.position(too_far.pointer)
        raise _limit_error(path, too_far, position) from None


def _limit_error(
    path: Path, too_far: LimitExceeded, position: Position | None = None
) -> InputError:
    line, column = position or (too_far.line, too_far.column)
    return InputError(
        path,
        f"{too_far.message} (at {too_far.pointer or 'the top'})",
        hint="a connector definition is far smaller and shallower than this; "
        "write shared parts once under 'definitions' and refer to them with $ref",
        line=line,
        column=column,
    )


def _strict_hint(text: str) -> str:
    """Whether ``--lenient`` would mend the text, and if not, the first place it could not."""
    try:
        repair_json(text)
    except JsonProblem as problem:
        return (
            f"fix the JSON at that place (--lenient cannot repair it: at {problem.line}:"
            f"{problem.column}, {problem.message}; {problem.hint})"
        )
    except RecursionError:
        return "fix the JSON at that place"
    return LENIENT_HINT


def _parse_yaml(path: Path, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_SpecLoader)  # a SafeLoader subclass: no arbitrary objects
    except LimitExceeded as too_far:
        raise _limit_error(path, too_far) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise InputError(
            path,
            f"invalid YAML: {error.problem or error.context}",
            hint="check the indentation and quoting at that place",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as error:
        raise InputError(path, f"invalid YAML: {error}", hint="check the file") from None
