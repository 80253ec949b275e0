"""``generate``: write the connector package and the Python client."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .. import pipeline
from .options import add_lenient, add_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write generated/ (or --out DIR) from the spec, or any definition with --spec",
        description="Generate the Power Platform connector package and the typed Python client. "
        "With no options: the project's spec into its generated/ folder. With --spec and --out: "
        "any Swagger 2.0 connector definition into DIR/client, DIR/connector and DIR/report.json. "
        "Nothing is written (exit 1) when the project's spec has errors, or when another "
        "definition has findings that would make the output wrong (see --best-effort).",
    )
    parser.add_argument("--spec", type=Path, help="a Swagger 2.0 definition (JSON or YAML)")
    parser.add_argument(
        "--out",
        type=Path,
        help="the folder to write: new, empty, or written by trconnect before (it is replaced "
        "as a whole; a folder holding anything else is refused)",
    )
    parser.add_argument(
        "--properties",
        type=Path,
        help="the connector's apiProperties.json (default: the one beside a definition named "
        "apiDefinition.swagger.json, with the script.csx beside it)",
    )
    parser.add_argument(
        "--best-effort",
        action="store_true",
        help="with --spec: write even when findings (a duplicate operationId, a $ref that leads "
        "nowhere, malformed paths or parameters) make the output lose or misstate an operation; "
        "report.json lists what each one costs",
    )
    add_lenient(parser)
    add_project(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    job = pipeline.job_for(
        args.spec,
        args.out,
        args.properties,
        lenient=args.lenient,
        best_effort=args.best_effort,
        project_dir=args.project,
    )
    started = time.perf_counter()
    outcome = pipeline.generate(job)
    seconds = time.perf_counter() - started
    if outcome.unchanged:
        print(f"{job.out}: nothing changed ({seconds:.2f} s)")
        return 0
    for finding in outcome.findings:
        if finding.severity == "error":
            print(finding.as_text())
    if outcome.client is not None:
        print(outcome.client.as_text())
    if outcome.findings:
        print(f"every finding, with its place and fix: {job.out / 'report.json'}")
    print(f"{job.out}: generated in {seconds:.1f} s; {_summary(outcome)}")
    return 0


def _summary(outcome: pipeline.Outcome) -> str:
    """The last line's sums: what the client covers, what it skipped or degraded, the findings."""
    from ..validate.findings import count

    errors, warnings = count(outcome.findings, "error"), count(outcome.findings, "warning")
    findings = f"{errors} errors, {warnings} warnings"
    client = outcome.client
    if client is None:
        return findings
    total = len(client.operations) + len(client.skipped)
    return (
        f"{len(client.operations)} of {total} operations "
        f"({len(client.skipped)} skipped, {len(client.degraded)} degraded, "
        f"{len(client.warnings)} client warnings); {findings}"
    )
