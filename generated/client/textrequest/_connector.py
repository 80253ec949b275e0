"""The connection parameters and policy templates of apiProperties.json, as data
(applied by _connection.py and _policies.py). Generated; do not edit."""

from typing import Any, Final

PARAMETERS: Final[list[dict[str, Any]]] = []
PARAMETER_SETS: Final[dict[str, list[dict[str, Any]]]] = {}
POLICIES: Final[list[dict[str, Any]]] = []
