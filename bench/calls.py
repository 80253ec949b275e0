"""Does a generated client send what its connector's definition describes? Measured on real ones.

For each connector folder (by default a fixed sample of 60 of ``../shared/connectors``:
the folders sorted by path, and of the N the ones at ``(i * N) // 60`` for i = 0..59),
the bench generates the client (``--lenient --best-effort``, with its apiProperties) and
calls every action the client has (every MCP tool: a trigger is called by Power Platform,
not by a user) with arguments a user could type (``bench/calls_fill.py``):

1. against a Stoplight Prism mock of the connector's own definition, as the generator
   read it. Every request, whatever host it was made for, goes to the mock; the mock
   checks it against the definition. An operation counts when Prism accepts its request
   (no error-severity violation) and the client parses the answer (an answer the
   definition declares as an error is parsed into the client's error tree).
2. through an ``httpx.MockTransport``, checking each policy template instance of its
   apiProperties that applies to the operation against the request the client made
   (``bench/calls_policies.py``, computed from the model, not from the client runtime).

Every exception is listed with its cause and a verdict: ``client fault``, or ``mock
limit`` with the evidence that the mock, not the client, is wrong (its answer breaks
the definition's own response schema; it cannot load or route what the definition
declares). Prints per-connector and total counts and the time.

    .venv/bin/python bench/calls.py [FOLDER ...] [--workers 2]
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys
import tempfile
import time
import typing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from calls_fill import arguments
from calls_prism import PrismFailed, ensure_prism, prism_error, prism_mock, violations
from corpus import DEFINITION, PROPERTIES, is_strict_json
from jsonschema import validators

ROOT = Path(__file__).resolve().parent.parent
CONNECTORS = ROOT.parent / "shared" / "connectors"
SAMPLE_SIZE = 60
TARGET = 0.99
# Keywords every generated client has; the others are credentials and connection parameters.
STANDARD = {"self", "base_url", "timeout", "retry", "rate_limit", "http_client", "transport"}
STANDARD |= {"default_headers"}


@dataclass
class Call:
    """One operation called against the mock: what was sent, and what became of it."""

    operation: str
    sent: str = ""
    status: int | None = None
    accepted: bool = False
    parsed: bool = False
    verdict: str = ""  # "", "client fault" or "mock limit"
    cause: str = ""


@dataclass
class Result:
    name: str
    operations: int = 0
    triggers: int = 0
    calls: list[Call] = field(default_factory=list)
    policy_checks: list[tuple[str, str, bool]] = field(default_factory=list)  # (op, what, met)
    seconds: float = 0.0
    error: str = ""


def sample(root: Path = CONNECTORS, size: int = SAMPLE_SIZE) -> list[Path]:
    """The fixed sample: every (N / size)-th connector folder by sorted path."""
    folders = sorted({p.parent for p in root.glob("*/*/*") if p.name.lower() == DEFINITION.lower()})
    return [folders[(i * len(folders)) // size] for i in range(min(size, len(folders)))]


def definition_file(folder: Path) -> Path:
    return next(p for p in folder.iterdir() if p.name.lower() == DEFINITION.lower())


def generate(folder: Path, out: Path) -> tuple[str, dict[str, Any]]:
    """Generate the client of ``folder`` into ``out``: its package name and its report."""
    from trconnect import pipeline

    spec = definition_file(folder)
    properties = folder / PROPERTIES
    job = pipeline.job_for(
        spec,
        out,
        properties if properties.is_file() else None,
        lenient=not is_strict_json(spec),
        best_effort=True,
    )
    outcome = pipeline.generate(job)
    assert outcome.client is not None
    return outcome.client.package, json.loads((out / "report.json").read_text())


def import_client(out: Path, package: str) -> tuple[Any, Any]:
    """(``Client``, ``mcp.TOOLS``) of the package generated into ``out/client``."""
    sys.path.insert(0, str(out / "client"))
    client_module = importlib.import_module(package)
    tools = importlib.import_module(f"{package}.mcp").TOOLS
    return client_module.Client, tools


def connection_keywords(client_class: Any) -> dict[str, Any]:
    """A plausible value for each credential and connection parameter the constructor takes."""
    try:
        hints = typing.get_type_hints(client_class.__init__)
    except Exception:  # an annotation that does not evaluate: every value a string
        hints = {}
    values = {}
    for name in inspect.signature(client_class.__init__).parameters:
        if name in STANDARD:
            continue
        hint = hints.get(name, str)
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        literal = next(
            (typing.get_args(o) for o in options if typing.get_origin(o) is typing.Literal), ()
        )
        if typing.get_origin(hint) is typing.Literal:
            literal = typing.get_args(hint)
        if literal:
            values[name] = literal[0]
        elif bool in (hint, *options):
            values[name] = True
        else:
            values[name] = f"bench-{name.replace('_', '-')}-7"
    return values


class Forward(httpx.BaseTransport):
    """Sends every request to the mock, whatever host it names; remembers the last one.

    Prism serves the definition's paths at its root (it ignores ``basePath``), so the
    base path the request was made under is taken off.
    """

    def __init__(self, target: str, base_path: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.target = httpx.URL(target)
        self.base_path = base_path.rstrip("/")
        self.last = ""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.last = f"{request.method} {request.url}"
        path = request.url.raw_path
        prefix = self.base_path.encode()
        if prefix and path.startswith(prefix + b"/"):
            path = path[len(prefix) :]
        request.url = request.url.copy_with(
            scheme="http", host=self.target.host, port=self.target.port, raw_path=path
        )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def call_one(client: Any, tool: Any, forward: Forward, status_error: type) -> Call:
    """Call ``tool``'s method with filled arguments; judge what the mock made of it."""
    call = Call(tool.name)
    values = arguments(tool.input_schema)
    method = getattr(getattr(client.with_raw_response, tool.resource), tool.method)
    forward.last = ""
    try:
        response = method(
            *(values[name] for name in tool.positional),
            **{key: values[key] for key in tool.keywords if key in values},
        )
    except status_error as error:
        call.sent, call.status = forward.last, error.status_code
        return _refused(call, error.headers, error.body)
    except Exception as error:  # the client refused or failed before an answer came
        call.sent = forward.last
        call.verdict, call.cause = "client fault", f"{type(error).__name__}: {error}"[:300]
        return call
    call.sent, call.status = forward.last, response.status_code
    headers = response.http_response.headers
    found = violations(headers, None)
    if found:
        call.verdict, call.cause = "client fault", "; ".join(found)[:400]
        return call
    call.accepted = True
    return _parsed(call, tool, response)


