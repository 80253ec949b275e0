"""A target given from outside: a live URL and the environment variable holding its key, and
optionally a URL that makes an inbound text happen.

The contract package starts no server of its own: the command line (``trconnect
contract-test`` with no ``--base-url`` starts a sandbox) or a test fixture does, and hands
over only a URL, a key and, if it can, the way to make a customer's text arrive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from string import Formatter
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from ..errors import InputError
from .calls import CallError
from .settings import DEFAULT_KEY_HEADER, Target


def live_target(
    base_url: str,
    key_env: str,
    inbound_url: str | None = None,
    key_header: str = DEFAULT_KEY_HEADER,
) -> Target:
    """A live API, its key read from the environment variable ``key_env``."""
    _check_url("--base-url", base_url, "e.g. https://api.textrequest.com/api/v3")
    key = os.environ.get(key_env)
    if not key:
        raise InputError(
            f"${key_env}",
            "the environment variable that should hold the API key is not set",
            hint=f"export {key_env}=<your key>, or name another variable",
        )
    inbound = None if inbound_url is None else inbound_poster(inbound_url, {key_header: key})
    return Target(base_url.rstrip("/"), key, live=True, inbound=inbound)


def inbound_poster(
    template: str, headers: Mapping[str, str]
) -> Callable[[Mapping[str, Any]], object]:
    """Makes an inbound text happen by POSTing to ``template``: the values it names
    (``.../dashboards/{dashboard_id}/inbound``) go in the URL, the others in a JSON body."""
    _check_url("--inbound-url", template, "e.g. http://127.0.0.1:8765/inbound/{dashboard_id}")
    named = {field for _, field, _, _ in Formatter().parse(template) if field}

    def post(values: Mapping[str, Any]) -> object:
        missing = sorted(named - set(values))
        if missing:
            raise CallError(f"the inbound text: the trigger gives no value for {missing[0]}")
        url = template.format(**{name: quote(str(values[name]), safe="") for name in named})
        body = {name: value for name, value in values.items() if name not in named}
        try:
            response = httpx.post(url, json=body, headers=dict(headers), timeout=10)
        except httpx.HTTPError as error:
            raise CallError(f"the inbound text: {type(error).__name__}") from None
        if not response.is_success:
            raise CallError(f"the inbound text was answered {response.status_code}")
        return response.json()

    return post


def _check_url(option: str, url: str, example: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(option, f"{url!r} is not an http(s) URL", hint=f"give a URL, {example}")
