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
import contextlib
import importlib
import inspect
import json
import re
import sys
import tempfile
import time
import typing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from calls_fill import arguments, untyped
from calls_policies import before_policies, expectations, python_name
from calls_prism import Mock, PrismFailed, ensure_prism, prism_error, prism_mock, violations
from corpus import DEFINITION, PROPERTIES, is_strict_json
from jsonschema import validators
from trconnect.model import Definition, as_list

ROOT = Path(__file__).resolve().parent.parent
CONNECTORS = ROOT.parent / "shared" / "connectors"
SAMPLE_SIZE = 60
TARGET = 0.99
ROUTE = "routerequesttoendpoint"
# Keywords every generated client has; the others are credentials and connection parameters.
STANDARD = {"self", "base_url", "timeout", "retry", "rate_limit", "http_client", "transport"}
STANDARD |= {"default_headers"}
# Prism 5 reads no array from a urlencoded form: it refuses `text=a&text=b` and `text=a,b`
# alike with "must be array" (the probe is in /work/notes/calls-bench.md).
FORM_ARRAY_LIMIT = "Prism reads no array from a form body, however it is encoded"
UNROUTED = ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR", "NO_SERVER_MATCHED_ERROR")


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
    accept: str = ""


@dataclass(frozen=True)
class Planned:
    """One action as the bench calls it: its operation, its policies, and the values given."""

    operation: Any
    policies: list[Any]
    values: dict[str, Any]


def plan(tool: Any, definition: Definition) -> Planned:
    operation = definition.operation(tool.name)
    parameters = operation.parameters if operation else []
    declared = {python_name(p.name): _declared(p, operation) for p in parameters}
    values = arguments(tool.input_schema, declared)
    return Planned(operation, definition.properties.policies_for(tool.name), values)


def _declared(parameter: Any, operation: Any) -> dict[str, Any]:
    """A parameter's schema; an Accept or Content-Type header that names no value of its own
    takes one of the operation's media types (a user would not type "example" there)."""
    schema = dict(parameter.schema)
    kind = {"accept": "produces", "content-type": "consumes"}.get(parameter.name.lower())
    if parameter.location == "header" and kind and not ({"enum", "default"} & set(schema)):
        types = operation.media_types(kind)
        schema["default"] = types[0] if types else "application/json"
    return schema


@dataclass
class Result:
    name: str
    operations: int = 0
    triggers: int = 0
    calls: list[Call] = field(default_factory=list)
    policy_checks: list[tuple[str, str, bool]] = field(default_factory=list)  # (op, what, met)
    unchecked: int = 0  # request policies of templates the bench has no expectation for
    untyped: int = 0  # tool arguments whose input schema says nothing of their value
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

    def __init__(self, mock: Mock, base_path: str) -> None:
        self.inner = httpx.HTTPTransport()
        self.mock = mock
        self.target = httpx.URL(mock.url)
        self.base_path = base_path.rstrip("/")
        self.last = self.accept = ""
        self.body = b""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.last = f"{request.method} {request.url}"
        self.accept = request.headers.get("accept", "")
        # an in-memory body is read (and stays sendable); a streamed upload is not kept
        self.body = request.read() if isinstance(request.stream, httpx.ByteStream) else b""
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


def accepted_types(operation: Any) -> list[str]:
    """The Accept values the definition allows: ``produces``, and its own Accept parameter's."""
    if operation is None:
        return []
    found = [str(t) for t in as_list(operation.inherited("produces"))]
    for parameter in operation.parameters:
        if parameter.location == "header" and parameter.name.lower() == "accept":
            found += [str(v) for v in as_list(parameter.data.get("enum"))]
            found += [str(parameter.data["default"])] if "default" in parameter.data else []
    return found


def invoke(client: Any, tool: Any, values: dict[str, Any]) -> Any:
    """The raw response of ``tool``'s method called with ``values``, as the MCP server calls."""
    method = getattr(getattr(client.with_raw_response, tool.resource), tool.method)
    return method(
        *(values[name] for name in tool.positional),
        **{key: values[key] for key in tool.keywords if key in values},
    )


