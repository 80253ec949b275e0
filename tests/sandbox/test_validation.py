"""Requests checked against the spec: 400 naming the field, 413 over 1 MiB, nothing stored."""

from __future__ import annotations

import pytest


@pytest.fixture
def contact_url(api, ok, dashboard):
    url = f"/dashboards/{dashboard['id']}/contacts/4235552000"
    ok(api.post(url, json={"first_name": "Before"}))
    return url


def assert_unchanged(api, ok, url):
    assert ok(api.get(url))["first_name"] == "Before"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"first_name": 7}, "first_name"),
        ({"is_blocked": "yes"}, "is_blocked"),
        ({"groups": ["one"]}, "groups[0]"),
        ({"custom_fields": [{"id": 5}]}, "custom_fields[0].id"),
        (["not", "an", "object"], "body"),
    ],
)
def test_bad_body_names_the_field(api, ok, contact_url, body, field):
    response = api.post(contact_url, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field
    assert field.split("[")[0] in response.json()["message"] or field == "body"
    assert_unchanged(api, ok, contact_url)


def test_unknown_fields_are_ignored(api, ok, contact_url):
    """As the API's JSON binding does: the schemas do not forbid other fields."""
    stored = ok(api.post(contact_url, json={"first_nmae": "Typo", "note": "kept", "x": 2**70}))
    assert (stored["first_name"], stored["note"]) == ("Before", "kept")
    assert "first_nmae" not in stored


@pytest.mark.parametrize(
    "content", [b"{", b'{"first_name": "x",}', b"NaN", b"\xff\xfe", b'{"first_name": NaN}']
)
def test_malformed_json_is_400_and_changes_nothing(api, ok, contact_url, content):
    response = api.post(contact_url, content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["field"] == "body"
    assert_unchanged(api, ok, contact_url)


def test_missing_body_is_400(api, contact_url):
    response = api.post(contact_url)
    assert response.status_code == 400 and response.json()["field"] == "body"


def test_body_over_one_mebibyte_is_413_and_changes_nothing(api, ok, contact_url):
    note = "x" * (1024 * 1024)
    response = api.post(contact_url, json={"first_name": "After", "note": note})
    assert response.status_code == 413
    assert_unchanged(api, ok, contact_url)


def test_body_just_under_the_limit_is_accepted(api, ok, contact_url):
    note = "y" * (1024 * 1024 - 100)
    assert ok(api.post(contact_url, json={"note": note}))["note"] == note


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "first", "page_size": 5}, "page"),
        ({"page": -1, "page_size": 5}, "page"),
        ({"page": 0, "page_size": 0}, "page_size"),
        ({"page": 0, "page_size": 5, "is_blocked": "maybe"}, "is_blocked"),
        (
            {"page": 0, "page_size": 5, "contact_created_after": "yesterday"},
            "contact_created_after",
        ),
        ({"page": 0, "page_size": 5, "colour": "blue"}, "colour"),
    ],
)
def test_bad_query_names_the_parameter(api, dashboard, params, field):
    response = api.get(f"/dashboards/{dashboard['id']}/contacts", params=params)
    assert response.status_code == 400, response.text
    assert response.json()["field"] == field


def test_bad_path_value_names_the_parameter(api):
    response = api.get("/dashboards/twelve/contacts", params={"page": 0, "page_size": 5})
    assert response.status_code == 400 and response.json()["field"] == "dashboard_id"


def test_enum_is_checked(api, dashboard):
    response = api.get(
        f"/dashboards/{dashboard['id']}/payments",
        params={"page": 0, "page_size": 5, "sort_type": "colour"},
    )
    assert response.status_code == 400 and response.json()["field"] == "sort_type"


def test_unknown_path_and_method(api, sandbox):
    assert api.get("/nowhere").status_code == 404
    assert api.patch("/dashboards").status_code == 405


def test_method_not_allowed_lists_the_allowed_ones(api):
    """RFC 9110: a 405 carries Allow; the body is JSON like every other error."""
    response = api.put("/dashboards")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert "PUT" in response.json()["message"]


@pytest.mark.parametrize("path", ["/dashboards/1/contacts/%0A", "/nowhere/%0A", "/dash%0Aboards"])
def test_every_error_is_json_even_with_an_encoded_newline(api, dashboard, path):
    """Starlette's own 404 is plain text; an encoded newline used to fall through to it."""
    response = api.delete(path.replace("/1/", f"/{dashboard['id']}/"))
    assert response.status_code in (400, 404)
    assert response.headers["content-type"] == "application/json"
    assert response.json()["message"]