def _refused(call: Call, headers: Any, body: Any) -> Call:
    """An error status: Prism's refusal of the request, or an error the definition declares."""
    found = violations(headers, body)
    kind = prism_error(body)
    if found:
        call.verdict, call.cause = "client fault", "; ".join(found)[:400]
    elif kind in ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR", "NO_SERVER_MATCHED_ERROR"):
        call.verdict, call.cause = "client fault", f"Prism {kind} for {call.sent}"
    elif kind is not None:
        call.verdict, call.cause = "client fault", f"Prism {kind}: {str(body)[:200]}"
    else:  # the mock's example of a declared error answer, which the client raised as such
        call.accepted = call.parsed = True
    return call


def _parsed(call: Call, tool: Any, response: Any) -> Call:
    try:
        response.parse()
    except Exception as error:
        problem = _schema_breach(tool, response)
        call.cause = f"{type(error).__name__}: {error}"[:300]
        if problem:
            call.verdict = "mock limit"
            call.cause += f" -- the mock's answer breaks the definition's schema: {problem}"
        else:
            call.verdict = "client fault"
        return call
    call.parsed = True
    return call


def _schema_breach(tool: Any, response: Any) -> str:
    """How the mock's answer breaks the tool's output schema (the definition's), or ''."""
    schema = tool.output_schema
    if not schema:
        return ""
    try:
        body = response.json()
    except ValueError:
        return f"the body is not JSON ({response.http_response.headers.get('content-type')})"
    if tool.wrapped_in:
        body = {tool.wrapped_in: body}
    error = next(iter(validators.validator_for(schema)(schema).iter_errors(body)), None)
    if error is None:
        return ""
    where = "/".join(map(str, error.absolute_path)) or "(root)"
    return f"{where}: {error.message}"[:200]


def run_connector(folder: Path) -> Result:
    """Generate, mock and call one connector; any failure is its result, not the run's."""
    result = Result(folder.name)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-calls-") as scratch:
        try:
            _run(folder, Path(scratch), result)
        except Exception as error:  # generation, import or the mock failed: say which
            result.error = f"{type(error).__name__}: {error}"[:400]
    result.seconds = time.perf_counter() - started
    return result


