"""Small types every runtime module shares: the "not given" sentinel and call options.

``NOT_GIVEN`` stands for an argument the caller left out where ``None`` means
something else (an explicit JSON null, or "no timeout"); everywhere else an
omitted argument is simply ``None`` and is not sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias

import httpx


class NotGiven:
    """The type of ``NOT_GIVEN``; falsy, so ``value or default`` reads naturally."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # a pickled sentinel comes back as the same object


NOT_GIVEN: Final = NotGiven()

Timeout: TypeAlias = float | httpx.Timeout | None
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]

# A file or raw body: its bytes (or text, sent as UTF-8), an open binary file, or for a
# multipart field a (file name, content) or (file name, content, media type) tuple.
FileContent: TypeAlias = (
    bytes | str | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]
)
