"""``lint-spec [PATH]``: the validator's rules plus the project's style."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..project import find_project
from ..validate import validate_connector
from .options import add_project, add_schemas


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint-spec",
        help="check the hand-written spec against certification and project style",
        description="Print each problem as 'file:line: rule: message'; exit 1 if there is any.",
    )
    parser.add_argument("path", nargs="?", type=Path, help="the spec (default: the project's)")
    add_schemas(parser)
    add_project(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = args.path if args.path is not None else _shown(find_project(args.project).spec)
    report = validate_connector(path, schemas_dir=args.schemas, project=True)
    for finding in report.findings:
        place = f"{finding.file}:{finding.line}" if finding.line else finding.file
        print(f"{place}: {finding.rule}: {finding.message}")
    return 1 if report.findings else 0


def _shown(path: Path) -> Path:
    """``path`` relative to the working folder when it is inside it, as people type it."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
