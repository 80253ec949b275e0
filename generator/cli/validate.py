"""``python -m generator validate PATH``: check connector files offline, as certification does."""

from __future__ import annotations

import argparse
import json
import sys

from ..validate import validate_connector
from ..validate.microsoft import microsoft_codes, rules_table
from .options import add_lenient, add_schemas


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a connector folder or apiDefinition.swagger.json as certification does",
        description="Check a connector folder (apiDefinition.swagger.json, apiProperties.json, "
        "settings.json) or one definition, offline. Exit 1 when there are errors.",
    )
    parser.add_argument(
        "path", nargs="?", help="a connector folder or a definition file (JSON or YAML)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    add_lenient(parser)
    add_schemas(parser)
    add_rules_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return print_rules(args.format)
    if args.path is None:
        sys.stderr.write("validate: give a connector folder or definition (or --rules)\n")
        return 2
    report = validate_connector(args.path, lenient=args.lenient, schemas_dir=args.schemas)
    sys.stdout.write(report.as_json() if args.format == "json" else report.as_text())
    return 1 if report.errors else 0


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="store_true",
        help="print the rules with Microsoft's validator codes and the codes without a rule",
    )


def print_rules(output: str) -> int:
    """The rules table, the codes no rule checks (with why) and the coverage line."""
    codes = microsoft_codes()
    table, without = rules_table(), codes.without_rule()
    if output == "json":
        document = {"rules": table, "without_rule": without, "coverage": codes.coverage_line()}
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
        return 0
    lines = [f"{'rule':36} {'severity':8} {'Microsoft code':50} checks"]
    for row in table:
        microsoft = ", ".join(row["microsoft"]) or "(ours)"
        lines.append(f"{row['rule']:36} {row['severity']:8} {microsoft:50} {row['checks']}")
    lines.append("")
    for reason, names in without.items():
        lines.append(f"{len(names)} codes without a rule: {reason}")
        lines += [f"    {name}" for name in names]
    lines.append(codes.coverage_line())
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
