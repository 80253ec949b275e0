"""What the harness changes in its in-memory copy of the spec: samples and links, nothing else."""

from __future__ import annotations

import copy

import pytest
from trconnect.contract.known_ids import KnownIds, point_examples
from trconnect.contract.links import with_links
from trconnect.contract.safety import endpoints
from trconnect.model import Definition
from trconnect.model.profile import GENERIC

from tests.contract.conftest import text_request


@pytest.fixture(scope="module")
def model():
    return text_request()


@pytest.fixture(scope="module")
def spec(model):
    return model[0].data


def path_samples(spec, operation_id):
    shared = spec.get("parameters", {})
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                found = {}
                for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                    if "$ref" in parameter:
                        parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
                    if parameter.get("in") == "path":
                        found[parameter["name"]] = parameter.get("x-example")
                return found
    raise KeyError(operation_id)


def test_samples_point_at_known_resources_except_for_deletes(model, spec):
    definition, profile = model
    before = copy.deepcopy(spec)
    pointed = point_examples(definition, KnownIds({"dashboard_id": 7, "group_id": 3}))
    assert spec == before
    assert path_samples(pointed, "GetGroupById") == {"dashboard_id": 7, "group_id": 3}
    assert path_samples(pointed, "UpdateGroup") == {"dashboard_id": 7, "group_id": 3}
    assert path_samples(pointed, "DeleteGroup") == path_samples(spec, "DeleteGroup")
    assert path_samples(pointed, "DeleteGroup")["group_id"] != 3
    assert endpoints(Definition.from_data(pointed), profile) == endpoints(definition, profile)


def links_of(spec):
    found = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                response = operation.get("responses", {}).get("200", {})
                targets = [link["operationId"] for link in response.get("x-links", {}).values()]
                found[operation["operationId"]] = targets
    return found


def test_links_run_create_read_update_delete(model, spec):
    definition, profile = model
    linked = links_of(with_links(definition, profile))
    assert {"GetGroupById", "UpdateGroup", "DeleteGroup"} <= set(linked["CreateGroup"])
    assert {"GetPayment", "CancelPayment"} <= set(linked["CreatePayment"])
    assert {"GetContactByPhoneNumber", "DeleteContact"} <= set(linked["CreateContact"])
    assert {"GetDashboard", "UpdateDashboardsName", "DeleteDashboard"} <= set(
        linked["CreateDashboard"]
    )
    declared = {e.operation_id for e in endpoints(definition, profile)}
    for source, targets in linked.items():
        assert set(targets) <= declared
        for target in targets:
            if target.startswith("Delete"):
                assert source == target.replace("Delete", "Create"), (source, target)


def test_without_a_profile_no_link_is_added(model, spec):
    definition, _ = model
    assert with_links(definition, GENERIC) == spec
