"""The documented rejections: data the harness hands schemathesis, each with its reason."""

from __future__ import annotations

import schemathesis
from schemathesis.config import SchemathesisConfig
from trconnect.contract.collect import WAIVERS
from trconnect.contract.rejections import ACCEPTED, DOCUMENTED_REJECTIONS, operation_settings
from trconnect.contract.safety import endpoints
from trconnect.contract.settings import Settings, schemathesis_config
from trconnect.load import load_document

from tests.conftest import SPEC


def test_every_rejection_names_a_declared_status_of_a_spec_operation():
    spec = load_document(SPEC).data
    declared = {
        op["operationId"]: op["responses"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert {e.operation_id for e in endpoints(spec)} == set(declared)
    for rejection in DOCUMENTED_REJECTIONS:
        assert str(rejection.status) in declared[rejection.operation_id], rejection
        assert len(rejection.reason) > 20, rejection


def test_only_the_named_operations_accept_a_400_to_valid_data():
    config = SchemathesisConfig.from_dict(schemathesis_config("http://x", {}, Settings()))
    project = config.projects.get_default()
    spec = load_document(SPEC).data
    schema = schemathesis.openapi.from_dict(spec)
    named = {rejection.operation_id for rejection in DOCUMENTED_REJECTIONS}
    for endpoint in endpoints(spec):
        operation = schema.find_operation_by_id(endpoint.operation_id)
        checks = project.checks_config_for(operation=operation)
        expected = set(checks.positive_data_acceptance.expected_statuses)
        assert ("400" in expected) is (endpoint.operation_id in named), endpoint.operation_id
        assert set(ACCEPTED) <= expected


def test_settings_entries_are_one_per_operation():
    ids = [entry["include-operation-id"] for entry in operation_settings()]
    assert sorted(ids) == sorted({r.operation_id for r in DOCUMENTED_REJECTIONS})


def test_waivers_say_why():
    assert all(len(waiver.reason) > 40 for waiver in WAIVERS)
