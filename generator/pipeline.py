"""The generator as one pipeline: load, validate, render, write.

``generate`` builds everything into a staging folder and swaps it into place;
``check`` builds into a temporary folder and compares. Both run the same
``build``, so what ``check`` accepts is exactly what ``generate`` writes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from . import fingerprint, write
from .errors import DefinitionBlocked, InputError
from .load import load_document
from .model.properties import PackageFiles
from .project import find_project
from .write import json_bytes, tree_files, write_file

# Imported for types only: a generate with nothing to do must not pay for the stages.
if TYPE_CHECKING:
    from .model import Definition, Properties
    from .render.client_report import ClientReport
    from .render.connector import ConnectorOverrides
    from .validate.findings import Finding


@dataclass(frozen=True)
class Job:
    """What to generate from what.

    For the project, its spec into its ``generated/`` with the hand-written parts
    of its ``overrides/``. For any other definition, ``connector_overrides`` is
    None (its icon and prose are not ours), the client is made with the client
    overrides this package ships, and ``properties`` may name the
    ``apiProperties.json`` it brings.
    """

    spec: Path
    out: Path
    connector_overrides: Path | None
    client_overrides: Path
    properties: Path | None = None
    lenient: bool = False
    best_effort: bool = False
    copilot_overrides: Path | None = None  # the Copilot Studio connector: the project's only

    @property
    def own_spec(self) -> bool:
        """The project's own job: every error in its spec stops the build."""
        return self.connector_overrides is not None

    @property
    def profile(self) -> Path | None:
        """The spec's operations profile (see model/profile.py), when it has one."""
        from .model.profile import beside

        path = beside(self.spec)
        return path if path.is_file() else None

    @property
    def package(self) -> PackageFiles:
        """The apiProperties.json (``--properties``, else beside an upstream-named definition)
        and script.csx that Power Platform reads with the definition."""
        from .model.properties import package_files

        if self.own_spec and self.properties is None:
            return PackageFiles(None, None)  # the project's properties are its overrides'
        return package_files(self.spec, self.properties)

    @property
    def sources(self) -> list[Path]:
        package = self.package
        given = (self.spec, self.client_overrides, self.connector_overrides)
        found = (package.properties, package.script, self.profile, self.copilot_overrides)
        return [s for s in (*given, *found) if s is not None]

    @property
    def spec_label(self) -> str:
        """The spec's path as reports show it: relative, so output does not depend on cwd."""
        return os.path.relpath(self.spec, self.out.parent)

    def inputs_fingerprint(self) -> str:
        options = f"lenient={self.lenient} best_effort={self.best_effort}"
        return fingerprint.inputs_fingerprint(self.sources, options=options)


@dataclass
class Outcome:
    """What a generation did: nothing (``unchanged``), or a build with its findings and client."""

    unchanged: bool
    findings: list[Finding] = field(default_factory=list)
    client: ClientReport | None = None


def project_job(project_dir: Path | None = None, *, lenient: bool = False) -> Job:
    """The project's own job: found from the current folder, or at ``project_dir``."""
    project = find_project(project_dir)
    return Job(
        spec=project.spec,
        out=project.generated,
        connector_overrides=project.connector_overrides,
        client_overrides=project.client_overrides,
        lenient=lenient,
        copilot_overrides=project.overrides / "copilot",
    )


def job_for(
    spec: Path | None,
    out: Path | None,
    properties: Path | None,
    *,
    lenient: bool,
    best_effort: bool = False,
    project_dir: Path | None = None,
) -> Job:
    """The job the command line asks for: the project's (into ``out`` if given), or ``spec``'s."""
    if spec is None:
        if best_effort:
            raise InputError(
                "--best-effort",
                "the project's own spec is never generated with errors",
                hint="fix the errors `trconnect lint-spec` lists; --best-effort is for --spec",
            )
        job = replace(
            project_job(project_dir, lenient=lenient),
            properties=properties.absolute() if properties else None,
        )
        return replace(job, out=out.absolute()) if out else job
    if out is None:
        raise InputError(
            spec, "--spec needs --out", hint="name the folder to write, e.g. --out build/connector"
        )
    # absolute(), not resolve(): messages name the files the way the user reached them.
    return Job(
        spec=spec.absolute(),
        out=out.absolute(),
        connector_overrides=None,
        client_overrides=shipped_client_overrides(),
        properties=properties.absolute() if properties else None,
        lenient=lenient,
        best_effort=best_effort,
    )


def shipped_client_overrides() -> Path:
    """The client overrides installed with this package (``overrides/client/`` in a checkout)."""
    top = __name__.split(".")[0]
    return Path(str(resources.files(f"{top}.client_overrides")))


def generate(job: Job) -> Outcome:
    """Write ``job.out`` anew, or do nothing when nothing it depends on changed.

    Raises :class:`InputError` before touching anything when ``job.out`` is not ours to
    replace, and :class:`DefinitionBlocked` when the definition would give wrong output.
    """
    write.check_target(job.out, job.sources, own=(fingerprint.STAMP_NAME,))
    write.clean_leftovers(job.out)
    inputs = job.inputs_fingerprint()
    if fingerprint.is_current(inputs, job.out):
        return Outcome(unchanged=True)
    try:
        with write.staging_folder(job.out) as staging:
            built = staging / "out"
            outcome = build(job, built)
            write_file(built / fingerprint.STAMP_NAME, fingerprint.stamp(inputs, built).encode())
            write.replace_folder(job.out, built)
    except OSError as error:
        raise _write_error(error, job.out) from None
    return outcome