def _run(folder: Path, scratch: Path, result: Result) -> None:
    from trconnect.load import load_document

    package, report = generate(folder, scratch / "out")
    result.operations = report["counts"]["generated"]
    client_class, tools = import_client(scratch / "out", package)
    result.triggers = result.operations - len(tools)
    status_error = importlib.import_module(f"{package}._exceptions").APIStatusError
    # Prism gets the definition as the generator read it (repaired when --lenient was needed).
    spec = definition_file(folder)
    mocked = scratch / "definition.json"
    data = load_document(spec, lenient=not is_strict_json(spec)).data
    mocked.write_text(json.dumps(data))
    keywords = connection_keywords(client_class)
    try:
        with prism_mock(mocked) as url:
            forward = Forward(url, str(data.get("basePath") or ""))
            client = client_class(transport=forward, retry=None, timeout=30.0, **keywords)
            with client:
                result.calls = [call_one(client, tool, forward, status_error) for tool in tools]
    except PrismFailed as error:
        reason = f"Prism cannot load the definition: {error}"
        result.calls = [Call(t.name, verdict="mock limit", cause=reason) for t in tools]


def table(results: list[Result]) -> list[str]:
    head = "| connector | actions | ok (accepted+parsed) | rejected | not parsed | mock limit |"
    lines = [head + " policy checks met | seconds |", "|" + "---|" * 8]
    for r in results:
        if r.error:
            lines.append(f"| {r.name} | FAILED: {r.error} |")
            continue
        counts = _counts([r])
        checks = f"{sum(met for *_, met in r.policy_checks)}/{len(r.policy_checks)}"
        row = [r.name, len(r.calls), counts["ok"], counts["rejected"], counts["unparsed"]]
        lines.append(
            "| " + " | ".join(map(str, [*row, counts["mock"], checks])) + f" | {r.seconds:.1f} |"
        )
    return lines


def _counts(results: list[Result]) -> dict[str, int]:
    calls = [c for r in results for c in r.calls]
    return {
        "called": len(calls),
        "ok": sum(c.accepted and c.parsed for c in calls),
        "rejected": sum(not c.accepted and c.verdict == "client fault" for c in calls),
        "unparsed": sum(c.accepted and not c.parsed and c.verdict == "client fault" for c in calls),
        "mock": sum(c.verdict == "mock limit" for c in calls),
    }


def exceptions(results: list[Result]) -> list[str]:
    lines = []
    for r in results:
        for c in r.calls:
            if c.verdict:
                sent = f" [{c.sent} -> {c.status}]" if c.sent else ""
                lines.append(f"- {r.name} / {c.operation}: **{c.verdict}**: {c.cause}{sent}")
        for operation, what, met in r.policy_checks:
            if not met:
                lines.append(f"- {r.name} / {operation}: **policy not applied**: {what}")
    return lines


def summary(results: list[Result], seconds: float) -> list[str]:
    counts = _counts(results)
    judged = counts["called"] - counts["mock"]
    share = counts["ok"] / judged if judged else 1.0
    checks = [met for r in results for *_, met in r.policy_checks]
    failed = [r.name for r in results if r.error]
    return [
        f"connectors: {len(results)} ({len(failed)} failed to generate or import: {failed})",
        f"generated operations: {sum(r.operations for r in results)}, of which triggers "
        f"(not called: Power Platform calls them): {sum(r.triggers for r in results)}",
        f"actions called against Prism: {counts['called']}; accepted and parsed: {counts['ok']}; "
        f"rejected by the mock: {counts['rejected']}; not parsed: {counts['unparsed']}; "
        f"mock limits: {counts['mock']}",
        f"accepted and parsed, of the {judged} not stopped by a mock limit: {share:.2%} "
        f"(target {TARGET:.0%}: {'met' if share >= TARGET else 'NOT met'})",
        f"policy expectations met: {sum(checks)} of {len(checks)}"
        f" ({'all' if all(checks) else 'NOT all'})",
        f"time: {seconds:.0f} s",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, help="connector folders (default: the sample)"
    )
    parser.add_argument("--workers", type=int, default=2, help="processes, at most 2 (default 2)")
    args = parser.parse_args()
    folders = args.folders or sample()
    ensure_prism()
    started = time.perf_counter()
    # A fresh process per connector: each imports its own generated package.
    with ProcessPoolExecutor(
        max_workers=max(1, min(args.workers, 2)), max_tasks_per_child=1
    ) as pool:
        results = list(pool.map(run_connector, folders))
    seconds = time.perf_counter() - started
    print("\n".join(table(results)))
    print("\nexceptions:")
    print("\n".join(exceptions(results)) or "(none)")
    print()
    print("\n".join(summary(results, seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
