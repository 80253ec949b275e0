"""Errors the client raises, one class per kind of failure.

An ``ApiError`` carries the operation that failed, the HTTP status and the
body the server sent, so a caller can log or branch on it without the
response object (which holds the request, and with it the API key).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

API_KEY_HEADER = "x-api-key"
BODY_EXCERPT = 500


class MissingApiKey(Exception):
    """No API key was given and the environment does not provide one."""


class NotificationError(ValueError):
    """A webhook payload that is not what the trigger's schema describes."""


class ApiError(Exception):
    """The API answered ``operation`` with a status it documents as a failure."""

    def __init__(self, operation: str, status_code: int, body: Any) -> None:
        self.operation = operation
        self.status_code = status_code
        self.body = body
        super().__init__(operation, status_code)

    def __str__(self) -> str:
        try:
            reason = HTTPStatus(self.status_code).phrase
        except ValueError:
            reason = "Unknown Status"
        text = self.body if isinstance(self.body, str) else json.dumps(self.body)
        if len(text) > BODY_EXCERPT:
            text = text[:BODY_EXCERPT] + "..."
        detail = f": {text}" if text else ""
        return f"{self.operation} failed with HTTP {self.status_code} {reason}{detail}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operation!r}, {self.status_code})"


class BadRequest(ApiError):
    """400 or 422: the request is wrong; sending it again will not help."""


class Unauthorized(ApiError):
    """401 or 403: the API key is missing, wrong, or not allowed this."""


class NotFound(ApiError):
    """404: what the request names does not exist."""


class RateLimited(ApiError):
    """429: too many calls; ``retry_after`` is the server's advice in seconds, if it gave one."""

    def __init__(self, operation: str, status_code: int, body: Any, retry_after: float | None):
        super().__init__(operation, status_code, body)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: the server failed; a retry later may succeed."""


class UnexpectedStatus(ApiError):
    """Any other status the operation does not document."""


def error_for(operation: str, response: httpx.Response) -> ApiError:
    """The exception for a failed ``response``, its body read and the API key blanked out."""
    status = response.status_code
    body = _body(response)
    if status == 429:
        return RateLimited(operation, status, body, retry_after(response))
    kind: type[ApiError] = UnexpectedStatus
    if status in (400, 422):
        kind = BadRequest
    elif status in (401, 403):
        kind = Unauthorized
    elif status == 404:
        kind = NotFound
    elif 500 <= status <= 599:
        kind = ServerError
    return kind(operation, status, body)


def retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds: a number, or an HTTP date turned into seconds from now."""
    value = response.headers.get("retry-after")
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


def _body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, else as text; never containing the API key."""
    text = response.text
    key = _sent_key(response)
    if key:
        text = text.replace(key, "***")
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _sent_key(response: httpx.Response) -> str | None:
    try:
        key = response.request.headers.get(API_KEY_HEADER)
    except RuntimeError:  # a response built by hand has no request
        return None
    return str(key) if key else None


__all__ = [
    "ApiError",
    "BadRequest",
    "MissingApiKey",
    "NotFound",
    "NotificationError",
    "RateLimited",
    "ServerError",
    "Unauthorized",
    "UnexpectedStatus",
    "error_for",
    "retry_after",
]
