"""``diff OLD NEW``: which changes between two versions of a definition break their users."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..diff import FORMATS, diff_documents, load_side, render
from ..diff.source import DEFAULT_SPEC_PATH
from .options import add_lenient

# The project root: where ``git:REF`` reads the spec unless --repo says otherwise.
PROJECT_ROOT = Path(__file__).resolve().parents[2]


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
        default=DEFAULT_SPEC_PATH,
        help=f"path of the definition inside git, for git:REF (default: {DEFAULT_SPEC_PATH})",
    )
    parser.add_argument(
        "--repo",
        type=Path,
        default=PROJECT_ROOT,
        help="git checkout that git:REF is read from (default: this project)",
    )
    add_lenient(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    old, new = (
        load_side(side, repo=args.repo, spec_path=args.spec_path, lenient=args.lenient)
        for side in (args.old, args.new)
    )
    changes = diff_documents(old, new)
    sys.stdout.write(render(changes, old, new, args.format))
    return 1 if any(change.breaking for change in changes) else 0
