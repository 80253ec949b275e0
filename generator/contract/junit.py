"""JUnit XML for CI servers: one test case per operation and check, skipped ones marked.

Errors fail their case; a warning (the API accepts more than the spec says) is a passing
case whose output says what was accepted, so CI fails exactly when the command does.
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from .report import safe_text as xml_text
from .results import ContractResult, Problem

SUITE = "contract"


def to_xml(result: ContractResult) -> ET.ElementTree:
    suite = ET.Element("testsuite", name=SUITE, time=f"{result.wall_time:.3f}")
    found: dict[tuple[str, str], list[Problem]] = {}
    for problem in result.errors:
        found.setdefault((problem.operation_id, problem.check), []).append(problem)
    for op in result.operations:
        if op.skipped_reason is not None:
            _case(suite, op.operation_id, "all checks", skipped=op.skipped_reason)
            continue
        if op.examples == 0:
            _case(suite, op.operation_id, "coverage", failure="no example got an answer")
        for check in sorted(set(op.checks) | {c for (o, c) in found if o == op.operation_id}):
            _case(suite, op.operation_id, check, problems=found.pop((op.operation_id, check), []))
    for (operation_id, check), rest in found.items():
        _case(suite, operation_id, check, problems=rest)
    for problem in result.warnings:
        _warning(suite, problem)
    cases = list(suite)
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    suite.set("skipped", str(sum(case.find("skipped") is not None for case in cases)))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.ElementTree(root)


def _case(
    suite: ET.Element,
    classname: str,
    name: str,
    *,
    problems: list[Problem] | None = None,
    failure: str | None = None,
    skipped: str | None = None,
) -> None:
    case = ET.SubElement(suite, "testcase", classname=xml_text(classname), name=xml_text(name))
    if skipped is not None:
        ET.SubElement(case, "skipped", message=xml_text(skipped))
    if failure is not None:
        ET.SubElement(case, "failure", message=xml_text(failure)).text = xml_text(failure)
    if problems:
        text = "\n\n".join(
            "\n".join(filter(None, [p.title, p.message, p.curl and f"reproduce: {p.curl}"]))
            for p in problems
        )
        ET.SubElement(case, "failure", message=xml_text(problems[0].title)).text = xml_text(text)


def _warning(suite: ET.Element, problem: Problem) -> None:
    """A warning passes: the API accepts more than the spec says; the text says what."""
    case = ET.SubElement(
        suite, "testcase", classname=xml_text(problem.operation_id), name=problem.check
    )
    text = f"warning: {problem.title}\n{problem.message}"
    ET.SubElement(case, "system-out").text = xml_text(text)


def write(result: ContractResult, path: Path) -> None:
    """Write atomically: a temporary file beside ``path``, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            to_xml(result).write(stream, encoding="utf-8", xml_declaration=True)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
