"""The behaviour of each operation, registered by operationId (see :func:`context.handles`).

Importing this package registers every handler; the routes themselves come from the spec.
"""

from ..context import HANDLERS
from . import catalog, contacts, dashboards, groups, hooks, messages, payments

__all__ = [
    "HANDLERS",
    "catalog",
    "contacts",
    "dashboards",
    "groups",
    "hooks",
    "messages",
    "payments",
]
