"""Defaults of the runtime modules, from the spec and overrides/client/client.yaml."""

from typing import Final

TITLE: Final = "Text Request"
DEFAULT_BASE_URL: Final = "https://api.textrequest.com/api/v3"
BASE_URL_ENV: Final = "TEXTREQUEST_BASE_URL"
API_KEY_ENV: Final = "TEXTREQUEST_API_KEY"
ACCESS_TOKEN_ENV: Final = "TEXTREQUEST_ACCESS_TOKEN"
USERNAME_ENV: Final = "TEXTREQUEST_USERNAME"
PASSWORD_ENV: Final = "TEXTREQUEST_PASSWORD"
SERVE_TOKEN_ENV: Final = "TEXTREQUEST_MCP_TOKEN"
AUTH_KIND: Final = "header"
AUTH_NAME: Final = "x-api-key"
USER_AGENT: Final = "textrequest-client/3.0"
LOGGER_NAME: Final = "textrequest"
DEFAULT_TIMEOUT: Final = 30.0
RETRY_ATTEMPTS: Final = 3
RETRY_BACKOFF: Final = 0.5
RETRY_MAX_BACKOFF: Final = 30.0
RATE_LIMIT_CALLS: Final = 100
RATE_LIMIT_PERIOD: Final = 60.0
PAGE: Final = "page"
PAGE_SIZE: Final = "page_size"
FIRST_PAGE: Final = 0
PAGE_ITEMS: Final = "items"
PAGE_META: Final = "meta"
PAGE_TOTAL: Final = "total_items"
