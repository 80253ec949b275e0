"""``python -m sandbox``: serve a local Text Request sandbox on 127.0.0.1.

The settings may also come as JSON in the SANDBOX_CONFIG environment variable (how
:class:`sandbox.testing.SandboxServer` starts one in a subprocess without putting the key
on the command line); options given here override it. The admin key (needed to create
accounts) comes from SANDBOX_ADMIN_KEY or SANDBOX_CONFIG, never from the command line
(where other users' ``ps`` would see it); without either, a new one is made and printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from .accounts import account_for_key, new_key
from .app import create_app, prepare_database
from .config import SandboxConfig
from .demo_data import seed
from .receivers import Receivers
from .server import bind, make_server, root_url
from .store import Database, remove_database

DEFAULT_PORT = 8765
ADMIN_KEY_VARIABLE = "SANDBOX_ADMIN_KEY"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trconnect sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    parser.add_argument(
        "--db", help="SQLite database file (default .sandbox/sandbox.db in the project)"
    )
    parser.add_argument("--spec", help="Swagger file to serve (default spec/textrequest.yaml)")
    parser.add_argument("--reset", action="store_true", help="delete the database first")
    parser.add_argument("--demo-data", action="store_true", help="add a sample dashboard")
    parser.add_argument("--throttle-limit", type=int, help="calls per key per window (100)")
    parser.add_argument("--throttle-window", type=float, help="window in seconds (60)")
    parser.add_argument(
        "--hook-host",
        action="append",
        default=[],
        metavar="HOST:PORT",
        help="a receiver hooks may target (e.g. 127.0.0.1:8080); repeatable. Without one, "
        "every hook is refused: the sandbox POSTs nowhere else, never to itself",
    )
    parser.add_argument(
        "--validate-responses",
        action="store_true",
        help="answer 500 when an answer breaks the spec",
    )
    parser.add_argument("--faults", help="JSON: deliberate faults by operationId (for tests)")
    parser.add_argument("--log-level", default="warning")
    return parser.parse_args(argv)


def configure(args: argparse.Namespace) -> SandboxConfig:
    env = os.environ.get("SANDBOX_CONFIG")
    config = SandboxConfig.from_json(env) if env else SandboxConfig()
    given = {
        "db_path": args.db,
        "spec_path": args.spec,
        "throttle_limit": args.throttle_limit,
        "throttle_window": args.throttle_window,
        "hook_hosts": tuple(args.hook_host) or None,
        "validate_responses": args.validate_responses or None,
        "faults": json.loads(args.faults) if args.faults else None,
    }
    config = replace(config, **{name: value for name, value in given.items() if value is not None})
    Receivers(config.hook_hosts)  # a malformed HOST:PORT is refused before anything starts
    admin_key = os.environ.get(ADMIN_KEY_VARIABLE) or config.admin_key or "admin_" + new_key()
    return replace(config, admin_key=admin_key)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = configure(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not Path(config.spec_path).is_file():
        print(f"error: no spec at {config.spec_path}; pass --spec FILE", file=sys.stderr)
        return 2
    if args.reset:
        remove_database(config.db_path)
    key = prepare_database(config)
    if args.demo_data:
        db = Database(config.db_path)
        try:
            seed(db, config, account_for_key(db, key) or 0)
        finally:
            db.close()
    sock = bind(args.host, args.port)
    try:
        app = create_app(config, sock.getsockname()[:2])
    except InputError as error:  # a --hook-host naming the sandbox itself
        sock.close()
        print(f"error: {error}", file=sys.stderr)
        return 2
    server = make_server(app, config.header_timeout, args.log_level)
    url = root_url(sock)
    print("Text Request sandbox (local and fake: no text is really sent)")
    print(f"  base URL:  {url}{app.state.sandbox.base_path}")
    print(f"  API key:   {key}   (demo account; send it as the x-api-key header)")
    print(f"  admin key: {config.admin_key}   (POST /_sandbox/accounts only, same header)")
    print(f"  database:  {config.db_path}")
    print(f"  sandbox-only endpoints under {url}/_sandbox/  (stop with Ctrl-C)")
    print(f"SANDBOX_URL {url}", flush=True)
    # What is loaded by now (the spec, its validators) lives as long as the server: kept out
    # of the collector's full passes, each of which would otherwise pause every request.
    gc.freeze()
    # The writer thread holds the GIL through long bulk work; a read on the event loop needs
    # it many times per request, and waiting the default 5 ms each time adds up to 100+ ms.
    sys.setswitchinterval(0.0005)
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
