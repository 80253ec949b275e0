"""``validate --certification``: the checks Microsoft's certification submission adds.

On top of every rule of ``validate``, the string rules (``strings``: on the definition)
and the package rules (``files``: readme, icon, sizes of the folder's files) run. Both
are registered like the other rules, on the targets "certification" and "package", so
they run only here.
"""

from __future__ import annotations

from pathlib import Path

from ...errors import InputError
from ...model import Definition
from ..connector import locate, validate_connector
from ..findings import Finding
from ..registry import rules_for
from ..report import Report, ordered
from . import files, strings, webhooks  # noqa: F401 - imported for their registrations
from .package import load_package

__all__ = ["certification_findings", "validate_certification"]


def validate_certification(
    path: Path | str, *, lenient: bool = False, schemas_dir: Path | str | None = None
) -> Report:
    """The report of ``validate`` with the certification rules' findings added."""
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(
            folder,
            "certification checks a connector folder, not one file",
            hint="pass the folder with apiDefinition.swagger.json, apiProperties.json, "
            "icon.png and readme.md",
        )
    report = validate_connector(folder, lenient=lenient, schemas_dir=schemas_dir)
    definition = Definition.load(locate(folder).definition, lenient=lenient)
    added = certification_findings(definition, folder, lenient=lenient)
    files_checked = [*report.files, str(folder)]
    return Report(files_checked, ordered(report.findings + added, files_checked), report.schemas)


def certification_findings(
    definition: Definition, folder: Path, *, lenient: bool = False
) -> list[Finding]:
    package = load_package(folder, lenient=lenient)
    found = [
        f for each in rules_for("certification") for f in each.run(definition, definition.document)
    ]
    found += [f for each in rules_for("package") for f in each.run(package, package.document)]
    return found
