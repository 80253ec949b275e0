"""Render the Python client: the spec, converted to OpenAPI 3.0, through openapi-python-client.

Everything hand-written lives in ``overrides/client/`` (configuration and
templates); this module only wires them to the generator (with ruff from this
environment as its post hook) and reports what came out. Nothing generated is
edited afterwards.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

from ..errors import InputError
from ..load import pointer as jp
from ..model import Definition, Properties
from ..model.profile import GENERIC, Profile
from ..transform import Conversion, to_openapi3
from ..transform.paths import ConvertedOperation
from . import client_package as cp
from . import client_runtime as rt
from .client_report import ClientReport, ClientWarning, SkippedOperation
from .client_settings import ClientSettings, load_settings
from .client_signatures import find_methods
from .mcp import render_mcp_module
from .template_cache import bytecode_cache

# "WARNING parsing GET /a/{b} within tag. Endpoint will not be generated."
PARSE_HEADER = re.compile(r"parsing (?P<method>[A-Z]+) (?P<path>\S+) within")
NOT_GENERATED = "Endpoint will not be generated"
NO_REASON = "openapi-python-client made no function for it and said nothing about why"
COMPONENT_SCHEMA = re.compile(r"/components/schemas/([^\s'\"]+)")


class ClientRenderError(RuntimeError):
    """A post hook (ruff) failed: a template produced code that is not valid Python."""


def render_client(
    definition: Definition,
    out_dir: Path,
    *,
    overrides: Path,
    package: str | None = None,
    profile: Profile = GENERIC,
) -> ClientReport:
    """Write an installable client package into ``out_dir`` (missing or empty).

    ``package`` renames the package that ``overrides`` configures, for a
    definition other than the one the overrides were written for. The same
    inputs always give byte-identical files; ``profile`` says what each operation does,
    for the MCP tools' annotations. Raises ``InputError`` when the
    overrides or the converted spec cannot be used.
    """
    if out_dir.exists() and any(out_dir.iterdir()):
        raise ValueError(f"{out_dir} is not empty; the client is rendered into an empty folder")
    settings = load_settings(overrides)
    if package is not None:
        settings = settings.for_package(package)
    conversion = to_openapi3(definition)
    config = _config(settings, out_dir, conversion.raw_media_types)
    data = GeneratorData.from_dict(conversion.document, config=config)
    if isinstance(data, GeneratorError):
        raise InputError(
            "spec",
            f"openapi-python-client cannot read the converted spec: {rt.clean(data.header or '')}",
            hint=rt.clean(data.detail or "")[:500],
        )
    warnings = [ClientWarning(w.pointer, w.message) for w in conversion.warnings]
    project = Project(openapi=data, config=config, custom_template_path=settings.templates)
    runtime = _runtime(data, conversion, settings, project, warnings, definition.properties)
    runtime.methods = find_methods(data, definition, settings, runtime.operation_id)
    project.env.globals["runtime"] = runtime
    project.env.bytecode_cache = bytecode_cache()
    # Written before the build, so that its post hooks format it with the rest.
    mcp_module = Path(project.package_dir) / "mcp.py"
    mcp_module.parent.mkdir(parents=True)
    mcp_module.write_text(render_mcp_module(project, data, definition, profile), encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <absolute path>"
        errors = project.build()
    # Only the post hooks report here; a failure means ruff could not read what we made.
    failed = [e for e in project.errors if e.level == ErrorLevel.ERROR]
    if failed:
        details = "; ".join(rt.clean(f"{e.header}: {e.detail}") for e in failed)
        raise ClientRenderError(f"post hook failed in {out_dir}: {details}")
    connector = cp.connector_module(definition.properties, runtime.connection)
    rt.ship_runtime(project, settings.runtime, connector)
    report = _report(project, data, runtime, conversion, errors, warnings)
    report.degraded = cp.degraded_operations(definition, report.operations)
    return report


def _config(settings: ClientSettings, out_dir: Path, raw_media_types: list[str]) -> Config:
    """The generator's configuration: the overrides', plus bodies it must pass as bytes."""
    config = Config.from_sources(
        ConfigFile(**settings.config),
        MetaType.PDM,  # any meta but "none": our pyproject template replaces PDM's
        Path("openapi.json"),
        "utf-8",
        True,
        out_dir,
    )
    config.post_hooks = [_our_tool(hook) for hook in config.post_hooks]
    raw = dict.fromkeys(raw_media_types, "application/octet-stream")
    config.content_type_overrides = {**raw, **config.content_type_overrides}
    return config


def _our_tool(hook: str) -> str:
    """``ruff ...`` as the ruff installed with this package, whatever PATH holds.

    Its binary is called directly: through ``python -m ruff`` each hook would also pay
    for starting an interpreter.
    """
    name, _, rest = hook.partition(" ")
    if name != "ruff":
        return hook
    try:
        from ruff.__main__ import find_ruff_bin

        return f"{shlex.quote(str(find_ruff_bin()))} {rest}"
    except (ImportError, FileNotFoundError):
        return f"{shlex.quote(sys.executable)} -m ruff {rest}"


def _runtime(
    data: GeneratorData,
    conversion: Conversion,
    settings: ClientSettings,
    project: Project,
    warnings: list[ClientWarning],
    properties: Properties,
) -> rt.Runtime:
    document = conversion.document
    config = project.config
    env_prefix = project.package_name.upper()
    policy_headers = frozenset(
        str(policy.parameters.get("name", "")).lower()
        for policy in properties.policies
        if policy.template == "setheader" and not policy.operations
    )
    auth = rt.auth(document, warnings, policy_headers)
    if not auth.kind and any(p.oauth for p in properties.all_connection_parameters):
        # An OAuth connection sends its token whatever the swagger declares.
        auth = rt.Auth("bearer")
    taken = rt.CREDENTIAL_KEYWORDS.get(auth.kind, frozenset())
    return rt.Runtime(
        title=str(document["info"]["title"]),
        default_base_url=rt.base_url(document),
        auth=auth,
        api_key_env=settings.api_key_env or f"{project.package_name.upper()}_API_KEY",
        env_prefix=env_prefix,
        settings=settings,
        operation_ids=rt.operation_ids(conversion.operations, config.field_prefix),
        tag_titles=rt.tag_titles(conversion.operations),
        pagination=rt.find_pagination(data, settings, warnings),
        notifications=rt.find_notifications(data, document, conversion.notifications, warnings),
        connection=cp.connection_keywords(properties, env_prefix, taken),
        parameter_sets=[each.name for each in properties.parameter_sets],
        has_policies=bool(properties.policies),
    )


def _report(
    project: Project,
    data: GeneratorData,
    runtime: rt.Runtime,
    conversion: Conversion,
    errors: Any,
    warnings: list[ClientWarning],
) -> ClientReport:
    """What was made, from the functions generated: every source operation is either
    generated or skipped (with the generator's reason, or a plain one when it gave none)."""
    report = ClientReport(package=project.package_name, warnings=warnings)
    report.models = [model.class_info.name for model in data.models]
    report.models += [enum.class_info.name for enum in data.enums]
    made: set[str] = set()
    for tag in sorted(data.endpoint_collections_by_tag):
        for endpoint in data.endpoint_collections_by_tag[tag].endpoints:
            made.add(runtime.operation_id(endpoint))
            report.operations.append(runtime.operation_id(endpoint))
            if str(endpoint.name) in runtime.pagination:
                report.iterators.append(runtime.operation_id(endpoint))
    report.notifications = [n.function for n in runtime.notifications]
    where = {(op.method, op.path): op for op in conversion.operations}
    reasons: dict[str, str] = {}
    for error in errors:
        _add_generator_error(report, error, where, reasons)
    for op in conversion.operations:
        if op.operation_id not in made:
            reason = reasons.get(op.operation_id, NO_REASON)
            report.skipped.append(SkippedOperation(op.operation_id, op.source.pointer, reason))
    report.skipped = sorted(set(report.skipped))
    report.warnings = list(dict.fromkeys(report.warnings))
    return report


def _add_generator_error(
    report: ClientReport,
    error: Any,
    where: dict[tuple[str, str], ConvertedOperation],
    reasons: dict[str, str],
) -> None:
    """A generator message as the reason an operation is skipped, or as a warning, with a
    pointer into the source definition."""
    header, detail = rt.clean(error.header or ""), rt.clean(error.detail or "")
    match = PARSE_HEADER.search(header)
    if match is None:
        schema = COMPONENT_SCHEMA.search(f"{header} {detail}")
        pointer = jp.join("definitions", schema.group(1).rstrip(":")) if schema else ""
        report.warnings.append(ClientWarning(pointer, f"{header} {detail}".strip()))
        return
    method, path = match.group("method").lower(), match.group("path")
    operation = where.get((method, path))
    if operation is None:
        report.warnings.append(ClientWarning("", f"{header} {detail}".strip()))
    elif NOT_GENERATED in header:
        reasons.setdefault(operation.operation_id, detail or header)
    else:
        message = f"{operation.operation_id}: {detail or header}"
        report.warnings.append(ClientWarning(operation.source.pointer, message))
