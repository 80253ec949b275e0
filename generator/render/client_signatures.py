"""What each client method looks like: its name, arguments, types and answer.

openapi-python-client parses the spec into properties; this turns them into
the signatures of the resource methods (path parameters positional in path
order; query parameters and the body's fields keyword-only) and the fields
of the models, typed the way a caller writes them: a nested input is the
model or a dict (its ``...Param`` TypedDict), an enum input its member or the
plain string (a ``Literal``). Facts the properties do not carry (a required
parameter that is internal with a default, filled in and never asked for; a
read-only body field, never sent) come from the definition (``client_wire``).
The templates reach it as ``runtime.methods``.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import Body, BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    ConstProperty,
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    FileProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    LiteralEnumProperty,
    ModelProperty,
    NoneProperty,
    Property,
    StringProperty,
    UnionProperty,
    UuidProperty,
)
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.responses import Response

from ..model import Definition
from ..model.values import as_dict
from .client_settings import ClientSettings
from .client_wire import WireFacts, find_wire
from .escape import py_literal

SCALARS: dict[type[Any], str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    DateTimeProperty: "datetime.datetime",
    DateProperty: "datetime.date",
    UuidProperty: "uuid.UUID",
    FileProperty: "FileContent",
    AnyProperty: "Any",
}
PATH_NAME = re.compile(r"\{([^}]+)\}")
RESERVED_KEYWORDS = frozenset({"timeout", "extra_headers", "extra_query", "self"})


@dataclass
class Types:
    """A type walk's result: the annotation, and the models it names (for imports).

    ``docs`` holds the spec's words for each argument (by JSON name; the body under "").
    """

    docs: dict[str, str] = field(default_factory=dict)
    refs: dict[str, set[str]] = field(default_factory=dict)  # module -> the names it gives

    def ref(self, module: Any, *names: str) -> None:
        self.refs.setdefault(str(module), set()).update(names)

    def of(self, prop: PropertyProtocol, *, inp: bool, seq: str = "list") -> str:
        if isinstance(prop, UnionProperty):
            parts = [self.of(p, inp=inp, seq=seq) for p in prop.inner_properties]
            return union(parts)
        if isinstance(prop, NoneProperty):
            return "None"
        if isinstance(prop, ListProperty):
            return f"{'Sequence' if inp else seq}[{self.of(prop.inner_property, inp=inp)}]"
        if isinstance(prop, ModelProperty):
            if not is_structured(prop):
                return "dict[str, Any]"
            name = str(prop.class_info.name)
            self.ref(prop.class_info.module_name, name, name + "Param")
            return f"{name} | {name}Param" if inp else name
        if isinstance(prop, EnumProperty | LiteralEnumProperty):
            self.ref(prop.class_info.module_name, str(prop.class_info.name))
            values = prop.values.values() if isinstance(prop, EnumProperty) else prop.values
            literal = ", ".join(json.dumps(v) for v in sorted(values, key=str))
            return f"{prop.class_info.name} | Literal[{literal}]" if inp else prop.class_info.name
        if isinstance(prop, ConstProperty):
            return f"Literal[{prop.value.python_code}]"
        return SCALARS.get(type(prop), "Any")


def union(parts: list[str]) -> str:
    """``a | b | None``: each member once, ``None`` last."""
    members = [m for part in parts for m in part.split(" | ")]
    unique = list(dict.fromkeys(m for m in members if m != "None"))
    return " | ".join(unique + (["None"] if "None" in members else []))


def is_structured(prop: ModelProperty) -> bool:
    """A model with named fields; a free-form object reads and writes as a plain dict.

    A model met inside another (a list's items) may be a copy whose fields the
    generator has not filled in yet: its schema tells.
    """
    if prop.required_properties is None and prop.optional_properties is None:
        return bool(prop.data.properties or prop.data.allOf)
    return bool((prop.required_properties or []) + (prop.optional_properties or []))


def nullable(prop: PropertyProtocol) -> bool:
    return isinstance(prop, UnionProperty) and any(
        isinstance(p, NoneProperty) for p in prop.inner_properties
    )


def text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value or "")


@dataclass(frozen=True)
class Argument:
    """One argument of a method: where it goes, under which JSON name, typed how."""

    python: str
    key: str
    annotation: str
    default: str | None  # None: required
    description: str
    location: str  # path, query or body

    @property
    def declaration(self) -> str:
        tail = f" = {self.default}" if self.default is not None else ""
        return f"{self.python}: {self.annotation}{tail}"


@dataclass
class MethodInfo:
    """A resource method; ``body`` is "fields" (an object's fields as keywords), "whole" or ""."""

    name: str
    operation: str
    summary: str
    description: str
    positional: list[Argument]
    keywords: list[Argument]
    wire: str  # the endpoint's ``Wire(...)`` as Python source; "" for none
    body: str
    body_keyword: str
    body_type: str  # how the body is sent: json, data (a form), files (multipart), content
    media_type: str
    returns: str
    cast: str
    paged: bool
    nullable: list[str]
    refs: dict[str, set[str]]

    def located(self, location: str) -> list[Argument]:
        return [a for a in self.positional + self.keywords if a.location == location]


def find_methods(
    data: GeneratorData, definition: Definition, settings: ClientSettings, operation_id: Any
) -> dict[str, MethodInfo]:
    """Every endpoint's method, by the generator's endpoint name."""
    found = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            op_id = operation_id(endpoint)
            mapped = settings.methods.get(op_id)
            path_names = {text(p.name): str(p.python_name) for p in endpoint.path_parameters}
            found[str(endpoint.name)] = _method(
                endpoint,
                op_id,
                mapped.name if mapped else str(endpoint.name),
                mapped.body if mapped and mapped.body else "body",
                find_wire(definition, op_id, path_names),
                _docs(definition, op_id),
                settings,
            )
    return found


def _method(
    endpoint: Endpoint,
    op_id: str,
    name: str,
    body_keyword: str,
    wire: WireFacts,
    docs: dict[str, str],
    settings: ClientSettings,
) -> MethodInfo:
    types = Types(docs)
    order = PATH_NAME.findall(text(endpoint.path))
    path = sorted(endpoint.path_parameters, key=lambda p: _index(order, p.python_name))
    positional = [
        _argument(p, "path", types) for p in path if not wire.is_fixed("path", p.python_name)
    ]
    query = [
        _argument(p, location, types)
        for location, listed in (
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for p in listed
        if not wire.is_fixed(location, text(p.name))
    ]
    taken = {a.python for a in positional + query} | RESERVED_KEYWORDS
    body, fields = _body(endpoint, body_keyword, wire, taken, types)
    keywords = sorted(query + fields, key=lambda a: a.default is not None)
    returns, cast = _answer(endpoint, types, settings)
    sent = _sent_body(endpoint)
    return MethodInfo(
        name=name,
        operation=op_id,
        summary=text(endpoint.summary),
        description=text(endpoint.description),
        positional=positional,
        keywords=keywords,
        wire=wire.literal,
        body=body,
        body_keyword=body_keyword,
        body_type=str(sent.body_type) if sent else "json",
        media_type=text(sent.content_type) if sent else "application/json",
        returns=returns,
        cast=cast,
        paged=returns.startswith("SyncPage["),
        nullable=sorted(a.key for a in keywords if a.default == "NOT_GIVEN"),
        refs=types.refs,
    )


def _index(order: list[str], python_name: str) -> int:
    """Where a parameter sits in the path (the generator writes python names there)."""
    return order.index(python_name) if python_name in order else len(order)


def _argument(prop: Any, location: str, types: Types) -> Argument:
    annotation = types.of(prop, inp=True)
    literal = _literal_default(prop)
    if prop.required and literal is not None and location != "path":
        default = literal  # required by the server, but with a value it documents
    elif prop.required or location == "path":
        default = None
    elif nullable(prop):
        annotation, default = f"{annotation} | NotGiven", "NOT_GIVEN"
    else:
        annotation, default = union([annotation, "None"]), "None"
    return Argument(
        python=str(prop.python_name),
        key=text(prop.name),
        annotation=annotation,
        default=default,
        description=types.docs.get("" if location == "whole" else text(prop.name))
        or " ".join(text(getattr(prop, "description", "")).split()),
        location="body" if location == "whole" else location,
    )


def _literal_default(prop: Any) -> str | None:
    """The default of a scalar parameter as Python source; None when it has none."""
    value = getattr(prop, "default", None)
    if value is None or not isinstance(
        prop, StringProperty | IntProperty | FloatProperty | BooleanProperty
    ):
        return None
    code = str(value.python_code.as_unembedded_code())
    # The generator writes a float as str() does: ``inf`` for "Infinity", not a literal.
    return py_literal(float(code)) if isinstance(prop, FloatProperty) else code


def _body(
    endpoint: Endpoint, keyword: str, wire: WireFacts, taken: set[str], types: Types
) -> tuple[str, list[Argument]]:
    """How the body is asked for: its fields as keywords (but the filled-in and read-only
    ones), one keyword, or not at all."""
    sent = _sent_body(endpoint)
    if sent is None:
        return "", []
    prop = sent.prop
    if isinstance(prop, ModelProperty) and is_structured(prop):
        fields = [
            _argument(p, "body", types)
            for p in _fields(prop)
            if not wire.is_fixed("body", text(p.name)) and not wire.is_read_only(text(p.name))
        ]
        if not {a.python for a in fields} & taken:
            return "fields", fields
    whole = _argument(prop, "whole", types)
    return (
        "whole",
        [Argument(keyword, "", whole.annotation, whole.default, whole.description, "body")],
    )


def _sent_body(endpoint: Endpoint) -> Body | None:
    """The one body the method sends: the JSON one where an operation accepts several."""
    json = [body for body in endpoint.bodies if body.body_type == BodyType.JSON]
    return next(iter(json or endpoint.bodies), None)


def _docs(definition: Definition, op_id: str) -> dict[str, str]:
    """The spec's description (else its summary) of each parameter and body field."""
    operation = definition.operation(op_id)
    if operation is None:
        return {}
    found = {p.name: p.description or p.summary for p in operation.parameters}
    body = operation.body()
    if body is not None:
        found[""] = body.description or body.summary
        schema = definition.deref(body.schema)
        for name, value in as_dict(schema.get("properties")).items():
            node = definition.deref(value)
            found[str(name)] = str(node.get("description") or node.get("x-ms-summary") or "")
    return {k: " ".join(v.split()) for k, v in found.items() if v}


def _answer(endpoint: Endpoint, types: Types, settings: ClientSettings) -> tuple[str, str]:
    """The return annotation and the runtime type the answer is read as."""
    props = [r.prop for r in success_responses(endpoint) if r.source["return_type"] != "None"]
    if not props:
        return "None", "None"
    page = _page(props[0], settings) if _takes_page(endpoint, settings) else None
    if page is not None:
        item, meta = page
        return f"SyncPage[{types.of(item, inp=False)}, {types.of(meta, inp=False)}]", _cast(
            props[0], types
        )
    annotation = union([types.of(p, inp=False, seq="builtins.list") for p in props])
    # A documented success without a body (a 204, say) answers None: the caller tests it.
    if any(r.source["return_type"] == "None" for r in success_responses(endpoint)):
        annotation = union([annotation, "None"])
    return annotation, _cast(props[0], types)


def _cast(prop: PropertyProtocol, types: Types) -> str:
    """The answer's type as a runtime expression (``list[Contact]``, ``Contact``, ``str``)."""
    return types.of(prop, inp=False, seq="list").split(" | ")[0]


def _takes_page(endpoint: Endpoint, settings: ClientSettings) -> bool:
    names = {text(p.name) for p in endpoint.query_parameters}
    return endpoint.method == "get" and settings.pagination.page in names


def _page(prop: PropertyProtocol, settings: ClientSettings) -> tuple[Any, Any] | None:
    names = settings.pagination
    if not isinstance(prop, ModelProperty):
        return None
    fields = {text(p.name): p for p in _fields(prop)}
    items, meta = fields.get(names.items), fields.get(names.meta)
    if isinstance(items, ListProperty) and isinstance(meta, ModelProperty):
        return items.inner_property, meta
    return None


def success_responses(endpoint: Endpoint) -> list[Response]:
    """The 2xx responses; the default one when no 2xx is documented."""
    found = [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range is not None
        and 200 <= response.status_code.range[0] <= response.status_code.range[1] <= 299
    ]
    if not found and endpoint.responses.default is not None:
        found = [endpoint.responses.default]
    return found


@dataclass(frozen=True)
class ModelField:
    python: str
    key: str
    output: str  # the dataclass annotation
    param: str  # the TypedDict annotation
    required: bool
    description: str

    @property
    def identifier(self) -> bool:
        # ASCII: Python folds other identifiers (NFKC), and the key must stay the JSON name.
        return self.key.isascii() and self.key.isidentifier() and not keyword.iskeyword(self.key)


def import_lines(refs: dict[str, set[str]], prefix: str, skip: str = "") -> list[str]:
    """``from <prefix>.module import A, B`` for each module named (but ``skip``)."""
    return [
        f"from {prefix}.{module} import {', '.join(sorted(names))}"
        for module, names in sorted(refs.items())
        if module != skip
    ]


def model_fields(model: ModelProperty) -> tuple[list[ModelField], dict[str, set[str]]]:
    """A model's fields, required first (what the API always sends is not optional)."""
    types = Types()
    fields = []
    for prop in _fields(model):
        output = types.of(prop, inp=False)
        fields.append(
            ModelField(
                python=str(prop.python_name),
                key=text(prop.name),
                output=output if prop.required else union([output, "None"]),
                param=types.of(prop, inp=True),
                required=bool(prop.required),
                description=_field_doc(model, prop),
            )
        )
    return fields, types.refs


def _field_doc(model: ModelProperty, prop: Any) -> str:
    """A field's description, else its ``x-ms-summary``, else nothing."""
    described = text(getattr(prop, "description", ""))
    if not described:
        schemas = {text(k): v for k, v in (model.data.properties or {}).items()}
        schema = schemas.get(text(prop.name))
        extra = getattr(schema, "model_extra", None) or {}
        described = str(extra.get("x-ms-summary") or "")
    return " ".join(described.split())


def _fields(model: ModelProperty) -> list[Property]:
    """A model's properties, required first (the generator leaves both None until it parses)."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]
