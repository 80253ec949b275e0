"""``trconnect`` (``python -m generator`` in a checkout): a thin layer over the Python API.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(args) -> exit code``. Exit codes: 0 fine, 1 the input has problems
(findings, differences, breaking changes, failed checks), 2 the input cannot be
read at all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from ..errors import DefinitionBlocked, InputError

DEBUG_ENV = "TRCONNECT_DEBUG"
COMMANDS = (
    "lint_spec",
    "validate",
    "diff",
    "generate",
    "check",
    "contract_test",
    "sandbox",
)


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trconnect",
        description="Generate, validate and test the Text Request connector and client.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(_commands_needed(argv)).parse_args(argv)
    try:
        return int(args.handler(args))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except DefinitionBlocked as blocked:
        print(blocked, file=sys.stderr)
        return 1


def run() -> int:
    """The console script: ``main``, with a bug in the tool reported in two lines, not a traceback.

    ``main`` itself lets such an exception through, so that tests and the fuzz run see it.
    ``TRCONNECT_DEBUG=1`` shows the traceback here too.
    """
    try:
        return main()
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        frame = traceback.extract_tb(error.__traceback__)[-1]
        place = f"{Path(frame.filename).name}:{frame.lineno}"
        print(f"internal error: {type(error).__name__}: {error} (at {place})", file=sys.stderr)
        print(
            f"  this is a bug in trconnect, not in your input; set {DEBUG_ENV}=1 for the "
            "traceback and report it with the file you gave",
            file=sys.stderr,
        )
        return 2


def _commands_needed(argv: Sequence[str]) -> Sequence[str]:
    """Only the chosen command's module, when one is named: a no-op generate must start fast,
    and the other commands import schemathesis, jsonschema and openapi-python-client."""
    chosen = next((arg for arg in argv if not arg.startswith("-")), "").replace("-", "_")
    return [chosen] if chosen in COMMANDS else COMMANDS
