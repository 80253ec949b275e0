"""ContactPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .contact import Contact, ContactParam
    from .page_meta import PageMeta, PageMetaParam


@dataclass(kw_only=True, repr=False)
class ContactPage(BaseModel):
    """ContactPage

    Attributes:
        meta: meta
        items: Contacts
    """

    meta: PageMeta
    items: list[Contact]


class ContactPageParam(TypedDict, total=False):
    """``ContactPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Contact | ContactParam]]


__all__ = ["ContactPage", "ContactPageParam"]
