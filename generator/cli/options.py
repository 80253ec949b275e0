"""Options that several commands share, declared once."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_lenient(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="repair common JSON slips (missing or extra commas, comments, brackets, "
        "byte-order marks), each reported as a warning with its line",
    )


def add_project(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project",
        type=Path,
        metavar="DIR",
        help="the project folder (default: found upward from the current folder)",
    )


def add_schemas(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--schemas",
        metavar="DIR",
        help="folder of Microsoft's JSON schemas for connector files (for instance the "
        "schemas/ folder of a PowerPlatformConnectors checkout); not checked without it",
    )
