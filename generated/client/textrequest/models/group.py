"""Group"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Group(BaseModel):
    """Group

    Attributes:
        id: Group ID
        name: Name
        group_member_count: Members
        is_keyword: Made for a keyword; contacts who text it join.
        notes: Notes
        last_message_sent_utc: Last Message Sent (UTC)
    """

    id: int
    name: str
    group_member_count: int | None = None
    is_keyword: bool | None = None
    notes: str | None = None
    last_message_sent_utc: datetime.datetime | None = None


class GroupParam(TypedDict, total=False):
    """``Group`` as a plain dict, for arguments: keys are the JSON names."""

    id: Required[int]
    name: Required[str]
    group_member_count: int
    is_keyword: bool
    notes: str
    last_message_sent_utc: datetime.datetime | None


__all__ = ["Group", "GroupParam"]
