"""``python -m generator``: a thin command line over the generator's Python API.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> exit code``. Exit codes: 0 fine, 1 the input has problems
(findings, differences, breaking changes, failed checks), 2 the input cannot be
read at all.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import InputError

COMMANDS = (
    "lint_spec",
    "validate",
    "diff",
    "generate",
    "check",
    "contract_test",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate, validate and test the Text Request connector and client.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