def call_one(client: Any, tool: Any, forward: Forward, status_error: type, op: Any) -> Call:
    """Call ``tool``'s method with filled arguments; judge what the mock made of it."""
    call = Call(tool.name)
    routed = any(p.template == ROUTE for p in op.policies)
    produced = accepted_types(op.operation)
    forward.last = forward.accept = ""
    try:
        response = invoke(client, tool, op.values)
    except status_error as error:
        call.sent, call.status, call.accept = forward.last, error.status_code, forward.accept
        consumed = op.operation.media_types("consumes") if op.operation else []
        arrays = {
            p.name
            for p in (op.operation.parameters if op.operation else [])
            if p.location == "formData" and p.type == "array"
        }
        return _refused(
            call, error.headers, error.body, routed, produced, consumed, arrays, forward.body
        )
    except Exception as error:  # the client refused or failed before an answer came
        call.sent = forward.last
        call.verdict, call.cause = "client fault", f"{type(error).__name__}: {error}"[:300]
        last_words = forward.mock.died()
        if last_words:
            call.verdict, call.cause = "mock limit", f"Prism died: {last_words}"
        return call
    call.sent, call.status = forward.last, response.status_code
    headers = response.http_response.headers
    found = violations(headers, None)
    if found:
        call.verdict, call.cause = "client fault", "; ".join(found)[:400]
        return call
    call.accepted = True
    return _parsed(call, tool, response, violations(headers, None, "response"))


def _form_array(violation: str, names: set[str], sent: bytes) -> bool:
    """Prism's "must be array" for a form array the client wrote as a form writes one (each
    item its own field, or comma-joined), not as JSON text (``text=["Hello"]``)."""
    match = re.fullmatch(
        r"(?:request\.)?body\.(.+): Request body property \1 must be array", violation
    )
    if match is None or match.group(1) not in names:
        return False
    values = [v for k, v in parse_qsl(sent.decode("utf-8", "replace")) if k == match.group(1)]
    return bool(values) and not any(v.lstrip().startswith("[") for v in values)


def _refused(
    call: Call,
    headers: Any,
    body: Any,
    routed: bool,
    produced: list[str],
    consumed: list[str],
    form_arrays: set[str],
    sent: bytes,
) -> Call:
    """An error status: Prism's refusal of the request, or an error the definition declares."""
    found = violations(headers, body)
    kind = prism_error(body)
    if found and all(_form_array(v, form_arrays, sent) for v in found):
        call.verdict = "mock limit"
        call.cause = f"{'; '.join(found)[:200]} -- {FORM_ARRAY_LIMIT}"
    elif routed and kind in UNROUTED:
        call.verdict = "mock limit"
        call.cause = (
            f"Prism {kind}: a routerequesttoendpoint policy sends it as {call.sent}, which the"
            " swagger Prism mocks does not declare (the gateway, not the API, knows the route)"
        )
    elif found:
        call.verdict, call.cause = "client fault", "; ".join(found)[:400]
    elif kind in UNROUTED:
        call.verdict, call.cause = "client fault", f"Prism {kind} for {call.sent}"
    elif kind == "INVALID_CONTENT_TYPE" and not consumed:
        call.verdict = "mock limit"
        call.cause = (
            f"Prism {kind}: the operation takes a body but its definition names no content type"
            " (consumes is empty), so Prism accepts no body at all; Power Platform sends JSON"
        )
    elif kind == "NOT_ACCEPTABLE" and call.accept in produced:
        call.verdict = "mock limit"
        call.cause = (
            f"Prism {kind}: the client asked for {call.accept!r}, which the definition allows"
            " (produces, or its own Accept parameter), and Prism has no response declared in"
            " that type to write"
        )
    elif kind is not None:
        call.verdict, call.cause = "client fault", f"Prism {kind}: {str(body)[:200]}"
    else:  # the mock's example of a declared error answer, which the client raised as such
        call.accepted = call.parsed = True
    return call


