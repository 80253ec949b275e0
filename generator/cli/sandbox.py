"""``sandbox`` and ``demo``: serve the local Text Request API; show the whole loop on it."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "sandbox",
        help="serve the local, stateful Text Request sandbox (see `sandbox --help`)",
        add_help=False,
        prefix_chars="\0",  # so that every option after `sandbox` is passed on as it is
    )
    # Every option is the sandbox's own (``trconnect sandbox --help`` lists them).
    serve.add_argument("passed_on", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    serve.set_defaults(handler=_serve)
    demo = subparsers.add_parser(
        "demo", help="a dashboard, a contact, a text and its webhook, through the client"
    )
    demo.set_defaults(handler=_demo)


def _serve(args: argparse.Namespace) -> int:
    from ..sandbox.__main__ import main

    return main(args.passed_on)


def _demo(_args: argparse.Namespace) -> int:
    from .demo import main

    return main()
