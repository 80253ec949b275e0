"""The spec agrees with every fact of the real API, except where spec/deviations.yaml says why.

One test per operation of the facts file, so a failure names the operation; a difference must
be covered by exactly one deviation entry with the same values, and every entry must cover at
least one difference that is really there.
"""

from __future__ import annotations

import copy
import json

import pytest

from tests.conftest import FACTS
from tests.spec import facts_places
from tests.spec.spec_walk import operation_by_id

OPERATION_IDS = (
    [op["operationId"] for op in json.loads(FACTS.read_text(encoding="utf-8"))["operations"]]
    if FACTS.is_file()
    else []
)


def _facts_by_id(facts: dict) -> dict[str, dict]:
    return {op["operationId"]: op for op in facts["operations"]}


def _differences(doc: dict, op_facts: dict) -> dict:
    path, _, op = operation_by_id(doc)[op_facts["operationId"]]
    known = facts_places.from_facts(op_facts)
    return facts_places.differences(known, facts_places.from_spec(doc, path, op, set(known)))


def _unexplained(doc: dict, op_facts: dict, deviations: list[dict]) -> list[str]:
    problems = []
    for place, values in _differences(doc, op_facts).items():
        matches = [
            e for e in deviations if facts_places.covers(e, op_facts["operationId"], place, values)
        ]
        if len(matches) != 1:
            facts_value, spec_value = values
            problems.append(
                f"{place}: facts {facts_value!r}, spec {spec_value!r} "
                f"({len(matches)} deviation entries cover it, 1 must)"
            )
    return problems


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_agrees_with_facts(
    operation_id: str, spec: dict, facts: dict, deviations: list[dict]
) -> None:
    op_facts = _facts_by_id(facts)[operation_id]
    found = operation_by_id(spec)
    assert operation_id in found, f"{operation_id} is missing from the spec"
    path, method, _ = found[operation_id]
    assert (method.upper(), path) == (op_facts["method"], op_facts["path"])
    assert _unexplained(spec, op_facts, deviations) == []


def test_spec_has_no_operation_beyond_the_facts(spec: dict, facts: dict) -> None:
    assert sorted(operation_by_id(spec)) == sorted(_facts_by_id(facts))


def test_every_deviation_is_really_there(spec: dict, facts: dict, deviations: list[dict]) -> None:
    found: dict[int, int] = {index: 0 for index in range(len(deviations))}
    for op_facts in facts["operations"]:
        for place, values in _differences(spec, op_facts).items():
            for index, entry in enumerate(deviations):
                found[index] += facts_places.covers(entry, op_facts["operationId"], place, values)
    stale = [deviations[i] for i, count in found.items() if count == 0]
    assert stale == [], "deviation entries that match no difference between spec and facts"


def test_deviation_entries_are_complete(deviations: list[dict]) -> None:
    for entry in deviations:
        assert set(entry) == {"operation", "location", "facts", "spec", "reason"}, entry
        assert entry["reason"].strip(), entry


TOP_LEVEL = {
    "host": "host",
    "basePath": "basePath",
    "schemes": "schemes",
    "consumes": "consumes",
    "produces": "produces",
    "x-ms-connector-metadata": "connector_metadata",
}


@pytest.mark.parametrize(("key", "fact"), TOP_LEVEL.items())
def test_top_level_fact(key: str, fact: str, spec: dict, facts: dict) -> None:
    assert spec[key] == facts[fact]


def test_security_definition_is_the_api_key_header(spec: dict, facts: dict) -> None:
    """Type, place and header name as the facts give them; a description may be added."""
    assert spec["securityDefinitions"].keys() == facts["security"].keys()
    for name, scheme in facts["security"].items():
        assert {k: spec["securityDefinitions"][name].get(k) for k in scheme} == scheme


def test_every_operation_is_secured_by_the_api_key(spec: dict, facts: dict) -> None:
    names = [{name: []} for name in facts["security"]]
    assert spec["security"] == names
    assert all("security" not in op for *_, op in operation_by_id(spec).values())


def test_a_changed_type_is_caught(spec: dict, facts: dict, deviations: list[dict]) -> None:
    """The comparison is not vacuous: a field whose type drifts from the facts fails."""
    changed = copy.deepcopy(spec)
    changed["definitions"]["Message"]["properties"]["body"]["type"] = "integer"
    op_facts = _facts_by_id(facts)["SendMessageByPhoneNumber"]
    assert _unexplained(changed, op_facts, deviations) == [
        "responses/200/body/type: facts 'string', spec 'integer' "
        "(0 deviation entries cover it, 1 must)"
    ]


def test_a_deviation_that_is_gone_is_caught(spec: dict, facts: dict) -> None:
    """An entry whose difference the spec no longer has covers nothing."""
    changed = copy.deepcopy(spec)
    changed["parameters"]["group_id"]["default"] = 40472
    entry = {
        "operation": "*",
        "location": "parameters/group_id/default",
        "facts": 40472,
        "spec": None,
        "reason": "sample",
    }
    op_facts = _facts_by_id(facts)["GetGroupById"]
    for doc, expected in ((spec, True), (changed, False)):
        diffs = _differences(doc, op_facts).items()
        assert any(facts_places.covers(entry, "GetGroupById", p, v) for p, v in diffs) is expected
