"""Models: typed views of the API's JSON in, and any natural input turned into JSON out.

Generated models are keyword-only dataclasses over ``BaseModel``. What the
API always sends is a plain field; everything else is ``X | None = None``.
Reading an answer is driven by the dataclass annotations, compiled once per
class, so that the generated code stays declarations only; a required field
that is missing raises ``ResponseValidationError`` naming the operation and
the field, never a bare ``KeyError``. Inputs may be models, plain dicts
(typed by the ``...Param`` TypedDicts), enum members or their strings.
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, ClassVar, TypeVar

from ._exceptions import ResponseValidationError
from ._types import NotGiven

M = TypeVar("M", bound="BaseModel")
Convert = Callable[[Any, str], Any]  # (JSON value, operation) -> Python value


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    key: str
    required: bool
    nullable: bool
    convert: Convert


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    """How to read one model: its fields, and their JSON names (to find the extra ones)."""

    fields: tuple[_Field, ...]
    keys: frozenset[str]


_PLANS: dict[type[Any], _Plan] = {}
_CONVERTERS: dict[Any, Convert] = {}


class BaseModel:
    """The base of every generated model; ``JSON_NAMES`` maps python names that differ."""

    JSON_NAMES: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any], *, operation: str = "") -> M:
        """The model of a JSON object; ``operation`` names the call in errors."""
        values: dict[str, Any] = {}
        plan = _plan(cls)
        for field in plan.fields:
            value = data.get(field.key)
            if value is None and not (field.nullable and field.key in data):
                if field.required:
                    raise _missing(cls, field, operation, data)
                continue
            values[field.name] = (
                value if field.convert is _same else field.convert(value, operation)
            )
        model = cls(**values)
        if len(data) > len(values):  # only then can the answer hold fields the spec does not name
            model.__dict__["_extra"] = {k: v for k, v in data.items() if k not in plan.keys}
        return model

    @property
    def model_extra(self) -> dict[str, Any]:
        """The answer's fields the spec does not name, kept as sent (a newer API's)."""
        extra: dict[str, Any] = self.__dict__.get("_extra", {})
        return extra

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the fields that are set (``None`` is left out), extras first."""
        names = type(self).JSON_NAMES
        return {
            **self.model_extra,
            **{
                names.get(f.name, f.name): to_json(value, f.name)
                for f in dataclasses.fields(self)  # type: ignore[arg-type]
                if (value := getattr(self, f.name)) is not None
            },
        }

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{f.name}={value!r}"
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
            if (value := getattr(self, f.name)) is not None
        )
        return f"{type(self).__name__}({shown})"


def to_json(value: Any, where: str) -> Any:
    """``value`` as JSON; ``where`` (the parameter) names it when it cannot be sent."""
    if value is None or isinstance(value, str | int | float | bool):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{where}: a naive datetime is ambiguous; give it a timezone, "
                "e.g. datetime.now(timezone.utc) or dt.replace(tzinfo=...)"
            )
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {
            str(k): to_json(v, f"{where}.{k}")
            for k, v in value.items()
            if not isinstance(v, NotGiven)
        }
    if isinstance(value, Sequence):
        return [to_json(item, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{where}: cannot send a {type(value).__name__} as JSON")


def compact(values: Mapping[str, Any], nullable: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The arguments to send, as JSON: left-out ones (None, or NOT_GIVEN when null counts) go."""
    return {
        key: to_json(value, key)
        for key, value in values.items()
        if not isinstance(value, NotGiven) and (value is not None or key in nullable)
    }


def parse(hint: Any, data: Any, operation: str) -> Any:
    """A JSON answer as ``hint`` (a model, ``list[Model]``, a scalar type) says."""
    convert = _CONVERTERS.get(hint)
    if convert is None:
        convert = _CONVERTERS[hint] = _converter(hint)
    try:
        return convert(data, operation)
    except TypeError as error:  # an array where the spec promises an object, say
        raise ResponseValidationError(f"{operation}: the answer does not fit: {error}") from None


def _plan(cls: type[Any]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        fields = tuple(_compile(cls))
        plan = _PLANS[cls] = _Plan(fields, frozenset(field.key for field in fields))
    return plan


def _compile(cls: type[Any]) -> typing.Iterator[_Field]:
    namespace = _namespace(cls)
    names = cls.JSON_NAMES
    for f in dataclasses.fields(cls):
        hint = eval(f.type, namespace) if isinstance(f.type, str) else f.type
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        nullable = type(None) in typing.get_args(hint)
        yield _Field(f.name, names.get(f.name, f.name), required, nullable, _converter(hint))


def _namespace(cls: type[Any]) -> dict[str, Any]:
    """The model's module and its package (every model there) resolve its annotations."""
    module = sys.modules[cls.__module__]
    package = sys.modules.get(cls.__module__.rpartition(".")[0])
    return {**(vars(package) if package else {}), **vars(module)}


def _missing(
    cls: type[Any], field: _Field, operation: str, data: Mapping[str, Any]
) -> ResponseValidationError:
    state = "null" if field.key in data else "missing"
    where = f"{operation}: " if operation else ""
    return ResponseValidationError(
        f"{where}the answer's {cls.__name__}.{field.key} is {state}, but the API always sends it"
    )


def _same(value: Any, operation: str) -> Any:
    return value


def _converter(hint: Any) -> Convert:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return _union([a for a in args if a is not type(None)])
    if origin in (list, Sequence) and args:
        return _list(_converter(args[0]))
    if origin in (dict, Mapping) and len(args) == 2:
        return _dict(_converter(args[1]))
    if not isinstance(hint, type):
        return _same
    if issubclass(hint, BaseModel):
        return _model(hint)
    if issubclass(hint, enum.Enum):
        return _enum(hint)
    if hint is datetime:
        return _scalar(datetime.fromisoformat)
    if hint is date:
        return _scalar(date.fromisoformat)
    if hint is float:
        return _float
    return _same


def _union(options: list[Any]) -> Convert:
    converters = [_converter(option) for option in options]
    if len(converters) == 1:
        only = converters[0]
        return lambda value, op: None if value is None else only(value, op)

    def first_fitting(value: Any, operation: str) -> Any:
        for convert in converters:
            try:
                return convert(value, operation)
            except (TypeError, ValueError, ResponseValidationError):
                continue
        return value

    return first_fitting


def _list(item: Convert) -> Convert:
    return lambda value, op: [item(v, op) for v in value] if isinstance(value, list) else value


def _dict(item: Convert) -> Convert:
    return lambda value, op: (
        {k: item(v, op) for k, v in value.items()} if isinstance(value, dict) else value
    )


def _model(cls: type[BaseModel]) -> Convert:
    def convert(value: Any, operation: str) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"{cls.__name__} expects an object")
        return cls.from_dict(value, operation=operation)

    return convert


def _enum(cls: type[enum.Enum]) -> Convert:
    """A member when the value is known; the plain value otherwise, so new values never break."""

    def convert(value: Any, operation: str) -> Any:
        try:
            return cls(value)
        except ValueError:
            return value

    return convert


def _scalar(parse_text: Callable[[str], Any]) -> Convert:
    def convert(value: Any, operation: str) -> Any:
        if not isinstance(value, str):
            raise TypeError("a date or time is a string")
        try:
            return parse_text(value)
        except ValueError:  # kept as sent rather than failing the whole answer
            return value

    return convert


def _float(value: Any, operation: str) -> Any:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value
