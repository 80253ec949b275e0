"""PaymentPage"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Required, TypedDict

from .._models import BaseModel

if TYPE_CHECKING:
    from .page_meta import PageMeta, PageMetaParam
    from .payment import Payment, PaymentParam


@dataclass(kw_only=True, repr=False)
class PaymentPage(BaseModel):
    """PaymentPage

    Attributes:
        meta: meta
        items: Payments
    """

    meta: PageMeta
    items: list[Payment]


class PaymentPageParam(TypedDict, total=False):
    """``PaymentPage`` as a plain dict, for arguments: keys are the JSON names."""

    meta: Required[PageMeta | PageMetaParam]
    items: Required[Sequence[Payment | PaymentParam]]


__all__ = ["PaymentPage", "PaymentPageParam"]
