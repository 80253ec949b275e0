"""A client library for accessing Text Request"""

from .client import DEFAULT_BASE_URL, AsyncClient, Client, RateLimiter, RetryPolicy
from .errors import (
    ApiError,
    BadRequest,
    MissingApiKey,
    NotFound,
    NotificationError,
    RateLimited,
    ServerError,
    Unauthorized,
    UnexpectedStatus,
)
from .models import parse_notification, parse_texting_webhook_notification

__all__ = [
    "DEFAULT_BASE_URL",
    "ApiError",
    "AsyncClient",
    "BadRequest",
    "Client",
    "MissingApiKey",
    "NotFound",
    "NotificationError",
    "RateLimited",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "Unauthorized",
    "UnexpectedStatus",
    "parse_texting_webhook_notification",
    "parse_notification",
]
