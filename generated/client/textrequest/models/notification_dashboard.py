"""NotificationDashboard"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class NotificationDashboard(BaseModel):
    """NotificationDashboard

    Attributes:
        id: Dashboard ID
        external_phone_id: Id in a linked outside system.
        description: Dashboard Name
        phone_number: Dashboard Phone Number
    """

    JSON_NAMES: ClassVar[dict[str, str]] = {
        "external_phone_id": "externalPhoneId",
        "phone_number": "phoneNumber",
    }

    id: int | None = None
    external_phone_id: str | None = None
    description: str | None = None
    phone_number: str | None = None


class NotificationDashboardParam(TypedDict, total=False):
    """``NotificationDashboard`` as a plain dict, for arguments: keys are the JSON names."""

    id: int
    externalPhoneId: str
    description: str
    phoneNumber: str


__all__ = ["NotificationDashboard", "NotificationDashboardParam"]
