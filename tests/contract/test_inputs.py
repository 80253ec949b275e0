"""Bad options are refused before any request, with what to do instead."""

from __future__ import annotations

import pytest
from trconnect.contract.runner import run_contract
from trconnect.contract.settings import Settings, Target
from trconnect.contract.target import live_target
from trconnect.errors import InputError

from tests.conftest import SPEC

UNREACHABLE = Target("http://127.0.0.1:9/api/v3", "k", live=True)


def test_unknown_allow_unsafe_name_is_refused():
    with pytest.raises(InputError) as caught:
        run_contract(SPEC, UNREACHABLE, Settings(allow_unsafe=("SendSms",)))
    text = str(caught.value)
    assert "SendSms" in text and "SendMessageByPhoneNumber" in text


def test_missing_key_variable_is_named(monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_VAR", raising=False)
    with pytest.raises(InputError) as caught:
        live_target("https://api.example.test/api/v3", "NO_SUCH_KEY_VAR")
    assert "$NO_SUCH_KEY_VAR" in str(caught.value)
    assert "export NO_SUCH_KEY_VAR=" in str(caught.value)


def test_a_non_http_url_is_refused(monkeypatch):
    monkeypatch.setenv("SOME_KEY", "secret-value")
    with pytest.raises(InputError) as caught:
        live_target("ftp://api.example.test", "SOME_KEY")
    assert "secret-value" not in str(caught.value)


def test_the_key_stays_out_of_reprs():
    from trconnect.contract.collect import Secrets

    assert "k3y" not in repr(Target("http://x", "k3y", live=True))
    assert "k3y" not in repr(Secrets("k3y", "x-api-key", "TEXTREQUEST_API_KEY"))


def test_a_profile_naming_an_unknown_operation_is_refused_with_its_line(tmp_path):
    profile = tmp_path / "p.contract.yaml"
    profile.write_text("unsafe:\n  operations:\n    SendSms: texts a person\n")
    with pytest.raises(InputError) as caught:
        run_contract(SPEC, UNREACHABLE, Settings(profile=profile))
    assert caught.value.line == 3
    assert "/unsafe/operations/SendSms" in str(caught.value) and "SendSms" in str(caught.value)


def test_a_malformed_profile_says_where(tmp_path):
    profile = tmp_path / "p.contract.yaml"
    profile.write_text("links:\n  GetDashboards: [GetDashboard]\n")
    with pytest.raises(InputError) as caught:
        run_contract(SPEC, UNREACHABLE, Settings(profile=profile))
    assert caught.value.line == 2 and "/links/GetDashboards" in str(caught.value)


def test_a_missing_profile_is_named(tmp_path):
    with pytest.raises(InputError) as caught:
        run_contract(SPEC, UNREACHABLE, Settings(profile=tmp_path / "none.yaml"))
    assert "none.yaml" in str(caught.value)
