"""The errors of this client; ``TextRequestError`` is the root of all of them.

Defined in ``_exceptions`` (shipped unchanged into every generated client);
here under this API's name.
"""

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequest,
    MissingApiKey,
    NotFound,
    NotificationError,
    RateLimited,
    ResponseValidationError,
    ServerError,
    Unauthorized,
    UnexpectedStatus,
)

TextRequestError = APIError

__all__ = [
    "TextRequestError",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequest",
    "MissingApiKey",
    "NotFound",
    "NotificationError",
    "RateLimited",
    "ResponseValidationError",
    "ServerError",
    "Unauthorized",
    "UnexpectedStatus",
]
