"""One judgement of what an operation does, from its method and the profile's ``unsafe`` data."""

from __future__ import annotations

import pytest
from trconnect.model import Definition
from trconnect.model.effects import effect_of
from trconnect.model.profile import GENERIC, for_spec

from tests.conftest import SPEC


@pytest.fixture(scope="module")
def text_request():
    from trconnect.load import load_document

    definition = Definition(load_document(SPEC))
    return definition, for_spec(definition)


def effects(definition, profile):
    return {op.id: effect_of(op, profile) for op in definition.operations}


def test_reads_change_nothing_and_may_be_repeated(text_request):
    for op_id, effect in effects(*text_request).items():
        if op_id.startswith("Get"):
            assert effect.read_only and effect.idempotent and not effect.destructive, op_id


def test_texting_a_person_is_destructive_open_world_and_never_repeated(text_request):
    found = effects(*text_request)
    for op_id in ("SendMessageByPhoneNumber", "CreatePayment", "SendPaymentReminder"):
        effect = found[op_id]
        assert effect.reaches_a_person and effect.destructive and not effect.idempotent, op_id
        assert effect.unsafe_reason


def test_deletes_and_cancelling_destroy_puts_repeat(text_request):
    definition, profile = text_request
    found = effects(definition, profile)
    assert found["CancelPayment"].destructive
    for op in definition.operations:
        if op.method == "delete":
            assert found[op.id].destructive and found[op.id].unsafe_reason == "deletes data"
        if op.method == "put" and op.id not in profile.reaching_a_person:
            assert found[op.id].idempotent and not found[op.id].read_only


def test_without_a_profile_only_the_method_speaks(text_request):
    definition, _ = text_request
    for op in definition.operations:
        effect = effect_of(op, GENERIC)
        assert effect.destructive == (op.method == "delete")
        assert not effect.reaches_a_person
        assert effect.idempotent == (op.method in {"get", "put", "delete", "head", "options"})
