"""What the client templates need that openapi-python-client does not give them.

Parsing stays here, rendering in the templates: from the parsed API (the
generator's ``GeneratorData``) and the converted document this works out,
once, which operations are lists (and of what), which schemas are webhook
payloads, how the credential is sent, the base URL and the types each method returns.
The templates reach it as the global ``runtime``.
"""

from __future__ import annotations

import pprint
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project, strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import (
    IntProperty,
    ListProperty,
    ModelProperty,
    Property,
)
from openapi_python_client.parser.properties.protocol import PropertyProtocol

from ..load import pointer as jp
from ..transform.paths import ConvertedOperation
from .client_package import ConnectionKeyword
from .client_report import ClientWarning
from .client_settings import ClientSettings, Pagination, RateLimit, Retry
from .client_signatures import (
    MethodInfo,
    ModelField,
    import_lines,
    model_fields,
    success_responses,
)

LITERAL_WIDTH = 90
CREDENTIAL_KEYWORDS = {
    "header": frozenset({"api_key"}),
    "query": frozenset({"api_key"}),
    "bearer": frozenset({"access_token"}),
    "basic": frozenset({"username", "password"}),
}
# What the payload check looks at, besides properties and items: see models_init.py.jinja.
CHECKED_KEYS = ("type", "nullable", "required")


@dataclass(frozen=True)
class PageInfo:
    """A list operation: the python names of its page parameters, and its item type."""

    page: str
    page_size: str
    first_page: int
    item_type: str
    imports: frozenset[str]


@dataclass(frozen=True)
class Notification:
    """A trigger's payload: the model it becomes and the schema it is checked against."""

    operation: str
    function: str
    constant: str
    class_name: str
    schema_literal: str


@dataclass
class Runtime:
    """The ``runtime`` template global."""

    title: str
    default_base_url: str
    auth: Auth
    api_key_env: str
    env_prefix: str
    settings: ClientSettings
    operation_ids: dict[str, str]
    tag_titles: dict[str, str]
    pagination: dict[str, PageInfo] = field(default_factory=dict)
    notifications: list[Notification] = field(default_factory=list)
    methods: dict[str, MethodInfo] = field(default_factory=dict)
    # The connection's parameters as constructor keywords, its parameter sets' names, and
    # whether the connector has policies to apply (see client_package.py).
    connection: list[ConnectionKeyword] = field(default_factory=list)
    parameter_sets: list[str] = field(default_factory=list)
    has_policies: bool = False

    @property
    def credential_keywords(self) -> frozenset[str]:
        """The constructor's credential keywords, by how the credential is sent."""
        return CREDENTIAL_KEYWORDS.get(self.auth.kind, frozenset())

    @property
    def connection_set_annotation(self) -> str:
        """``Literal['a', 'b']``: each set's name as a Python literal (repr), never raw text."""
        return f"Literal[{', '.join(repr(name) for name in self.parameter_sets)}]"

    @property
    def needs_literal(self) -> bool:
        return bool(self.parameter_sets) or any(
            k.annotation != "str" for k in self.connection_keywords
        )

    @property
    def connection_keywords(self) -> list[ConnectionKeyword]:
        """The connection parameters that are keywords of their own (not the credential)."""
        return [k for k in self.connection if k.keyword not in self.credential_keywords]

    @property
    def api_key_header(self) -> str:
        return self.auth.name if self.auth.kind == "header" else ""

    @property
    def retry(self) -> Retry:
        return self.settings.retry

    @property
    def rate_limit(self) -> RateLimit:
        return self.settings.rate_limit

    @property
    def page(self) -> Pagination:
        return self.settings.pagination

    @property
    def timeout(self) -> float:
        return self.settings.timeout

    @property
    def error_root(self) -> str:
        """The root of the errors under the API's name: ``Text Request`` -> ``TextRequestError``."""
        name = strings.pascal_case(re.sub(r"[^0-9A-Za-z]+", " ", self.title)).replace(" ", "")
        return f"{name}Error" if name.isidentifier() and name[0].isalpha() else "ServiceError"

    def resource_class(self, tag: str) -> str:
        """``contacts`` -> ``ContactsResource``: the suffix keeps it apart from the models."""
        return strings.pascal_case(str(tag)) + "Resource"

    def tag_title(self, tag: str) -> str:
        return self.tag_titles.get(str(tag), str(tag))

    def operation_id(self, endpoint: Endpoint) -> str:
        return self.operation_ids.get(str(endpoint.name), str(endpoint.name))

    def operation_label(self, endpoint: Endpoint) -> str:
        path = text(endpoint.path)
        return f"{self.operation_id(endpoint)}: {endpoint.method.upper()} {path}"

    def method(self, endpoint: Endpoint) -> MethodInfo:
        return self.methods[str(endpoint.name)]

    def model_fields(self, model: ModelProperty) -> tuple[list[ModelField], list[str]]:
        """A model's fields, and the imports of the other models its annotations name."""
        fields, refs = model_fields(model)
        return fields, import_lines(refs, "", skip=str(model.class_info.module_name))

    def resource_table(self, collections: dict[Any, EndpointCollection]) -> list[tuple[str, str]]:
        """Each resource and its ``method: OperationId`` list, for the README."""
        rows = []
        for tag in sorted(collections, key=str):
            methods = sorted((self.method(e) for e in collections[tag].endpoints), key=_name)
            if methods:
                rows.append((str(tag), ", ".join(f"`{m.name}`: {m.operation}" for m in methods)))
        return rows

    def endpoint_imports(self, endpoint: Endpoint) -> list[str]:
        """Every import the operation's module may need; ruff drops those it does not use."""
        return [*TYPING_IMPORTS, *import_lines(self.method(endpoint).refs, "...models")]

    def resource_imports(self, endpoints: list[Endpoint]) -> list[str]:
        """The imports the methods of ``endpoints`` need, and no others.

        A resource module is a package's ``__init__``, where ruff does not
        remove an unused import by itself; so each line is cut to the names
        that the signatures use.
        """
        refs: dict[str, set[str]] = {}
        used: set[str] = set()
        for endpoint in endpoints:
            method = self.method(endpoint)
            for module, names in method.refs.items():
                refs.setdefault(module, set()).update(names)
            for code in [a.annotation for a in method.positional + method.keywords]:
                used |= _names(code)
            used |= _names(method.returns) | _names(method.returns.replace("Sync", "Async"))
        lines = [*TYPING_IMPORTS, *import_lines(refs, "...models")]
        return [line for line in (_only(line, used) for line in lines) if line]


