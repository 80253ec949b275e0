"""Options that several commands share, declared once."""

from __future__ import annotations

import argparse


def add_lenient(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="accept comments, trailing and missing commas in JSON, each reported as a warning",
    )
