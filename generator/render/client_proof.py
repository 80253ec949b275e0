"""The client's proof (``proof``) wired to the definition: each flaw named by the operation
or schema whose module it is in, at that place of the definition."""

from __future__ import annotations

from pathlib import Path

from openapi_python_client import Project, strings
from openapi_python_client.parser import GeneratorData

from ..errors import DefinitionBlocked
from ..load import pointer as jp
from ..model import Definition
from ..transform import Conversion
from . import client_runtime as rt
from .proof import Flaw, Source, import_failure, module_flaws

SHOWN = 60  # characters of a name or module path a message shows
SHARED = Source("the client's shared modules", "")


def prove(
    project: Project, sources: dict[str, Source], definition: Definition, shipped: Path
) -> None:
    """Raise :class:`DefinitionBlocked` unless every generated module is data and definitions
    only and the package imports; ``shipped`` holds the runtime modules copied unchanged."""
    package_dir = Path(project.package_dir)
    flaws = module_flaws(package_dir, frozenset(p.name for p in shipped.glob("*.py")))
    if not flaws:
        failure = import_failure(package_dir.parent, project.package_name)
        if failure is not None:
            module, error = failure
            flaws = [Flaw(module.replace(".", "/") + ".py", 0, f"does not import: {error}")]
    refuse(flaws, sources, definition)


def refuse(flaws: list[Flaw], sources: dict[str, Source], definition: Definition) -> None:
    """Raise :class:`DefinitionBlocked` naming each flaw's source, if there are flaws."""
    if flaws:
        problems = [_located(flaw, sources, definition) for flaw in flaws]
        hint = "the definition text named above cannot be written as a safe client; change it"
        raise DefinitionBlocked(definition.path, problems, hint)


def sources_of(
    project: Project, data: GeneratorData, runtime: rt.Runtime, conversion: Conversion
) -> dict[str, Source]:
    """Each generated module made from one operation, tag or schema: which, and where."""
    package, prefix = project.package_name, project.config.field_prefix
    pointers = {op.operation_id: op.source.pointer for op in conversion.operations}
    found = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            operation = runtime.operation_id(endpoint)
            source = Source(f"operation {_short(operation)}", pointers.get(operation, ""))
            endpoint_module = strings.PythonIdentifier(endpoint.name, prefix)
            found[f"{package}/api/{tag}/{endpoint_module}.py"] = source
            tag_source = Source(f"tag {_short(runtime.tag_title(tag))}", source.pointer)
            found.setdefault(f"{package}/api/{tag}/__init__.py", tag_source)
    schemas = conversion.document.get("components", {}).get("schemas", {})
    for model in [*data.models, *data.enums]:
        name = rt.text(model.name).removeprefix("/components/schemas/")
        pointer = jp.join("definitions", name) if name in schemas else ""
        module = f"{package}/models/{model.class_info.module_name}.py"
        found[module] = Source(f"schema {_short(name)}", pointer)
    return found


def _located(flaw: Flaw, sources: dict[str, Source], definition: Definition) -> str:
    """A flaw as a located line: the place in the definition that made its module."""
    source = sources.get(flaw.module, SHARED)
    line = definition.document.line_of(source.pointer) or 1
    return (
        f"{definition.path}:{line}: error client-unsafe: {_short(flaw.module)}:{flaw.line}, "
        f"made from {source.what}, {flaw.message} [at {source.pointer or '/'}]"
    )


def _short(text: str) -> str:
    """``text`` quoted, cut to :data:`SHOWN` characters: a message names, it does not copy."""
    return repr(text if len(text) <= SHOWN else text[:SHOWN] + "...")
