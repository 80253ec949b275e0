"""Reproduction commands for failures, with the API key never written out.

The key header is rendered as ``-H "x-api-key: $TEXTREQUEST_API_KEY"`` (double
quotes, so the shell expands it); every other value is single-quoted. Any other
occurrence of the key (a query string, a body) is replaced the same way.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping

# Headers requests adds by itself; curl adds its own equivalents.
TRANSPORT_HEADERS = frozenset(
    {
        "user-agent",
        "accept-encoding",
        "accept",
        "connection",
        "content-length",
        "x-schemathesis-testcaseid",
    }
)


def mask(text: str, secret: str | None, env_name: str) -> str:
    """``text`` with every occurrence of ``secret`` replaced by ``$ENV_NAME``."""
    if not secret:
        return text
    return text.replace(secret, f"${env_name}")


def curl_command(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    *,
    key_header: str,
    secret: str | None,
    env_name: str,
) -> str:
    """A shell command that sends the same request again."""
    parts = ["curl", "-X", method.upper()]
    for name, value in headers.items():
        if name.lower() in TRANSPORT_HEADERS:
            continue
        if name.lower() == key_header.lower() and secret and value == secret:
            parts.append(f'-H "{name}: ${env_name}"')
        else:
            parts.append("-H " + shlex.quote(mask(f"{name}: {value}", secret, env_name)))
    if body:
        text = body.decode("utf-8", errors="backslashreplace")
        parts.append("-d " + shlex.quote(mask(text, secret, env_name)))
    parts.append(shlex.quote(mask(url, secret, env_name)))
    return " ".join(parts)
