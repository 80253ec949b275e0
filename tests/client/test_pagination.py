"""A list returns a page: iterate it to walk every item of every page, lazily, and no further."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import Scripted, json_response


def paged(items: list[Any], *, cap: int | None = None) -> Callable[..., Any]:
    """A list endpoint over ``items``; ``cap`` is a server-side page-size limit."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = min(int(request.url.params["page_size"]), cap or 10**6)
        meta = {"page": page, "page_size": size, "total_items": len(items)}
        return json_response(200, {"meta": meta, "items": items[page * size : (page + 1) * size]})

    return answer


def contacts(count: int) -> list[dict[str, str]]:
    return [{"phone_number": f"42355501{n:02d}"} for n in range(count)]


def client(tr: ModuleType, server: Scripted) -> Any:
    return tr.Client(API_KEY, base_url="http://api.test", transport=server.transport())


def pages_asked(server: Scripted) -> list[int]:
    return [int(r.url.params["page"]) for r in server.requests]


@pytest.mark.parametrize(("count", "pages"), [(7, [0, 1, 2]), (6, [0, 1]), (0, [0]), (3, [0])])
def test_every_item_once_and_no_page_past_the_last(tr: ModuleType, count: int, pages: list[int]):
    server = Scripted(paged(contacts(count)))
    found = list(client(tr, server).contacts.list(5, page_size=3))
    assert [c.phone_number for c in found] == [c["phone_number"] for c in contacts(count)]
    assert pages_asked(server) == pages
    assert all(r.url.params["page_size"] == "3" for r in server.requests)
    assert all(r.url.path == "/dashboards/5/contacts" for r in server.requests)


def test_page_and_page_size_are_optional_and_sent_with_their_defaults(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(2)))
    client(tr, server).contacts.list(5)
    assert dict(server.requests[0].url.params) == {"page": "0", "page_size": "50"}


def test_a_page_has_items_meta_and_the_next_page(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(5)))
    first = client(tr, server).contacts.list(5, page_size=2)
    assert [c.phone_number for c in first.items] == ["4235550100", "4235550101"]
    assert first.meta.total_items == 5 and first.has_next_page()
    second = first.next_page()
    assert second.meta.page == 1 and second.items[0].phone_number == "4235550102"
    last = second.next_page()
    assert not last.has_next_page() and len(last.items) == 1
    with pytest.raises(RuntimeError):
        last.next_page()
    assert server.count == 3


def test_pages_are_fetched_only_when_needed(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(7)))
    items = iter(client(tr, server).contacts.list(5, page_size=3))
    assert server.count == 1  # the first page is the answer of list()
    next(items), next(items), next(items)
    assert server.count == 1
    next(items)
    assert server.count == 2


def test_a_server_capping_the_page_size_is_followed_to_the_total(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(5), cap=2))
    assert len(list(client(tr, server).contacts.list(5, page_size=100))) == 5
    assert pages_asked(server) == [0, 1, 2]


def test_without_a_total_a_short_page_is_the_last(rt: ModuleType) -> None:
    """Definitions whose pages carry no total (the corpus has some) stop on a short page."""
    fetched: list[int] = []

    def fetch(number: int, seen: int) -> Any:
        fetched.append(number)
        items = [number] * (2 if number < 2 else 1)
        model = SimpleNamespace(items=items, meta=SimpleNamespace())
        return rt._pagination.SyncPage(model, number=number, page_size=2, seen=seen, fetch=fetch)

    assert list(fetch(0, 0)) == [0, 0, 1, 1, 2] and fetched == [0, 1, 2]


def test_the_async_page_is_walked_with_async_for(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(5)))

    async def run() -> list[str]:
        async with tr.AsyncClient(
            API_KEY, base_url="http://api.test", transport=server.transport()
        ) as api:
            page = await api.contacts.list(5, page_size=2)
            assert page.meta.total_items == 5 and page.has_next_page()
            return [c.phone_number async for c in page]

    assert asyncio.run(run()) == [c["phone_number"] for c in contacts(5)]
    assert pages_asked(server) == [0, 1, 2]


def test_every_list_of_the_table_pages(tr: ModuleType) -> None:
    api = tr.Client(API_KEY, base_url="http://api.test")
    for resource in ("dashboards", "contacts", "messages", "conversations", "groups", "tags"):
        assert "SyncPage[" in getattr(api, resource).list.__annotations__["return"], resource
    assert "SyncPage[" in api.payments.list.__annotations__["return"]
