"""``python -m generator validate PATH``: check connector files offline, as certification does."""

from __future__ import annotations

import argparse
import sys

from ..validate import validate_connector
from .options import add_lenient, add_schemas


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a connector folder or apiDefinition.swagger.json as certification does",
        description="Check a connector folder (apiDefinition.swagger.json, apiProperties.json, "
        "settings.json) or one definition, offline. Exit 1 when there are errors.",
    )
    parser.add_argument("path", help="a connector folder or a definition file (JSON or YAML)")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    add_lenient(parser)
    add_schemas(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    report = validate_connector(args.path, lenient=args.lenient, schemas_dir=args.schemas)
    sys.stdout.write(report.as_json() if args.format == "json" else report.as_text())
    return 1 if report.errors else 0
