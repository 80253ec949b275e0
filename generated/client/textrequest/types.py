"""Types for arguments: ``NOT_GIVEN`` (where null and absent differ) and call options."""

from ._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout

__all__ = ["NOT_GIVEN", "Headers", "NotGiven", "Query", "Timeout"]