def _parsed(call: Call, tool: Any, response: Any, breaches: list[str]) -> Call:
    """Parsed, or not: a mock limit when the mock's answer breaks the definition (Prism says
    so itself in ``sl-violations``, or the tool's output schema rejects it)."""
    try:
        response.parse()
    except Exception as error:
        problem = "; ".join(breaches)[:200] or _schema_breach(tool, response)
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
    definition = Definition.load(spec, lenient=not is_strict_json(spec))
    plans = {tool.name: plan(tool, definition) for tool in tools}
    result.untyped = sum(len(untyped(tool.input_schema)) for tool in tools)
    # A base_url given pins the host (the runtime's rule: a mock wins over dynamichosturl).
    base_url = importlib.import_module(f"{package}._constants").DEFAULT_BASE_URL
    try:
        with prism_mock(mocked) as mock:
            forward = Forward(mock, str(data.get("basePath") or ""))
            client = client_class(
                base_url=base_url, transport=forward, retry=None, timeout=30.0, **keywords
            )
            with client:
                result.calls = [
                    call_one(client, tool, forward, status_error, plans[tool.name])
                    for tool in tools
                ]
    except PrismFailed as error:
        reason = f"Prism cannot load the definition: {error}"
        result.calls = [Call(t.name, verdict="mock limit", cause=reason) for t in tools]
    result.policy_checks, result.unchecked = check_policies(
        client_class, tools, keywords, definition, package, plans
    )


def check_policies(
    client_class: Any,
    tools: Any,
    keywords: dict[str, Any],
    definition: Any,
    package: str,
    plans: dict[str, Planned],
) -> tuple[list[tuple[str, str, bool]], int]:
    """Every action with a request policy, through a MockTransport: each expectation, met?"""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    table = importlib.import_module(f"{package}._connector").PARAMETERS
    connection = {row["name"]: keywords.get(row["keyword"]) for row in table}
    checks, unchecked = [], 0
    client = client_class(transport=httpx.MockTransport(answer), retry=None, **keywords)
    for tool in tools:
        planned = plans[tool.name]
        applied = [p for p in planned.policies if p.section.lower() != "response"]
        if not applied or planned.operation is None:
            continue
        seen.clear()
        with contextlib.suppress(Exception):  # the answer is not the point: the request is
            invoke(client, tool, planned.values)
        if not seen:
            checks.append((tool.name, "a request is sent", False))
            continue
        before = before_policies(definition, planned.operation, planned.values, keywords)
        before.connection = connection
        found, skipped = expectations(applied, before, list(seen))
        checks.extend((tool.name, e.what, e.met) for e in found)
        unchecked += skipped
    client.close()
    return checks, unchecked


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
        f"generated operations (of the connectors generated and imported): "
        f"{sum(r.operations for r in results if not r.error)}, of which triggers "
        f"(not called: Power Platform calls them): {sum(r.triggers for r in results)}",
        f"actions called against Prism: {counts['called']}; accepted and parsed: {counts['ok']}; "
        f"rejected by the mock: {counts['rejected']}; not parsed: {counts['unparsed']}; "
        f"mock limits: {counts['mock']}",
        f"accepted and parsed, of the {judged} not stopped by a mock limit: {share:.2%} "
        f"(target {TARGET:.0%}: {'met' if share >= TARGET else 'NOT met'})",
        "tool arguments whose MCP input schema has no type (the bench took the definition's):"
        f" {sum(r.untyped for r in results)}",
        f"policy expectations met: {sum(checks)} of {len(checks)}"
        f" ({'all' if all(checks) else 'NOT all'}); request policy instances of templates"
        f" without a check (body reshaping, lookups): {sum(r.unchecked for r in results)}",
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
    if not folders:  # an empty run would print a met target
        print(f"error: no connector folders under {CONNECTORS}; name some", file=sys.stderr)
        return 2
    ensure_prism()
    started = time.perf_counter()
    # A fresh process per connector: each imports its own generated package.
    with ProcessPoolExecutor(
        max_workers=max(1, min(args.workers, 2)), max_tasks_per_child=1
    ) as pool:
        results = []
        for result in pool.map(run_connector, folders):  # in order, as each one ends
            results.append(result)
            said = result.error or f"{len(result.calls)} actions, {result.seconds:.0f} s"
            print(f"[{len(results)}/{len(folders)}] {result.name}: {said}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print("\n".join(table(results)))
    print("\nexceptions:")
    print("\n".join(exceptions(results)) or "(none)")
    print()
    print("\n".join(summary(results, seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
