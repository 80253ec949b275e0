"""A client library for accessing Text Request"""

from ._limiter import RateLimiter
from ._pagination import AsyncPage, SyncPage
from ._response import APIResponse
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from .client import DEFAULT_BASE_URL, AsyncClient, Client
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequest,
    MissingApiKey,
    NotFound,
    NotificationError,
    RateLimited,
    ResponseValidationError,
    ServerError,
    TextRequestError,
    Unauthorized,
    UnexpectedStatus,
)
from .models import parse_notification, parse_texting_webhook_notification

__version__ = "3.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "TextRequestError",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "BadRequest",
    "Client",
    "MissingApiKey",
    "NotFound",
    "NotGiven",
    "NotificationError",
    "RateLimited",
    "RateLimiter",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SyncPage",
    "Unauthorized",
    "UnexpectedStatus",
    "__version__",
    "parse_texting_webhook_notification",
    "parse_notification",
]
