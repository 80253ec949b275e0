"""NotificationAccount"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class NotificationAccount(BaseModel):
    """NotificationAccount

    Attributes:
        id: Account ID
        external_account_id: Id in a linked outside system.
    """

    JSON_NAMES: ClassVar[dict[str, str]] = {
        "external_account_id": "externalAccountId",
    }

    id: int | None = None
    external_account_id: str | None = None


class NotificationAccountParam(TypedDict, total=False):
    """``NotificationAccount`` as a plain dict, for arguments: keys are the JSON names."""

    id: int
    externalAccountId: str


__all__ = ["NotificationAccount", "NotificationAccountParam"]
