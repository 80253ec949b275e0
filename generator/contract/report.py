"""The text a person reads after a run: operations by checks, then every problem with its curl."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .results import ContractResult, OperationResult, Problem

# Short column titles for schemathesis's checks, in the order the table shows them.
CHECK_COLUMNS: Mapping[str, str] = {
    "not_a_server_error": "5xx",
    "status_code_conformance": "status",
    "content_type_conformance": "ctype",
    "response_headers_conformance": "rheads",
    "response_schema_conformance": "schema",
    "negative_data_rejection": "reject",
    "positive_data_acceptance": "accept",
    "missing_required_header": "reqhdr",
    "unsupported_method": "method",
    "allow_header_conformance": "allow",
    "ignored_auth": "auth",
    "use_after_free": "uaf",
    "ensure_resource_availability": "avail",
    "object_level_authorization": "bola",
}
MESSAGE_LINES = 6
# Control characters, lone surrogates and non-characters: fuzzed requests are full of them;
# a terminal would act on them, UTF-8 cannot encode surrogates, XML cannot hold any of them.
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def safe_text(text: str) -> str:
    """``text`` with every unsafe character written as its Python escape (``\\x1b``)."""
    return UNSAFE_CHARACTERS.sub(
        lambda match: match.group().encode("unicode_escape").decode("ascii"), text
    )


def checks_run(operations: list[OperationResult]) -> list[str]:
    """Every check that ran on any operation, known ones first in table order."""
    seen = {name for op in operations for name in op.checks}
    known = [name for name in CHECK_COLUMNS if name in seen]
    return known + sorted(seen - set(CHECK_COLUMNS))


def cell(op: OperationResult, check: str) -> str:
    tally = op.checks.get(check)
    if tally is None:
        return "."
    return f"FAIL{tally.failed}" if tally.failed else "ok"


def table(result: ContractResult) -> str:
    checks = checks_run(result.operations)
    titles = [CHECK_COLUMNS.get(name, name) for name in checks]
    name_width = max([len("operation"), *(len(op.operation_id) for op in result.operations)])
    widths = [max(len(title), 6) for title in titles]
    lines = [_row(["operation".ljust(name_width), "examples", *titles], [0, 8, *widths])]
    for op in result.operations:
        head = [op.operation_id.ljust(name_width), str(op.examples).rjust(8)]
        if op.skipped_reason is not None:
            lines.append(" ".join([*head, f"skipped: {op.skipped_reason}"]))
        else:
            lines.append(_row([*head, *(cell(op, name) for name in checks)], [0, 8, *widths]))
    legend = ", ".join(f"{CHECK_COLUMNS.get(name, name)}={name}" for name in checks)
    return "\n".join(
        [*lines, "", f"columns: {legend}", "cells: ok = passed, FAILn = n failures, . = not run"]
    )


def _row(values: list[str], widths: list[int]) -> str:
    return " ".join(
        value.ljust(width) for value, width in zip(values, widths, strict=True)
    ).rstrip()


def problems(result: ContractResult) -> str:
    if not result.problems and not result.refused and not result.uncovered:
        return "no disagreements between the API and the spec"
    lines = []
    if result.errors:
        lines.append(f"errors (the API breaks the spec): {len(result.errors)}")
        lines.extend(_listed(result.errors))
    if result.warnings:
        lines.append(f"warnings (the API accepts more than the spec says): {len(result.warnings)}")
        lines.extend(_listed(result.warnings))
    for method, path, operation_id in result.refused:
        lines.append(
            f"refused by the guard (never sent): {method} {path} would reach {operation_id}"
        )
    for op in result.uncovered:
        lines.append(f"not covered: {op.operation_id} got no answered example")
    return "\n".join(lines)


def _listed(found: list[Problem]) -> list[str]:
    lines = []
    for number, problem in enumerate(found, start=1):
        times = f" (x{problem.occurrences})" if problem.occurrences > 1 else ""
        lines.append(f"{number}. {problem.operation_id}: {problem.check}: {problem.title}{times}")
        lines.extend("   " + text for text in problem.message.strip().splitlines()[:MESSAGE_LINES])
        if problem.curl:
            lines.append(f"   reproduce: {problem.curl}")
    return lines


def account(result: ContractResult) -> str:
    """What a live run with writes did to the account, and what it could not undo."""
    changes = result.account
    if changes is None:
        return ""
    lines = [f"the account: what this run made is named {changes.run_name!r}"]
    rows = [
        ("made", changes.made),
        ("deleted again", changes.undone),
        ("restored after changing", changes.restored),
        ("kept away (aimed at what the run did not make)", changes.kept_away),
    ]
    lines += [f"  {what}: {_tally(tally)}" for what, tally in rows if tally]
    if changes.not_undone:
        lines.append("could not undo:")
        lines += [f"  {line}" for line in changes.not_undone]
    else:
        lines.append("  nothing left undone")
    return "\n".join(lines)


def _tally(tally: dict[str, int]) -> str:
    return ", ".join(f"{operation_id} {count}" for operation_id, count in tally.items())


def waivers(result: ContractResult) -> str:
    return "\n".join(
        f"waived {count} check failures: {reason}" for reason, count in result.waived.items()
    )


def summary(result: ContractResult) -> str:
    skipped = sum(1 for op in result.operations if op.skipped_reason is not None)
    parts = [
        f"{len(result.operations)} operations",
        f"{len(result.covered)} covered",
        f"{skipped} skipped",
        f"{result.examples} examples",
        f"{result.stateful.scenarios} stateful sequences",
        f"{len(result.errors)} errors",
        f"{len(result.warnings)} warnings",
        f"{result.wall_time:.1f} s",
        f"seed {result.seed}",
    ]
    if result.trigger_events:
        parts.append(f"trigger notifications checked: {', '.join(result.trigger_events)}")
    if result.calls_sent is not None:
        parts.append(f"{result.calls_sent} calls sent to the live API")
    verdict = "PASSED" if result.ok else "FAILED"
    return f"{verdict} against {result.target}: " + ", ".join(parts)


def render(result: ContractResult) -> str:
    parts = [table(result), problems(result), waivers(result), account(result), summary(result)]
    return safe_text("\n\n".join(part for part in parts if part) + "\n")
