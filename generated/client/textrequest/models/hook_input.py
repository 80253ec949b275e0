"""HookInput"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Literal, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .hook_input_event import HookInputEvent


@dataclass(kw_only=True, repr=False)
class HookInput(BaseModel):
    """HookInput

    Attributes:
        target_url: Power Automate fills it in.
        event: Texts a contact sends, or texts the dashboard sends.
        http_verb: Method of the posts.
    """

    JSON_NAMES: ClassVar[dict[str, str]] = {
        "http_verb": "httpVerb",
    }

    target_url: str
    event: HookInputEvent
    http_verb: str


class HookInputParam(TypedDict, total=False):
    """``HookInput`` as a plain dict, for arguments: keys are the JSON names."""

    target_url: Required[str]
    event: Required[HookInputEvent | Literal["msg_received", "msg_sent"]]
    httpVerb: Required[str]


__all__ = ["HookInput", "HookInputParam"]
