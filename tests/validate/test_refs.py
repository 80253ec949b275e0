"""Dead-end references, as the one resolver sees them: each reported once, where it is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from trconnect.model import Definition
from trconnect.validate import Finding, validate_definition

REF_RULES = ("ref-cycle", "ref-unresolved")
HEAD = """\
swagger: '2.0'
info: {title: Refs, version: '1.0'}
paths:
  /things:
    get:
      operationId: ListThings
      responses:
        '200':
          description: The things.
          schema: {$ref: '#/definitions/Entry'}
definitions:
"""
# Each case: the definitions written after HEAD, the rule, the pointer and the exact line of
# the '$ref' it must name (a line that occurs once in the text).
CASES = {
    "two-member cycle": (
        """\
  Entry: {type: array, items: {$ref: '#/definitions/B'}}
  A:
    $ref: '#/definitions/B'
  B:
    $ref: '#/definitions/A'
""",
        "ref-cycle",
        "/definitions/A/$ref",
        "    $ref: '#/definitions/B'",
    ),
    "self-reference": (
        """\
  Entry: {type: object, properties: {self: {$ref: '#/definitions/A'}}}
  A:
    $ref: '#/definitions/A'
""",
        "ref-cycle",
        "/definitions/A/$ref",
        "    $ref: '#/definitions/A'",
    ),
    "missing target": (
        """\
  Entry:
    type: object
    properties:
      owner:
        $ref: '#/definitions/Nowhere'
""",
        "ref-unresolved",
        "/definitions/Entry/properties/owner/$ref",
        "        $ref: '#/definitions/Nowhere'",
    ),
}


def _ref_findings(tmp_path: Path, definitions: str) -> list[Finding]:
    """The reference findings of every definition rule, on HEAD followed by ``definitions``."""
    path = tmp_path / "refs.yaml"
    path.write_text(HEAD + definitions, encoding="utf-8")
    return [f for f in validate_definition(Definition.load(path)) if f.rule in REF_RULES]


@pytest.mark.parametrize("name", CASES)
def test_a_dead_end_is_one_finding_at_its_ref(name: str, tmp_path: Path) -> None:
    definitions, rule, pointer, ref_line = CASES[name]
    findings = _ref_findings(tmp_path, definitions)
    assert [(f.rule, f.pointer) for f in findings] == [(rule, pointer)]
    lines = (HEAD + definitions).splitlines()
    assert lines.count(ref_line) == 1
    assert findings[0].line == lines.index(ref_line) + 1
    assert findings[0].file.endswith("refs.yaml") and findings[0].severity == "error"


def test_a_cycle_message_names_its_members(tmp_path: Path) -> None:
    (finding,) = _ref_findings(tmp_path, CASES["two-member cycle"][0])
    assert "#/definitions/A -> #/definitions/B -> #/definitions/A" in finding.message
    assert finding.fix


def test_a_recursive_schema_is_no_dead_end(tmp_path: Path) -> None:
    definitions = """\
  Entry:
    type: object
    properties:
      name: {type: string}
      children:
        type: array
        items: {$ref: '#/definitions/Entry'}
      parent:
        $ref: '#/definitions/Entry'
"""
    assert _ref_findings(tmp_path, definitions) == []


def test_loops_everywhere_do_not_crash_any_rule(tmp_path: Path) -> None:
    """Loops of path items, parameters, responses and schemas: every rule still answers."""
    text = """\
swagger: '2.0'
info: {title: Loops, version: '1.0'}
paths:
  /a: {$ref: '#/paths/~1b'}
  /b: {$ref: '#/paths/~1a'}
  /c:
    parameters: [{$ref: '#/parameters/P'}]
    post:
      operationId: Post
      parameters: [{$ref: '#/parameters/Q'}]
      responses:
        '200': {$ref: '#/responses/R'}
        default: {$ref: '#/responses/R'}
      x-ms-trigger: single
parameters:
  P: {$ref: '#/parameters/Q'}
  Q: {$ref: '#/parameters/P'}
responses:
  R: {$ref: '#/responses/R'}
definitions:
  S: {$ref: '#/definitions/S'}
"""
    path = tmp_path / "loops.yaml"
    path.write_text(text, encoding="utf-8")
    findings = validate_definition(Definition.load(path), project=True)
    cycles = sorted(f.pointer for f in findings if f.rule == "ref-cycle")
    assert cycles == [
        "/definitions/S/$ref",
        "/parameters/P/$ref",
        "/paths/~1a/$ref",
        "/responses/R/$ref",
    ]
    assert all(f.line for f in findings if f.rule == "ref-cycle")
