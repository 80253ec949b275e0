"""Every published connector with policies: generate its client, call every operation through
an ``httpx.MockTransport``, and count what fails inside the policy runtime.

A smoke run, not a check of effects (tests/client/test_policies.py asserts the requests):
each operation is called with "1" for every required argument and answered ``200 {}``;
argument and answer errors of the generated code are expected and not counted, an error
raised from ``_policies.py`` or ``_connection.py`` is printed and counted.

    .venv/bin/python bench/policy_smoke.py [--connectors ../shared/connectors] [--out DIR]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from trconnect import pipeline
from trconnect.model import load_properties, package_files
from trconnect.model.properties import DEFINITION_NAME

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_FILES = ("_policies.py", "_connection.py")
CREDENTIALS = ("api_key", "access_token", "username", "password")


def connection_values(package: ModuleType) -> dict[str, Any]:
    """A made-up value for every credential and connection parameter (first set's)."""
    connector = importlib.import_module(f"{package.__name__}._connector")
    taken = inspect.signature(package.Client).parameters
    given: dict[str, Any] = {name: "k" for name in CREDENTIALS if name in taken}
    rows = connector.PARAMETERS
    if connector.PARAMETER_SETS:
        chosen = next(iter(connector.PARAMETER_SETS))
        given["connection_set"], rows = chosen, connector.PARAMETER_SETS[chosen]
    for row in rows:
        given.setdefault(row["keyword"], (row["allowed"] or ["x1"])[0])
    return given


def call_all(package: ModuleType, client: Any) -> tuple[int, list[str]]:
    """Each operation called once; the calls made, and the errors the policy runtime raised."""
    calls, failures = 0, []
    for attribute, resource in vars(client).items():
        if not type(resource).__module__.startswith(f"{package.__name__}.api."):
            continue
        raw = getattr(client.with_raw_response, attribute)
        for name, function in inspect.getmembers(type(resource), inspect.isfunction):
            if name.startswith("_"):
                continue
            required = [
                p
                for p in inspect.signature(function).parameters.values()
                if p.name != "self" and p.default is inspect.Parameter.empty
            ]
            args = ["1" for p in required if p.kind is not p.KEYWORD_ONLY]
            kwargs = {p.name: "1" for p in required if p.kind is p.KEYWORD_ONLY}
            try:
                getattr(raw, name)(*args, **kwargs)
                calls += 1
            except Exception as error:  # sorted by where it was raised
                frames = traceback.extract_tb(error.__traceback__)
                if any(frame.filename.endswith(RUNTIME_FILES) for frame in frames):
                    failures.append(f"{name}: {type(error).__name__}: {error}")
    return calls, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connectors", type=Path, default=ROOT.parent / "shared" / "connectors")
    parser.add_argument("--out", type=Path, help="where to generate (default: a temporary folder)")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="policy-smoke-"))
    specs = sorted(p for p in args.connectors.rglob("*") if p.name.lower() == DEFINITION_NAME)
    specs = [spec for spec in specs if load_properties(package_files(spec)).policies]
    started = time.perf_counter()
    made = calls = sent = 0
    failures: list[str] = []
    not_made: list[str] = []
    for index, spec in enumerate(specs):
        job = pipeline.job_for(spec, out / f"c{index}", None, lenient=True, best_effort=True)
        try:
            outcome = pipeline.generate(job)
            assert outcome.client is not None
            sys.path.insert(0, str(job.out / "client"))
            package = importlib.import_module(outcome.client.package)
        except Exception as error:  # a connector the generator cannot make
            not_made.append(f"{spec.parent.name}: {type(error).__name__}: {str(error)[:160]}")
            continue
        requests: list[httpx.Request] = []

        def answer(request: httpx.Request, requests: list[httpx.Request] = requests) -> Any:
            requests.append(request)
            return httpx.Response(200, json={})

        transport = httpx.MockTransport(answer)
        client = package.Client(transport=transport, retry=None, **connection_values(package))
        made_calls, failed = call_all(package, client)
        made, calls, sent = made + 1, calls + made_calls, sent + len(requests)
        failures += [f"{spec.parent.name} {line}" for line in failed]
    print(
        f"{len(specs)} connectors with policies: {made} generated and called, {len(not_made)} not"
    )
    print(f"{calls} operation calls, {sent} requests sent, {len(failures)} policy runtime errors")
    for line in not_made + failures:
        print(f"  {line}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
