"""Which credential the client sends, and the warning for every scheme it leaves out."""

from __future__ import annotations

from typing import Any

import pytest
from trconnect.model import Definition
from trconnect.render.client_report import ClientWarning
from trconnect.render.client_runtime import Auth, auth
from trconnect.transform import to_openapi3

OAUTH2 = {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://x/a", "scopes": {}}
BASIC = {"type": "basic"}
HEADER = {"type": "apiKey", "in": "header", "name": "x-key"}
QUERY = {"type": "apiKey", "in": "query", "name": "key"}


def choose(schemes: dict[str, Any], security: Any = None) -> tuple[Auth, list[ClientWarning]]:
    swagger = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {}}
    swagger["securityDefinitions"] = schemes
    if security is not None:
        swagger["security"] = security
    warnings: list[ClientWarning] = []
    return auth(to_openapi3(Definition.from_data(swagger)).document, warnings), warnings


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        (OAUTH2, Auth("bearer")),
        ({**OAUTH2, "flow": "application", "tokenUrl": "https://x/t"}, Auth("bearer")),
        (BASIC, Auth("basic")),
        (HEADER, Auth("header", "x-key")),
        (QUERY, Auth("query", "key")),
    ],
)
def test_one_scheme_is_sent_without_a_warning(scheme: dict[str, Any], expected: Auth) -> None:
    for security in (None, [], [{"s": []}]):
        assert choose({"s": scheme}, security) == (expected, [])


def test_the_first_alternative_of_security_is_sent_and_the_other_is_a_warning() -> None:
    chosen, warnings = choose({"o": OAUTH2, "b": BASIC}, [{"b": []}, {"o": []}])
    assert chosen == Auth("basic")
    assert [w.pointer for w in warnings] == ["/securityDefinitions/o"]
    assert "oauth2 authentication is not applied" in warnings[0].message
    assert "it sends basic authentication only" in warnings[0].message


def test_schemes_required_together_are_a_warning_and_a_single_one_is_still_sent() -> None:
    chosen, warnings = choose({"h": HEADER, "q": QUERY}, [{"h": [], "q": []}, {"q": []}])
    assert chosen == Auth("query", "key")
    assert [w.pointer for w in warnings] == ["/security", "/securityDefinitions/h"]
    assert "h, q required together" in warnings[0].message


def test_only_schemes_required_together_send_nothing_and_say_so() -> None:
    chosen, warnings = choose({"h": HEADER, "o": OAUTH2}, [{"h": [], "o": []}])
    assert chosen == Auth()
    pointers = [w.pointer for w in warnings]
    assert pointers == ["/security", "/securityDefinitions/h", "/securityDefinitions/o"]
    assert all("pass the credential in default_headers=" in w.message for w in warnings[1:])
