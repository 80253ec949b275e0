"""Pages of a list operation: iterate one to walk every item of every page.

A list answers one page, ``{items: [...], meta: {total_items}}`` (names from
the client's settings). Iterating a page fetches the next one only when the
items before it are used up, and stops on an empty page, once ``total_items``
items are seen, or (with no total) on a page shorter than asked.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from . import _constants as C

ItemT = TypeVar("ItemT")
MetaT = TypeVar("MetaT")


class _Page(Generic[ItemT, MetaT]):
    """What sync and async pages share: the items, the meta and the stop rule."""

    def __init__(self, model: Any, *, number: int, page_size: int | None, seen: int) -> None:
        self.model = model
        self.items: list[ItemT] = list(getattr(model, C.PAGE_ITEMS, None) or [])
        self.meta: MetaT = getattr(model, C.PAGE_META, None)  # type: ignore[assignment]
        self.number = number
        self.page_size = page_size
        self.seen = seen + len(self.items)  # items on this page and all before it

    def has_next_page(self) -> bool:
        if not self.items:
            return False
        total = getattr(self.meta, C.PAGE_TOTAL, None)
        if isinstance(total, int):
            return self.seen < total  # a short page is not trusted: servers cap page sizes
        return self.page_size is None or len(self.items) >= self.page_size

    def __repr__(self) -> str:
        return f"{type(self).__name__}(number={self.number}, items={self.items!r})"


class SyncPage(_Page[ItemT, MetaT]):
    def __init__(
        self,
        model: Any,
        *,
        number: int,
        page_size: int | None,
        seen: int,
        fetch: Callable[[int, int], SyncPage[ItemT, MetaT]],
    ) -> None:
        super().__init__(model, number=number, page_size=page_size, seen=seen)
        self._fetch = fetch

    def next_page(self) -> SyncPage[ItemT, MetaT]:
        """The following page; ``StopIteration``-free: check ``has_next_page()`` first."""
        if not self.has_next_page():
            raise RuntimeError("this is the last page; check has_next_page() first")
        return self._fetch(self.number + 1, self.seen)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, MetaT]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT, MetaT]):
    def __init__(
        self,
        model: Any,
        *,
        number: int,
        page_size: int | None,
        seen: int,
        fetch: Callable[[int, int], Awaitable[AsyncPage[ItemT, MetaT]]],
    ) -> None:
        super().__init__(model, number=number, page_size=page_size, seen=seen)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[ItemT, MetaT]:
        if not self.has_next_page():
            raise RuntimeError("this is the last page; check has_next_page() first")
        return await self._fetch(self.number + 1, self.seen)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, MetaT]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
