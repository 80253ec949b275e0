"""One error hierarchy for everything a call can raise.

``APIError`` is the root (the package exports it under the API's name, e.g.
``TextRequestError``). Transport failures become ``APIConnectionError``; an
answer the operation does not document as a success becomes an
``APIStatusError`` subclass chosen by status. No exception holds the request
or its headers, so none can carry the API key into a log, a traceback or a
pickle: the body (raw and decoded) and the response's headers are scrubbed of
every secret the client holds before they are kept (``_scrub``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from ._scrub import Scrubber

BODY_EXCERPT = 500
# Body fields that servers use for a human-readable reason, in order of preference.
MESSAGE_KEYS = ("message", "error", "detail", "title", "error_description")


class APIError(Exception):
    """Anything this client raises about a call: the root of the hierarchy."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(kind: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    """Unpickle without calling ``__init__``, whose signature differs by class."""
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class MissingApiKey(APIError, ValueError):
    """No credential was given and the environment does not provide one."""


class NotificationError(APIError, ValueError):
    """A webhook payload that is not what the trigger's schema describes."""


class ResponseValidationError(APIError):
    """A success answer the client cannot read: it lacks what the API always sends (a
    required field), or it cannot be decoded (a broken encoding, nested past Python's
    recursion limit)."""


class APIConnectionError(APIError):
    """The request did not get an answer: refused, reset, unreachable, or a TLS failure."""

    def __init__(self, message: str = "connection error", *, operation: str = "") -> None:
        super().__init__(f"{operation}: {message}" if operation else message)
        self.operation = operation


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (the call may still have reached the server)."""


class APIStatusError(APIError):
    """The API answered ``operation`` with a status that is not a documented success."""

    def __init__(
        self,
        operation: str,
        status_code: int,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.operation = operation
        self.status_code = status_code
        self.body = body
        self.headers = dict(headers or {})
        said = server_message(body)
        super().__init__(_summary(operation, status_code, said, body))
        self.message = said or _reason(status_code)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operation!r}, {self.status_code})"


class BadRequest(APIStatusError):
    """400 or 422: the server refused the request; sending it again will not help."""


class Unauthorized(APIStatusError):
    """401 or 403: the key is missing, wrong, or not allowed this."""


class NotFound(APIStatusError):
    """404, or a read answered with 204: what the request names does not exist."""


class RateLimited(APIStatusError):
    """429 (after the retries allowed): ``retry_after`` is the server's advice in seconds."""

    @property
    def retry_after(self) -> float | None:
        return retry_after(self.headers)


class ServerError(APIStatusError):
    """5xx: the server failed; a retry later may succeed."""


class UnexpectedStatus(APIStatusError):
    """Any other status the operation does not document."""


def status_error(operation: str, response: httpx.Response, scrub: Scrubber) -> APIStatusError:
    """The exception for a failed ``response``, its body and headers read through ``scrub``."""
    status = response.status_code
    kind: type[APIStatusError] = UnexpectedStatus
    if status in (400, 422):
        kind = BadRequest
    elif status in (401, 403):
        kind = Unauthorized
    elif status == 404:
        kind = NotFound
    elif status == 429:
        kind = RateLimited
    elif 500 <= status <= 599:
        kind = ServerError
    return kind(operation, status, _body(response, scrub), scrub.headers(response.headers))


def server_message(body: Any) -> str:
    """The server's own words: a message field of a JSON body, or a short text body.

    Field names are matched without regard to case: APIs written in .NET answer ``Message``.
    A loop, not recursion: a body nested a thousand ``error`` objects deep is still read.
    """
    while isinstance(body, dict):
        by_name = {str(key).lower(): value for key, value in body.items()}
        found = [by_name[key] for key in MESSAGE_KEYS if isinstance(by_name.get(key), str | dict)]
        said = next((value for value in found if value), None)
        if said is None:
            return ""
        body = said  # a str ends the loop; a dict is {"error": {"message": ...}}
    return body.strip()[:BODY_EXCERPT] if isinstance(body, str) else ""


def retry_after(headers: Mapping[str, str]) -> float | None:
    """``Retry-After`` in seconds: a number, or an HTTP date turned into seconds from now."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


def _summary(operation: str, status: int, message: str, body: Any) -> str:
    detail = message or _excerpt(body)
    return f"{operation} failed with HTTP {status}" + (f": {detail}" if detail else "")


def _excerpt(body: Any) -> str:
    if body is None:
        return ""
    try:
        return json.dumps(body)[:BODY_EXCERPT]
    except RecursionError:  # decoded, but too deep to encode again from here
        return ""


def _body(response: httpx.Response, scrub: Scrubber) -> Any:
    """The body as JSON when it is JSON, else as text; never holding a secret.

    JSON is scrubbed value by value after decoding, so no escaping hides a secret; a body
    that does not decode (or is nested too deep to) is kept as its scrubbed text.
    """
    text = response.text
    if not text:
        return None
    try:
        return scrub.value(json.loads(text))
    except (ValueError, RecursionError):
        return scrub.text(text)
