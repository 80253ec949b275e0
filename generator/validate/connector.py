"""Validate a connector folder (or one definition) the way certification does, offline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..load import Document, load_document
from ..load.positions import collector_paused
from ..model import Definition, Properties, package_files, read_properties
from . import project_rules, rules  # noqa: F401 - imported for their registrations
from .findings import Finding
from .registry import Target, rules_for
from .report import Report, ordered
from .schemas import Kind, schema_findings, schemas_folder

DEFINITION = "apiDefinition.swagger.json"
PROPERTIES = "apiProperties.json"
SETTINGS = "settings.json"
REPAIR_FIX = "correct the JSON by hand; strict tools such as paconn reject it"


@dataclass(frozen=True)
class ConnectorFiles:
    definition: Path
    properties: Path | None
    settings: Path | None


def locate(path: Path | str) -> ConnectorFiles:
    """The files to check: a folder's connector files, or one definition (with its siblings).

    Names are matched without case, as Microsoft's tools read a folder: a merged certified
    connector (MicrosoftGraphSecurity) ships ``apidefinition.swagger.json``.
    """
    path = Path(path)
    folder: Path | None
    if path.is_dir():
        folder = path
        found = find_file(folder, DEFINITION)
        if found is None:
            raise InputError(
                path,
                f"no {DEFINITION} in this folder",
                hint="pass a connector folder or the path of a definition file",
            )
        definition = found
    else:
        definition = path
        folder = path.parent if path.name.lower() == DEFINITION.lower() else None
    if folder is None:
        return ConnectorFiles(definition, None, None)
    return ConnectorFiles(
        definition,
        package_files(definition).properties,  # found as the model finds it
        find_file(folder, SETTINGS),
    )


def find_file(folder: Path, name: str) -> Path | None:
    """The file of ``folder`` named ``name`` without regard to case (the exact name first)."""
    exact = folder / name
    if exact.is_file():
        return exact
    wanted = name.lower()
    return next(
        (p for p in sorted(folder.iterdir()) if p.name.lower() == wanted and p.is_file()), None
    )


def validate_document(document: Document, kind: Kind, *, project: bool = False) -> list[Finding]:
    """The findings of the rules for one connector file (and the project's style, if asked)."""
    if kind == "definition":
        return validate_definition(Definition(document), project=project)
    return _run((kind,), document, document)


def validate_definition(definition: Definition, *, project: bool = False) -> list[Finding]:
    """The findings of every definition rule (and of the project's style rules if asked).

    Findings name ``definition.path``. To name the file as its maintainer knows it (the
    pipeline's ``../spec/textrequest.yaml``), build the model on a relabelled document:
    ``Definition(dataclasses.replace(document, path=Path(label)))``.
    """
    targets: tuple[Target, ...] = ("definition", "project") if project else ("definition",)
    with collector_paused():  # the model's caches and the findings stay alive: linear cost
        return _run(targets, definition, definition.document)


def _run(
    targets: tuple[Target, ...], subject: Definition | Document, document: Document
) -> list[Finding]:
    return [
        finding
        for target in targets
        for each in rules_for(target)
        for finding in each.run(subject, document)
    ]


def validate_connector(
    path: Path | str,
    *,
    lenient: bool = False,
    schemas_dir: Path | str | None = None,
    project: bool = False,
) -> Report:
    """Check a connector folder or definition; :class:`InputError` when a file cannot be read."""
    files = locate(path)
    folder = schemas_folder(schemas_dir)
    plan: list[tuple[Kind, Path | None]] = [
        ("definition", files.definition),
        ("properties", files.properties),
        ("settings", files.settings),
    ]
    documents = [(kind, load_document(p, lenient=lenient)) for kind, p in plan if p is not None]
    findings: list[Finding] = []
    for kind, document in documents:
        name = str(document.path)
        findings += repair_findings(document)
        findings += validate_document(document, kind, project=project)
        if kind == "properties":
            properties = read_properties(document)
            findings += property_findings(properties)
            package = Definition(documents[0][1], properties)
            findings += [f for each in rules_for("connector") for f in each.run(package, document)]
        if folder is not None:
            findings += schema_findings(document, kind, folder, name)
    names = [str(document.path) for _, document in documents]
    return Report(names, ordered(findings, names), str(folder) if folder else None)


def property_findings(properties: Properties) -> list[Finding]:
    """What the model could not read in apiProperties.json, each at its file and pointer."""
    return [
        Finding(
            file=problem.file,
            line=None,
            pointer=problem.pointer,
            rule="api-properties-unreadable",
            severity="warning",
            message=problem.message,
            fix="correct apiProperties.json at that place: Power Platform reads it strictly",
        )
        for problem in properties.problems
    ]


def repair_findings(document: Document) -> list[Finding]:
    """What ``--lenient`` mended, as warnings: the file still needs fixing for strict tools."""
    return [
        Finding(
            file=str(document.path),
            line=repair.line,
            pointer="",
            rule="json-repaired",
            severity="warning",
            message=f"{repair.message} (column {repair.column})",
            fix=REPAIR_FIX,
        )
        for repair in document.repairs
    ]
