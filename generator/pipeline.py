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

from . import fingerprint
from .errors import InputError
from .load import load_document
from .project import find_project
from .write import json_bytes, replace_folder, staging_folder, tree_files, write_file

# Imported for types only: a generate with nothing to do must not pay for the stages.
if TYPE_CHECKING:
    from .model import Definition
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
    copilot_overrides: Path | None = None  # the Copilot Studio connector: the project's only

    @property
    def profile(self) -> Path:
        """Where the spec's operations profile is, if it has one (see model/profile.py)."""
        from .model.profile import beside

        return beside(self.spec)

    @property
    def spec_label(self) -> str:
        """The spec's path as reports show it: relative, so output does not depend on cwd."""
        return os.path.relpath(self.spec, self.out.parent)

    def inputs_fingerprint(self) -> str:
        given = [self.spec, self.client_overrides, self.connector_overrides, self.properties]
        given += [self.profile, self.copilot_overrides]
        sources = [source for source in given if source is not None]
        return fingerprint.inputs_fingerprint(sources, options=f"lenient={self.lenient}")


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
    project_dir: Path | None = None,
) -> Job:
    """The job the command line asks for: the project's (into ``out`` if given), or ``spec``'s."""
    if spec is None:
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
    )


def shipped_client_overrides() -> Path:
    """The client overrides installed with this package (``overrides/client/`` in a checkout)."""
    top = __name__.split(".")[0]
    return Path(str(resources.files(f"{top}.client_overrides")))


def generate(job: Job) -> Outcome:
    """Write ``job.out`` anew, or do nothing when nothing it depends on changed."""
    inputs = job.inputs_fingerprint()
    if fingerprint.is_current(inputs, job.out):
        return Outcome(unchanged=True)
    with staging_folder(job.out) as staging:
        built = staging / "out"
        outcome = build(job, built)
        write_file(built / fingerprint.STAMP_NAME, fingerprint.stamp(inputs, built).encode())
        replace_folder(job.out, built)
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
    from .model import Definition
    from .model.profile import GENERIC, for_spec
    from .render.client import render_client
    from .render.connector import render_connector
    from .render.copilot import render_copilot

    document = load_document(job.spec, lenient=job.lenient)
    # The one model every stage reads, naming the spec as the maintainer reaches it from
    # the output's folder (so findings in report.json do not depend on the cwd).
    definition = Definition(replace(document, path=Path(job.spec_label)))
    findings = _validate(definition)
    render_connector(definition, out_dir / "connector", _connector_overrides(job))
    profile = for_spec(definition, job.profile) if job.profile.is_file() else GENERIC
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
    write_file(out_dir / "report.json", json_bytes(report))
    return Outcome(unchanged=False, findings=findings, client=client_report)


def _counts(
    definition: Definition, findings: list[Finding], client: ClientReport
) -> dict[str, int]:
    """The report's sums; ``generated + skipped == operations`` by the client report's making."""
    from .validate.findings import count

    return {
        "operations": len(definition.operations),
        "generated": len(client.operations),
        "skipped": len(client.skipped),
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


def _connector_overrides(job: Job) -> ConnectorOverrides:
    from .render.connector import ConnectorOverrides

    if job.connector_overrides is not None:
        return ConnectorOverrides.from_folder(job.connector_overrides)
    properties = load_document(job.properties, lenient=job.lenient).data if job.properties else None
    return ConnectorOverrides(properties=properties)


def _validate(definition: Definition) -> list[Finding]:
    """The definition's findings: what ``--lenient`` repaired, and every rule's."""
    from .validate import repair_findings, validate_definition

    return repair_findings(definition.document) + validate_definition(definition)
