"""``diff OLD NEW``: which changes between two versions of a definition break their users."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..diff import FORMATS, diff_definitions, load_side, render
from ..errors import InputError
from ..project import find_project
from .options import add_lenient, add_project


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="report breaking changes between two versions of a definition",
        description=(
            "Compare two Swagger 2.0 connector definitions and classify every change as "
            "breaking or not. Each side is a file (JSON or YAML) or git:REF, the spec at "
            "that git revision. Exit 1 when any change breaks, 2 when a side cannot be read."
        ),
    )
    parser.add_argument("old", metavar="OLD", help="file or git:REF (e.g. git:HEAD~1, git:v1.0)")
    parser.add_argument("new", metavar="NEW", help="file or git:REF")
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: text)"
    )
    parser.add_argument(
        "--spec-path",
        help="path of the definition inside git, for git:REF (default: the project's spec)",
    )
    parser.add_argument(
        "--repo",
        type=Path,
        help="git checkout that git:REF is read from (default: the project)",
    )
    add_lenient(parser)
    add_project(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    repo, spec_path = _git_source(args)
    old, new = (
        load_side(side, repo=repo, spec_path=spec_path, lenient=args.lenient)
        for side in (args.old, args.new)
    )
    changes = diff_definitions(old, new)
    sys.stdout.write(render(changes, old, new, args.format))
    return 1 if any(change.breaking for change in changes) else 0


def _git_source(args: argparse.Namespace) -> tuple[Path, str]:
    """Where ``git:REF`` reads from: --repo and --spec-path, else the project and its spec."""
    uses_git = any(side.startswith("git:") for side in (args.old, args.new))
    if not uses_git or (args.repo is not None and args.spec_path is not None):
        return args.repo or Path.cwd(), args.spec_path or ""
    try:
        project = find_project(args.project)
    except InputError as error:
        raise InputError(
            error.path,
            error.message,
            hint="name the checkout and file: --repo DIR --spec-path FILE",
        ) from None
    repo = args.repo or project.root
    return repo, args.spec_path or project.spec.relative_to(project.root).as_posix()
