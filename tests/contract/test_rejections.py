"""The documented rejections: data the harness hands schemathesis, each with its reason."""

from __future__ import annotations

import schemathesis
from schemathesis.config import SchemathesisConfig
from trconnect.contract.collect import WAIVERS
from trconnect.contract.rejections import ACCEPTED, operation_settings
from trconnect.contract.safety import endpoints
from trconnect.contract.settings import Settings, schemathesis_config
from trconnect.model.profile import GENERIC

from tests.contract.conftest import text_request

DEFINITION, PROFILE = text_request()


def test_every_rejection_names_a_declared_status_of_a_spec_operation():
    assert PROFILE.rejections
    for rejection in PROFILE.rejections:
        operation = DEFINITION.operation(rejection.operation_id)
        assert str(rejection.status) in operation.responses, rejection
        assert len(rejection.reason) > 20, rejection


def test_only_the_named_operations_accept_a_400_to_valid_data():
    settings = schemathesis_config("http://x", {}, Settings(), PROFILE)
    project = SchemathesisConfig.from_dict(settings).projects.get_default()
    schema = schemathesis.openapi.from_dict(DEFINITION.data)
    named = {rejection.operation_id for rejection in PROFILE.rejections}
    for endpoint in endpoints(DEFINITION, PROFILE):
        operation = schema.find_operation_by_id(endpoint.operation_id)
        checks = project.checks_config_for(operation=operation)
        expected = set(checks.positive_data_acceptance.expected_statuses)
        assert ("400" in expected) is (endpoint.operation_id in named), endpoint.operation_id
        assert set(ACCEPTED) <= expected


def test_settings_entries_are_one_per_operation():
    ids = [entry["include-operation-id"] for entry in operation_settings(PROFILE)]
    assert sorted(ids) == sorted({r.operation_id for r in PROFILE.rejections})
    assert operation_settings(GENERIC) == []


def test_waivers_say_why():
    assert all(len(waiver.reason) > 40 for waiver in WAIVERS)
