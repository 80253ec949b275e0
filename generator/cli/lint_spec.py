"""``python -m generator lint-spec [PATH]``: the validator's rules plus the project's style."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..validate import validate_connector

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = ROOT / "spec" / "textrequest.yaml"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint-spec",
        help="check the hand-written spec against certification and project style",
        description="Print each problem as 'file:line: rule: message'; exit 1 if there is any.",
    )
    parser.add_argument(
        "path", nargs="?", type=Path, help=f"the spec (default: {_shown(DEFAULT_SPEC)})"
    )
    parser.add_argument("--schemas", metavar="DIR", help="folder of Microsoft's JSON schemas")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = args.path if args.path is not None else _shown(DEFAULT_SPEC)
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
