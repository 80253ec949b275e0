"""``contract-test``: find where an API and its definition disagree.

The contract package tests whatever target it is handed (a URL, a key, optionally a way to
make an inbound text happen) and starts no server. This command, on top of both, starts a
local sandbox of the spec when no ``--base-url`` is given and hands it over the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..contract import junit, report
from ..contract.receiver import free_port
from ..contract.runner import run_contract
from ..contract.settings import (
    DEFAULT_KEY_ENV,
    DEFAULT_KEY_HEADER,
    DEFAULT_MAX_EXAMPLES,
    LIVE_THROTTLE,
    PHASES,
    Settings,
    Target,
)
from ..contract.target import inbound_poster, live_target
from ..errors import InputError
from ..model import Definition
from ..project import find_project
from .options import add_project

# Where a sandbox makes a customer's text arrive (its sandbox-only endpoint).
SANDBOX_INBOUND = "/_sandbox/dashboards/{dashboard_id}/inbound"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "contract-test",
        help="test an API (the local sandbox by default) against the spec with schemathesis",
        description=(
            "Run schemathesis (every phase and check, plus stateful sequences) against the "
            "sandbox, or against --base-url. Against a live URL only reads run: every "
            "operation that may change data is skipped unless named with --allow-unsafe, and "
            "then it works on resources the run makes itself (named after the run), updates "
            "are restored and what the run made is deleted where its delete is allowed; what "
            "could not be undone is listed. Calls are kept under 100 per 60 s. Findings are "
            "errors (the API breaks the spec) or warnings (the API accepts more than the spec "
            "says, each naming the constraint). Exit status: 1 for an error, an operation not "
            "covered or a request refused; warnings alone exit 0."
        ),
    )
    parser.add_argument("--base-url", help="a live API to test; without it the sandbox is used")
    parser.add_argument(
        "--inbound-url",
        metavar="URL",
        help="with --base-url: where a POST makes a customer's text arrive (values the profile's "
        "trigger gives, such as {dashboard_id}, are filled in; the others go in a JSON body)",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="what the definition cannot say: unsafe operations, ids, links, the trigger "
        "(default: <spec>.contract.yaml beside the spec, if present)",
    )
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
        help="operations that change data to send to a live API anyway (see above)",
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
    parser.add_argument(
        "--connection",
        nargs="+",
        default=[],
        type=_connection,
        metavar="NAME=VAR",
        help="with --base-url: a connection parameter of the connector's apiProperties.json, "
        "read from the environment variable VAR (its policies are applied to every request, "
        "as Power Platform applies them; an 'api_key' parameter defaults to the run's key)",
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


def _connection(text: str) -> tuple[str, str]:
    name, equals, variable = text.partition("=")
    if not (name and equals and variable):
        raise argparse.ArgumentTypeError("write it as NAME=VAR, e.g. environment=DEEPL_HOST")
    return name, variable


def _connection_values(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Each parameter's value from its variable; values are never printed (some are secrets)."""
    values = []
    for name, variable in pairs:
        value = os.environ.get(variable)
        if not value:
            raise InputError(
                f"${variable}",
                f"the environment variable for connection parameter '{name}' is not set",
                hint=f"export {variable}=<value>, or name another variable",
            )
        values.append((name, value))
    return tuple(values)


def _phases(text: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(set(names) - set(PHASES))
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"choose from {','.join(PHASES)}")
    return names


def run(args: argparse.Namespace) -> int:
    if args.connection and not args.base_url:
        hint = "the sandbox serves the definition as written; give --base-url to test a live API"
        raise InputError("--connection", "only a --base-url target takes it", hint=hint)
    settings = Settings(
        key_env=args.api_key_env,
        allow_unsafe=tuple(args.allow_unsafe),
        max_examples=args.max_examples,
        seed=args.seed,
        throttle=args.throttle,
        phases=args.phases,
        profile=args.profile,
        connection=_connection_values(args.connection),
    )

    def progress(line: str) -> None:
        print(report.safe_text(line), file=sys.stderr, flush=True)

    if args.spec is None:
        args.spec = find_project(args.project).spec
    with _target(args) as target:
        result = run_contract(args.spec, target, settings, progress)
    print(report.render(result), end="")
    if args.junit:
        junit.write(result, args.junit)
        print(f"JUnit XML written to {args.junit}", file=sys.stderr)
    return 0 if result.ok else 1


@contextmanager
def _target(args: argparse.Namespace) -> Iterator[Target]:
    """The live URL given, or a sandbox of the spec started for the run and stopped after."""
    header = Definition.load(args.spec).api.api_key_header() or DEFAULT_KEY_HEADER
    if args.base_url:
        yield live_target(args.base_url, args.api_key_env, args.inbound_url, header)
        return
    if args.inbound_url:
        raise InputError("--inbound-url", "only a --base-url target takes it", hint=_SANDBOX)
    with sandbox_target(args.spec) as target:
        yield target


_SANDBOX = "without --base-url the run starts a sandbox, which makes inbound texts itself"


@contextmanager
def sandbox_target(spec: Path) -> Iterator[Target]:
    """A sandbox of ``spec`` on a free 127.0.0.1 port, its throttle out of the way.

    The sandbox texts nobody and moves no money, so every operation runs against it; the
    throttle is raised because a contract run makes thousands of calls. The trigger's
    receiver gets a port now, which the sandbox names as the one target hooks may have.
    """
    from ..sandbox.testing import SandboxServer

    port = free_port()
    named = (f"127.0.0.1:{port}",)
    with SandboxServer(throttle_limit=1_000_000, spec_path=spec, hook_hosts=named) as server:
        headers = {server.key_header: server.api_key}
        inbound = inbound_poster(server.root_url + SANDBOX_INBOUND, headers)
        yield Target(server.base_url, server.api_key, False, inbound, receiver_port=port)
