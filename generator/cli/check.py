"""``check``: fail when generated/ is not what the spec and overrides produce."""

from __future__ import annotations

import argparse
import sys

from .. import pipeline
from .options import add_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="fail when generated/ differs from a fresh generation",
        description="Regenerate into a temporary folder and compare with generated/.",
    )
    add_project(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    job = pipeline.project_job(args.project)
    differing = pipeline.check(job)
    if not differing:
        print(f"{job.out.name}/ is current")
        return 0
    print(
        f"{job.out.name}/ is not current; these files differ from a fresh generation:",
        file=sys.stderr,
    )
    for name in differing:
        print(f"  {job.out.name}/{name}", file=sys.stderr)
    print(
        "fix: run `make generate` (never edit generated/ by hand: change spec/ or overrides/)",
        file=sys.stderr,
    )
    return 1