# What an annotation may need besides models; each kept only when a signature uses it.
TYPING_IMPORTS = (
    "import builtins",
    "import datetime",
    "import uuid",
    "from collections.abc import Sequence",
    "from typing import Any, Literal",
    "from ..._pagination import AsyncPage, SyncPage",
    "from ..._types import FileContent",
)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _names(code: str) -> set[str]:
    return set(IDENTIFIER.findall(code))


def _only(line: str, used: set[str]) -> str | None:
    """An import line cut to the names in ``used``; None when it imports none of them."""
    if not line.startswith("from "):  # ``import datetime``
        return line if line.split()[-1] in used else None
    module, names = line[len("from ") :].split(" import ", 1)
    kept = [name.strip() for name in names.split(",") if name.strip() in used]
    return f"from {module} import {', '.join(kept)}" if kept else None


def _imports(prop: PropertyProtocol) -> set[str]:
    return prop.get_imports(prefix="...") | prop.get_lazy_imports(prefix="...")


def text(value: Any) -> str:
    """The plain text of the generator's UntrustedString, or str() of anything else."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter()) if getter else str(value)


def base_url(document: dict[str, Any]) -> str:
    servers = document.get("servers") or [{"url": "/"}]
    return str(servers[0].get("url", "/"))


@dataclass(frozen=True)
class Auth:
    """How the client sends its credential.

    ``kind`` is ``header`` or ``query`` (an API key, ``name`` being the header or query
    parameter), ``bearer`` (an OAuth2 access token: the client runs no OAuth flow, the caller
    brings the token), ``basic`` (username and password), or empty: nothing is sent.
    """

    kind: str = ""
    name: str = ""


def auth(
    document: dict[str, Any],
    warnings: list[ClientWarning],
    policy_headers: frozenset[str] = frozenset(),
) -> Auth:
    """The credential of the first alternative of ``security`` the client can send.

    An alternative is one scheme or several required together; the client sends one
    credential, so it takes the first alternative made of one scheme it knows. With no
    ``security`` at all (or an empty list, which Power Platform definitions write although
    the connection still authenticates) every scheme is an alternative. Every scheme left
    out is a warning: a maintainer must not believe the client applies it.
    """
    schemes = document.get("components", {}).get("securitySchemes", {})
    chosen, chosen_name = Auth(), ""
    together: list[list[str]] = []
    for names in _alternatives(document, schemes):
        if len(names) > 1:
            together.append(names)
        elif not chosen.kind and (found := _auth_of(schemes[names[0]])).kind:
            chosen, chosen_name = found, names[0]
    for names in together:
        warnings.append(
            ClientWarning(
                jp.join("security"),
                f"the schemes {', '.join(names)} required together are not applied by the "
                "client; it sends one credential only: pass the others in default_headers=",
            )
        )
    for name, scheme in schemes.items():
        if name == chosen_name or _policy_sets(scheme, policy_headers):
            continue
        message = f"{_label(scheme)} is not applied by the client"
        if chosen.kind:
            message += f"; it sends {_label(schemes[chosen_name])} only"
        else:
            message += "; pass the credential in default_headers= (or extra_headers= per call)"
        warnings.append(ClientWarning(jp.join("securityDefinitions", name), message))
    return chosen


def _policy_sets(scheme: dict[str, Any], policy_headers: frozenset[str]) -> bool:
    """An API key header that a setheader policy of the connector sends anyway."""
    header = scheme.get("name")
    in_header = scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    return in_header and isinstance(header, str) and header.lower() in policy_headers


def _alternatives(document: dict[str, Any], schemes: dict[str, Any]) -> list[list[str]]:
    """The scheme names of each alternative of ``security`` that names only known schemes."""
    required = [r for r in document.get("security") or [] if r]
    if not required:
        return [[name] for name in schemes]
    return [list(r) for r in required if all(name in schemes for name in r)]


def _auth_of(scheme: dict[str, Any]) -> Auth:
    kind = scheme.get("type")
    if kind == "apiKey" and scheme.get("in") in ("header", "query") and scheme.get("name"):
        return Auth(str(scheme["in"]), str(scheme["name"]))
    if kind == "oauth2":
        return Auth("bearer")
    if kind == "http" and scheme.get("scheme") == "basic":
        return Auth("basic")
    return Auth()


def _label(scheme: dict[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "apiKey":
        return f"the API key in {scheme.get('in')} '{scheme.get('name')}'"
    if kind == "http":
        return f"{scheme.get('scheme')} authentication"
    return f"{kind} authentication"


def operation_ids(operations: list[ConvertedOperation], prefix: str) -> dict[str, str]:
    """The generator's function name of each operation -> its (unique) operationId."""
    return {
        str(strings.PythonIdentifier(op.operation_id, prefix=prefix)): op.operation_id
        for op in operations
    }


