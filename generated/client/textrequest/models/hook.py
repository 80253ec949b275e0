"""Hook"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Required, TypedDict

from .._models import BaseModel


@dataclass(kw_only=True, repr=False)
class Hook(BaseModel):
    """Hook

    Attributes:
        id: Hook ID
        target_url: Callback URL
        event: msg_received or msg_sent.
    """

    id: int
    target_url: str
    event: str


class HookParam(TypedDict, total=False):
    """``Hook`` as a plain dict, for arguments: keys are the JSON names."""

    id: Required[int]
    target_url: Required[str]
    event: Required[str]


__all__ = ["Hook", "HookParam"]