def check(job: Job) -> list[str]:
    """The files of ``job.out`` that differ from a fresh build (missing, extra or edited)."""
    with tempfile.TemporaryDirectory(prefix="generator-check-") as scratch:
        fresh_dir = Path(scratch) / job.out.name
        build(job, fresh_dir)
        fresh = tree_files(fresh_dir)
    current = tree_files(job.out) if job.out.is_dir() else {}
    current.pop(fingerprint.STAMP_NAME, None)
    return sorted(
        name for name in fresh.keys() | current.keys() if fresh.get(name) != current.get(name)
    )


def build(job: Job, out_dir: Path) -> Outcome:
    # Imported here, not at the top: a generate with nothing to do must not pay for
    # openapi-python-client and jsonschema (about half a second).
    from .model import Definition, load_properties
    from .model.profile import GENERIC, for_spec
    from .render.client import render_client
    from .render.connector import render_connector
    from .render.copilot import render_copilot

    document = load_document(job.spec, lenient=job.lenient)
    # The one model every stage reads, naming the spec as the maintainer reaches it from
    # the output's folder (so findings in report.json do not depend on the cwd).
    properties = load_properties(job.package)
    definition = Definition(replace(document, path=Path(job.spec_label)), properties)
    findings = _validate(definition)
    written_through = _gate(job, findings)
    render_connector(definition, out_dir / "connector", _connector_overrides(job, properties))
    profile = GENERIC if job.profile is None else for_spec(definition, job.profile)
    client_report = render_client(
        definition,
        out_dir / "client",
        overrides=job.client_overrides,
        package=_package(job, definition),
        profile=profile,
    )
    if job.copilot_overrides is not None:
        render_copilot(definition, out_dir / "copilot", job.copilot_overrides, profile)
    report = {
        "spec": job.spec_label,
        "counts": _counts(definition, findings, client_report),
        "findings": [finding.__dict__ for finding in findings],
        "client": client_report.as_dict(),
    }
    if job.best_effort:
        report["best_effort"] = written_through
    write_file(out_dir / "report.json", json_bytes(report))
    write.write_manifest(out_dir)
    return Outcome(unchanged=False, findings=findings, client=client_report)


def _gate(job: Job, findings: list[Finding]) -> list[dict[str, object]]:
    """Raise :class:`DefinitionBlocked` for findings that would make the output wrong, unless
    ``--best-effort``: then each of them with what it costs the output, for the report."""
    from .validate.gate import blocking, consequences

    stopping = blocking(findings, own_spec=job.own_spec)
    if stopping and not job.best_effort:
        hint = (
            "fix the spec; `trconnect lint-spec` lists every finding"
            if job.own_spec
            else "fix the definition; or pass --best-effort to write anyway, with what each "
            "finding costs the output listed in report.json"
        )
        raise DefinitionBlocked(job.spec, [finding.as_text() for finding in stopping], hint)
    return consequences(stopping)


def _write_error(error: OSError, out: Path) -> InputError:
    """A file-system error while writing, named by its path, with what to do about it."""
    path = error.filename or out
    fix = {
        "PermissionError": f"make {Path(path).parent} writable, or name another --out",
        "NotADirectoryError": "a part of the path is a file: name a folder path for --out",
    }.get(type(error).__name__, "check that the folder exists and the disk has room")
    return InputError(path, f"cannot be written ({error.strerror or error})", hint=fix)


def _counts(
    definition: Definition, findings: list[Finding], client: ClientReport
) -> dict[str, int]:
    """The report's sums; ``generated + skipped == operations`` by the client report's making."""
    from .validate.findings import count

    return {
        "operations": len(definition.operations),
        "generated": len(client.operations),
        "skipped": len(client.skipped),
        "degraded": len(client.degraded),
        "models": len(client.models),
        "errors": count(findings, "error"),
        "warnings": count(findings, "warning"),
        "client_warnings": len(client.warnings),
    }


def _package(job: Job, definition: Definition) -> str | None:
    """Our overrides name our package; any other definition's client is named by its title."""
    if job.connector_overrides is not None:
        return None
    from .render.client_settings import package_name

    return package_name(definition.api.title or job.spec.parent.name)


def _connector_overrides(job: Job, properties: Properties) -> ConnectorOverrides:
    from .render.connector import ConnectorOverrides

    if job.connector_overrides is not None:
        return ConnectorOverrides.from_folder(job.connector_overrides)
    return ConnectorOverrides(properties=properties.data if properties.file else None)


def _validate(definition: Definition) -> list[Finding]:
    """The definition's findings: what ``--lenient`` repaired, and every rule's."""
    from .validate import property_findings, repair_findings, validate_definition

    return (
        repair_findings(definition.document)
        + property_findings(definition.properties)
        + validate_definition(definition)
    )