def tag_titles(operations: list[ConvertedOperation]) -> dict[str, str]:
    """The generator's module name of each tag -> the tag as written."""
    return {
        str(strings.PythonIdentifier(tag, prefix="tag")): tag
        for op in operations
        for tag in op.source.tags or ["default"]
    }


def find_pagination(
    data: GeneratorData, settings: ClientSettings, warnings: list[ClientWarning]
) -> dict[str, PageInfo]:
    """Every operation taking the page parameters and answering a page of items."""
    found: dict[str, PageInfo] = {}
    names = settings.pagination
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            params = {text(p.name): p for p in endpoint.query_parameters}
            if names.page not in params or names.page_size not in params:
                continue
            item = _page_item(endpoint, settings)
            if item is None:
                warnings.append(
                    ClientWarning(
                        _operation_pointer(endpoint),
                        f"takes '{names.page}' and '{names.page_size}' but does not answer "
                        f"{{{names.meta}: {{{names.total}}}, {names.items}: [...]}}; no iterator",
                    )
                )
                continue
            found[str(endpoint.name)] = PageInfo(
                page=params[names.page].python_name,
                page_size=params[names.page_size].python_name,
                first_page=names.first_page,
                item_type=str(item.get_type_string().as_unembedded_code()),
                imports=frozenset(_imports(item)),
            )
    return found


