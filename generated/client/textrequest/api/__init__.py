"""The operations, one package per tag; here, what their list iterators share.

A list operation answers one page: ``items`` and ``meta.total_items``.
``iterate_pages`` and ``aiterate_pages`` walk the pages lazily, fetching the
next one only when the items of the last are used up.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from ..types import UNSET, Unset

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageMeta(Protocol):
    @property
    def total_items(self) -> int | Unset: ...


class Page(Protocol[T_co]):
    """Any page model: the generated ``...Page`` classes fit it."""

    @property
    def items(self) -> Sequence[T_co] | Unset: ...

    @property
    def meta(self) -> PageMeta | Unset: ...


def iterate_pages(
    fetch: Callable[[int], Page[T] | None], *, first_page: int, page_size: int | Unset
) -> Iterator[T]:
    """Every item of every page, from ``first_page`` on, until the last page."""
    page, seen = first_page, 0
    while True:
        result = fetch(page)
        items = _items(result)
        yield from items
        seen += len(items)
        if _is_last(result, items, seen, page_size):
            return
        page += 1


async def aiterate_pages(
    fetch: Callable[[int], Awaitable[Page[T] | None]], *, first_page: int, page_size: int | Unset
) -> AsyncIterator[T]:
    """``iterate_pages`` for the async client."""
    page, seen = first_page, 0
    while True:
        result = await fetch(page)
        items = _items(result)
        for item in items:
            yield item
        seen += len(items)
        if _is_last(result, items, seen, page_size):
            return
        page += 1


def _items(result: Page[T] | None) -> Sequence[T]:
    if result is None or isinstance(result.items, Unset):
        return ()
    return result.items


def _is_last(result: Page[T] | None, items: Sequence[T], seen: int, page_size: int | Unset) -> bool:
    """No items, all ``total_items`` seen, or (without a total) a short page.

    A page shorter than asked is not trusted when the total is known: a server
    may cap the page size below what was asked.
    """
    if result is None or not items:
        return True
    meta = result.meta
    total = UNSET if isinstance(meta, Unset) else meta.total_items
    if not isinstance(total, Unset):
        return seen >= total
    return isinstance(page_size, int) and len(items) < page_size
