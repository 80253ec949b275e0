"""``python -m generator validate PATH``: check connector files offline, as certification does.

``--certification`` adds the checks of Microsoft's submission (validate.certification);
``--live [URL]`` runs the connector's dynamic values, dynamic schemas and webhook trigger
against an API (contract.connector_checks), by default a sandbox started for the run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from ..contract.connector_checks import Connection, LiveCheck, check_connector
from ..contract.settings import DEFAULT_KEY_ENV, DEFAULT_KEY_HEADER
from ..contract.target import live_target
from ..errors import InputError
from ..model import Definition
from ..model.profile import beside, for_spec
from ..project import find_project
from ..validate import Finding, Report, locate, validate_connector
from ..validate.certification import validate_certification
from ..validate.microsoft import microsoft_codes, rules_table
from ..validate.report import ordered
from .contract_test import sandbox_target
from .options import add_lenient, add_project, add_schemas

SANDBOX = "sandbox"  # the value of a bare --live
LIVE_RULES = {  # per checked extension: the finding's rule id and its fix
    "x-ms-dynamic-values": (
        "live-dynamic-values",
        "make the operation answer a list at value-collection whose items have value-path "
        "and value-title, or name the fields it does answer",
    ),
    "x-ms-dynamic-schema": (
        "live-dynamic-schema",
        "make value-path name the schema object in the operation's answer",
    ),
    "testConnection": (
        "live-test-connection",
        "name in x-ms-capabilities.testConnection a read that answers 2xx with a good key "
        "and 401 or 403 with a wrong one",
    ),
    "trigger": (
        "live-trigger",
        "make what the API posts match x-ms-notification-content, or correct the schema",
    ),
}
NOT_RUN_FIX = "give the check what the message says it lacks (against the sandbox it has all)"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check a connector folder or apiDefinition.swagger.json as certification does",
        description="Check a connector folder (apiDefinition.swagger.json, apiProperties.json, "
        "settings.json) or one definition, offline. Exit 1 when there are errors.",
    )
    parser.add_argument("path", nargs="?", help="a connector folder or a definition file")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    add_lenient(parser)
    add_schemas(parser)
    add_certification_options(parser)
    add_rules_option(parser)
    parser.set_defaults(handler=run)


def add_certification_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--certification",
        action="store_true",
        help="add the checks of Microsoft's certification submission: readme sections, "
        "icon (230x230, background neither white nor transparent, = iconBrandColor), string "
        "rules, operation visibility, the 1 MB limit",
    )
    parser.add_argument(
        "--live",
        nargs="?",
        const=SANDBOX,
        metavar="URL",
        help="also call the connector's dynamic values and schemas and fire its webhook "
        "trigger, as Power Automate would; against URL (safe calls only, no trigger) or, "
        "without one, against a sandbox started for the run",
    )
    parser.add_argument(
        "--key-env",
        default=DEFAULT_KEY_ENV,
        metavar="VAR",
        help=f"with --live URL: the environment variable holding the key (default "
        f"{DEFAULT_KEY_ENV}); the key is never printed",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="with --live: how ids are found and the trigger fired (default: the project "
        "spec's .contract.yaml)",
    )
    add_project(parser)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return print_rules(args.format)
    _settle_live_argument(args)
    if args.certification:
        report = validate_certification(args.path, lenient=args.lenient, schemas_dir=args.schemas)
    else:
        report = validate_connector(args.path, lenient=args.lenient, schemas_dir=args.schemas)
    if args.live:
        report = _with_live_checks(report, args)
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


def _settle_live_argument(args: argparse.Namespace) -> None:
    """``validate --live FOLDER``: a bare --live followed by the path, not a URL."""
    if args.live and args.live != SANDBOX and "://" not in args.live and args.path is None:
        args.path, args.live = args.live, SANDBOX
    if args.path is None:
        raise InputError("validate", "no connector folder or definition given", hint=_USAGE)
    if args.live and args.live != SANDBOX and not args.live.startswith(("http://", "https://")):
        raise InputError("--live", f"{args.live!r} is not an http(s) URL", hint=_USAGE)


_USAGE = "e.g. validate generated/connector --live, or --live https://host/api/v3 FOLDER"


def _with_live_checks(report: Report, args: argparse.Namespace) -> Report:
    definition = Definition.load(locate(args.path).definition, lenient=args.lenient)
    spec = _project_spec(args)
    profile_path = args.profile or (beside(spec) if spec and beside(spec).is_file() else None)
    profile = for_spec(definition, profile_path)
    with _connection(args, definition, spec) as connection:
        try:
            results = check_connector(definition, connection, profile)
        except httpx.TransportError as error:
            raise InputError(
                connection.base_url,
                f"the API did not answer: {error}",
                hint="check the URL given to --live, and that the API is up",
            ) from None
    for result in results:
        if result.outcome == "passed":
            print(
                f"live: passed {result.kind} at {result.pointer}: {result.message}", file=sys.stderr
            )
    added = [_finding(definition, r) for r in results if r.outcome != "passed"]
    return Report(report.files, ordered(report.findings + added, report.files), report.schemas)


def _project_spec(args: argparse.Namespace) -> Path | None:
    """The project's spec: needed for the sandbox; against a URL, only where there is one
    (its profile finds the ids a pick list needs), so any connector can be checked anywhere."""
    try:
        return find_project(args.project).spec
    except InputError:
        if args.live == SANDBOX:
            raise
        return None


@contextmanager
def _connection(
    args: argparse.Namespace, definition: Definition, spec: Path | None
) -> Iterator[Connection]:
    header = definition.api.api_key_header() or DEFAULT_KEY_HEADER
    if args.live != SANDBOX:
        target = live_target(args.live, args.key_env, None, header)
        yield Connection(target.base_url, {header: target.api_key or ""}, live=True)
        return
    with sandbox_target(spec or find_project(args.project).spec) as target:
        key = {header: target.api_key or ""}
        yield Connection(target.base_url, key, False, target.inbound, target.receiver_port)


def _finding(definition: Definition, result: LiveCheck) -> Finding:
    rule, fix = LIVE_RULES[result.kind]
    return Finding(
        file=str(definition.path),
        line=definition.line_of(result.pointer),
        pointer=result.pointer,
        rule=rule,
        severity="error" if result.outcome == "failed" else "warning",
        message=result.message if result.outcome == "failed" else f"not run: {result.message}",
        fix=fix if result.outcome == "failed" else NOT_RUN_FIX,
    )
