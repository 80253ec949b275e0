"""Every spelling of the client's secrets, blanked out of what an error or a result keeps.

A server that echoes a secret rarely echoes it verbatim: PHP writes ``/`` as ``\\/``, JSON
encoders write any character as ``\\u00XX``, a URL carries it as ``%2F`` or ``+``. So a
secret is matched character by character, each character in any of those spellings,
and a decoded body is scrubbed value by value as well as the raw text. The set of
secrets is open: the API key, the token, the password, a securestring connection
parameter: whatever the client holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

MASK = "***"


class Scrubber:
    """Blanks ``secrets`` (all their spellings) out of text, decoded JSON and headers."""

    def __init__(self, secrets: Iterable[str]) -> None:
        # Longest first, so that a secret holding another is blanked whole.
        known = sorted({secret for secret in secrets if secret}, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(_spelled, known))) if known else None

    def __repr__(self) -> str:
        return "Scrubber(***)"

    def finds(self, text: str) -> bool:
        return bool(self._pattern and self._pattern.search(text))

    def text(self, text: str) -> str:
        return self._pattern.sub(MASK, text) if self._pattern else text

    def value(self, data: Any) -> Any:
        """Decoded JSON with every string (keys too) scrubbed; RecursionError past the limit."""
        if self._pattern is None:
            return data
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, list):
            return [self.value(item) for item in data]
        if isinstance(data, dict):
            return {self.text(str(key)): self.value(item) for key, item in data.items()}
        return data

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        return {self.text(name): self.text(value) for name, value in headers.items()}


def _spelled(secret: str) -> str:
    """A regular expression for ``secret`` in any mix of its characters' spellings."""
    return "".join(_character(char) for char in secret)


def _character(char: str) -> str:
    """``char`` as itself, JSON-escaped (``\\"``, ``\\/``, ``\\uXXXX``, a surrogate pair) or
    percent-encoded (``%XX`` per UTF-8 byte, ``+`` for a space); hex digits in either case."""
    units = char.encode("utf-16-be")
    unicode = "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))
    percent = "".join(f"%{byte:02x}" for byte in char.encode("utf-8"))
    forms = {re.escape(char), re.escape(json.dumps(char)[1:-1])}
    forms |= {f"(?i:{re.escape(unicode)})", f"(?i:{re.escape(percent)})"}
    if char == "/":
        forms.add(re.escape("\\/"))
    if char == " ":
        forms.add(re.escape("+"))
    return "(?:" + "|".join(sorted(forms)) + ")"
