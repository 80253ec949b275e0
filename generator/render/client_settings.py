"""The client's hand-written parts: ``overrides/client/`` read and checked.

``config.yaml`` is openapi-python-client's own configuration; ``client.yaml``
holds what our templates need beyond the spec (runtime names and defaults, and
the map of operations to resource methods); ``templates/`` the Jinja templates
that replace the generator's; ``runtime/`` the client's plain Python modules,
shipped into every generated package unchanged.
"""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from openapi_python_client.config import ConfigFile
from pydantic import ValidationError

from ..errors import InputError
from ..load import load_document
from ..transform.names import shortened

# Modules a generated client imports besides the standard library: a package
# with one of their names (or a standard module's) would be shadowed by them.
CLIENT_DEPENDENCIES = frozenset({"httpx"})
RESERVED_NAMES = frozenset(sys.stdlib_module_names) | CLIENT_DEPENDENCIES

CONFIG = "config.yaml"
SETTINGS = "client.yaml"
TEMPLATES = "templates"
RUNTIME = "runtime"
METHOD = re.compile(r"[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class Retry:
    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0


@dataclass(frozen=True)
class RateLimit:
    calls: int = 100
    period: float = 60.0


@dataclass(frozen=True)
class Pagination:
    """Names that make an operation a list: its query parameters and answer fields."""

    page: str = "page"
    page_size: str = "page_size"
    first_page: int = 0
    items: str = "items"
    meta: str = "meta"
    total: str = "total_items"


@dataclass(frozen=True)
class Method:
    """Where an operation lives on the client: ``client.<resource>.<name>(...)``.

    ``body`` names the one keyword of a body that is not an object (an array).
    """

    resource: str
    name: str
    body: str | None = None


@dataclass(frozen=True)
class ClientSettings:
    config: dict[str, Any]
    templates: Path
    api_key_env: str | None = None
    timeout: float = 30.0
    retry: Retry = field(default_factory=Retry)
    rate_limit: RateLimit = field(default_factory=RateLimit)
    pagination: Pagination = field(default_factory=Pagination)
    methods: dict[str, Method] = field(default_factory=dict)  # by operationId

    @property
    def runtime(self) -> Path:
        return self.templates.parent / RUNTIME

    def for_package(self, package: str) -> ClientSettings:
        """The same runtime under another name, for a definition that is not Text Request's:
        its methods keep the names derived from its operationIds."""
        config = {
            **self.config,
            "package_name_override": package,
            "project_name_override": package.replace("_", "-") + "-client",
        }
        return replace(self, config=config, api_key_env=None, methods={})


def package_name(title: str) -> str:
    """A Python package name for a connector's title: ``"Aranda Service Management"`` ->
    ``aranda_service_management``; ``"Email"`` -> ``connector_email``, not the standard
    library's ``email``, which an import would find instead. A long title is cut (with a
    hash of the whole, as long names are: it names a folder)."""
    name = shortened(re.sub(r"[^0-9a-z]+", "_", title.lower()).strip("_")) or "connector"
    if name[0].isdigit() or keyword.iskeyword(name) or name in RESERVED_NAMES:
        name = "connector_" + name
    return name


def load_settings(overrides: Path) -> ClientSettings:
    """Read ``overrides``; an ``InputError`` naming the file and key when something is off."""
    templates = overrides / TEMPLATES
    if not templates.is_dir():
        raise InputError(
            overrides, f"no {TEMPLATES}/ folder", hint="the client templates live there"
        )
    config = _mapping(overrides / CONFIG)
    _check_config(overrides / CONFIG, config)
    data = _mapping(overrides / SETTINGS)
    path = overrides / SETTINGS
    return ClientSettings(
        config=config,
        templates=templates,
        api_key_env=_typed(path, data, "api_key_env", str, None),
        timeout=float(_typed(path, data, "timeout", (int, float), 30.0)),
        retry=_section(path, data, "retry", Retry),
        rate_limit=_section(path, data, "rate_limit", RateLimit),
        pagination=_section(path, data, "pagination", Pagination),
        methods=_methods(path, data.get("methods") or {}),
    )


def _methods(path: Path, data: Any) -> dict[str, Method]:
    """``OperationId: resource.method`` or ``{method: resource.method, body: keyword}``."""
    if not isinstance(data, dict):
        raise InputError(path, "methods: expected a mapping", hint="OperationId: resource.method")
    found = {}
    for operation, value in data.items():
        entry = value if isinstance(value, dict) else {"method": value}
        target, body = entry.get("method"), entry.get("body")
        if not isinstance(target, str) or not METHOD.fullmatch(target):
            raise InputError(path, f"methods: {operation}: {target!r}", hint="resource.method")
        if body is not None and not (isinstance(body, str) and body.isidentifier()):
            raise InputError(path, f"methods: {operation}: body {body!r}", hint="a keyword")
        resource, name = target.split(".")
        found[str(operation)] = Method(resource, name, body)
    return found


def _mapping(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data = load_document(path).data
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping of settings", hint="write key: value lines")
    return data


def _check_config(path: Path, config: dict[str, Any]) -> None:
    try:
        ConfigFile(**config)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise InputError(
            path,
            f"{place}: {first['msg']}",
            hint="see openapi-python-client's configuration fields",
        ) from None


def _typed(path: Path, data: dict[str, Any], key: str, kind: Any, default: Any) -> Any:
    value = data.get(key, default)
    if value is not default and (not isinstance(value, kind) or isinstance(value, bool)):
        raise InputError(path, f"{key}: {value!r} has the wrong type", hint=f"expected {kind}")
    return value


def _kind_of(default: Any) -> tuple[Any, Any]:
    """The accepted types of a setting and its default: a float setting takes an int too."""
    return ((int, float) if isinstance(default, float) else type(default)), default


def _section(path: Path, data: dict[str, Any], key: str, kind: type[Any]) -> Any:
    section = data.get(key) or {}
    if not isinstance(section, dict):
        raise InputError(path, f"{key}: expected a mapping", hint="indent its keys under it")
    defaults = kind()
    known = {f.name for f in fields(kind)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise InputError(path, f"{key}: unknown keys {unknown}", hint=f"known: {sorted(known)}")
    values = {
        name: _typed(path, section, name, *_kind_of(getattr(defaults, name))) for name in known
    }
    return kind(**values)
