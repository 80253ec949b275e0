"""``contract-test``: find where the Text Request API and the spec disagree."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..contract import junit, report
from ..contract.runner import run_contract
from ..contract.settings import (
    DEFAULT_KEY_ENV,
    DEFAULT_MAX_EXAMPLES,
    LIVE_THROTTLE,
    PHASES,
    Settings,
)
from ..contract.target import live_target, sandbox_target
from ..project import find_project
from .options import add_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "contract-test",
        help="test an API (the local sandbox by default) against the spec with schemathesis",
        description=(
            "Run schemathesis (every phase and check, plus stateful sequences) against the "
            "sandbox, or against --base-url. Against a live URL, operations that text a person, "
            "move money or delete are skipped unless named with --allow-unsafe, and calls are "
            "kept under 100 per 60 s."
        ),
    )
    parser.add_argument("--base-url", help="a live API to test; without it the sandbox is used")
    parser.add_argument(
        "--api-key-env",
        default=DEFAULT_KEY_ENV,
        metavar="NAME",
        help=f"environment variable holding the live API key (default {DEFAULT_KEY_ENV})",
    )
    parser.add_argument(
        "--allow-unsafe",
        nargs="+",
        default=[],
        metavar="OPERATION_ID",
        help="unsafe operations to send to a live API anyway",
    )
    parser.add_argument(
        "--max-examples",
        type=_positive,
        default=DEFAULT_MAX_EXAMPLES,
        help=f"generated examples per operation and phase (default {DEFAULT_MAX_EXAMPLES})",
    )
    parser.add_argument(
        "--throttle",
        type=_throttle,
        default=LIVE_THROTTLE,
        metavar="CALLS/SECONDS",
        help="most calls a live run starts in any window (default 100/60, the API's limit)",
    )
    parser.add_argument(
        "--phases",
        type=_phases,
        default=PHASES,
        metavar="NAME,...",
        help=f"schemathesis phases to run (default all: {','.join(PHASES)})",
    )
    parser.add_argument("--seed", type=int, help="seed, to repeat a run exactly")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML here")
    parser.add_argument("--spec", type=Path, help="the definition to test (default: the project's)")
    add_project(parser)
    parser.set_defaults(handler=run)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _throttle(text: str) -> tuple[int, float]:
    calls, _, seconds = text.partition("/")
    try:
        limit, window = int(calls), float(seconds)
    except ValueError:
        raise argparse.ArgumentTypeError("write it as CALLS/SECONDS, e.g. 100/60") from None
    if limit < 1 or window <= 0:
        raise argparse.ArgumentTypeError("needs at least 1 call in a window longer than 0 s")
    return limit, window


def _phases(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(set(names) - set(PHASES))
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"choose from {','.join(PHASES)}")
    return names


def run(args: argparse.Namespace) -> int:
    settings = Settings(
        key_env=args.api_key_env,
        allow_unsafe=tuple(args.allow_unsafe),
        max_examples=args.max_examples,
        seed=args.seed,
        throttle=args.throttle,
        phases=args.phases,
    )

    def progress(line: str) -> None:
        print(report.safe_text(line), file=sys.stderr, flush=True)

    if args.spec is None:
        args.spec = find_project(args.project).spec
    if args.base_url:
        result = run_contract(
            args.spec, live_target(args.base_url, args.api_key_env), settings, progress
        )
    else:
        with sandbox_target() as target:
            result = run_contract(args.spec, target, settings, progress)
    print(report.render(result), end="")
    if args.junit:
        junit.write(result, args.junit)
        print(f"JUnit XML written to {args.junit}", file=sys.stderr)
    return 0 if result.ok else 1