def _page_item(endpoint: Endpoint, settings: ClientSettings) -> PropertyProtocol | None:
    names = settings.pagination
    models = [r.prop for r in success_responses(endpoint) if isinstance(r.prop, ModelProperty)]
    if endpoint.method != "get" or len(models) != 1:
        return None
    items = _property(models[0], names.items)
    meta = _property(models[0], names.meta)
    if not isinstance(items, ListProperty) or not isinstance(meta, ModelProperty):
        return None
    if not isinstance(_property(meta, names.total), IntProperty):
        return None
    return items.inner_property


def _property(model: ModelProperty, name: str) -> Property | None:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if text(prop.name) == name:
            return prop
    return None


def _operation_pointer(endpoint: Endpoint) -> str:
    return jp.join("paths", _source_path(endpoint), endpoint.method)


def _source_path(endpoint: Endpoint) -> str:
    """The generator renames path parameters to python names; the source names are kept."""
    path = text(endpoint.path)
    for param in endpoint.path_parameters:
        path = path.replace("{" + param.python_name + "}", "{" + text(param.name) + "}")
    return path


def find_notifications(
    data: GeneratorData,
    document: dict[str, Any],
    notifications: dict[str, str],
    warnings: list[ClientWarning],
) -> list[Notification]:
    """One parser per trigger whose payload schema became a model."""
    # A component schema's model is named by its reference path.
    classes = {
        text(model.name).removeprefix("/components/schemas/"): model.class_info.name
        for model in data.models
    }
    found = []
    for operation, schema_name in notifications.items():
        if schema_name not in classes:
            warnings.append(
                ClientWarning(
                    jp.join("definitions", schema_name),
                    f"the payload of trigger {operation} is not an object schema; no parser",
                )
            )
            continue
        snake = strings.snake_case(operation)
        found.append(
            Notification(
                operation=operation,
                function=f"parse_{snake}_notification",
                constant=f"{snake.upper()}_NOTIFICATION_SCHEMA",
                class_name=classes[schema_name],
                schema_literal=_literal(checked_schema(document, schema_name)),
            )
        )
    return found


def checked_schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    """The payload schema with references inlined, cut to what the parser checks."""
    schemas = document.get("components", {}).get("schemas", {})
    return _prune(schemas.get(name, {}), schemas, (name,))


def _prune(schema: Any, schemas: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {}
    if "$ref" in schema:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        if name in seen:  # a recursive schema is checked one level deep
            return {}
        return _prune(schemas.get(name, {}), schemas, (*seen, name))
    if len(schema.get("allOf", [])) == 1:
        return _prune(schema["allOf"][0], schemas, seen) | (
            {"nullable": True} if schema.get("nullable") else {}
        )
    out: dict[str, Any] = {key: schema[key] for key in CHECKED_KEYS if key in schema}
    if isinstance(schema.get("properties"), dict):
        out["properties"] = {
            str(key): _prune(value, schemas, seen) for key, value in schema["properties"].items()
        }
    if "items" in schema:
        out["items"] = _prune(schema["items"], schemas, seen)
    return out


def _literal(value: dict[str, Any]) -> str:
    return pprint.pformat(value, width=LITERAL_WIDTH, sort_dicts=False)


def ship_runtime(project: Project, runtime: Path, connector: str) -> None:
    """Copy the runtime modules into the package as they are, with the generated constants
    and ``connector`` (``_connector.py``: the connection's parameters and policies, as data).

    They are plain Python checked on their own (ruff, mypy, unit tests); only
    ``_constants.py`` comes from a template.
    """
    package = Path(project.package_dir)
    for module in sorted(runtime.glob("*.py")):
        (package / module.name).write_bytes(module.read_bytes())
    constants = project.env.get_template("constants.py.jinja").render()
    (package / "_constants.py").write_text(constants, encoding="utf-8")
    (package / "_connector.py").write_text(connector, encoding="utf-8")


MEMORY_ADDRESS = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")


def clean(message: str) -> str:
    """The generator's messages sometimes show an object's repr; its address is noise."""
    return MEMORY_ADDRESS.sub("(value)", message).strip()


def _name(method: MethodInfo) -> str:
    return method.name
