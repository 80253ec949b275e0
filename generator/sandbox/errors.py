"""The ways a request can fail, each carrying what the caller needs to fix it."""

from __future__ import annotations


class ApiError(Exception):
    """An answer other than success; ``field`` names the parameter or body place at fault."""

    status = 400

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def body(self) -> dict[str, str]:
        body = {"message": self.message}
        if self.field is not None:
            body["field"] = self.field
        return body

    def headers(self) -> dict[str, str]:
        """Headers the answer must carry besides its JSON body."""
        return {}


class BadRequest(ApiError):
    status = 400


class Unauthorized(ApiError):
    status = 401


class NotFound(ApiError):
    """A missing entity; the status is chosen per operation from what the spec declares."""

    status = 404


class MissingDashboard(NotFound):
    """The path's dashboard does not exist in the caller's account: always 404."""


class MethodNotAllowed(ApiError):
    """RFC 9110 wants a 405 to list, in ``Allow``, the methods the path does support."""

    status = 405

    def __init__(self, message: str, allowed: list[str]) -> None:
        super().__init__(message)
        self.allowed = allowed

    def headers(self) -> dict[str, str]:
        return {"Allow": ", ".join(self.allowed)}


class RequestTimeout(ApiError):
    """The body came too slowly; the connection is closed, as the rest of it is unread."""

    status = 408

    def headers(self) -> dict[str, str]:
        return {"Connection": "close"}


class PayloadTooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


class TooManyRequests(ApiError):
    status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}
