"""Iterators over list operations: every item, across page boundaries, lazily, and no further."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import API_KEY
from .scripted import Scripted, json_response


def paged(items: list[Any], *, cap: int | None = None, total: bool = True) -> Callable[..., Any]:
    """A list endpoint over ``items``; ``cap`` is a server-side page-size limit."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = min(int(request.url.params["page_size"]), cap or 10**6)
        meta: dict[str, Any] = {"page": page, "page_size": size}
        if total:
            meta["total_items"] = len(items)
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
    found = list(client(tr, server).contacts.iter_get_contacts(5, page_size=3))
    assert [c.phone_number for c in found] == [c["phone_number"] for c in contacts(count)]
    assert pages_asked(server) == pages
    assert all(r.url.params["page_size"] == "3" for r in server.requests)
    assert all(r.url.path == "/dashboards/5/contacts" for r in server.requests)


def test_pages_are_fetched_only_when_needed(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(7)))
    items = client(tr, server).contacts.iter_get_contacts(5, page_size=3)
    assert server.count == 0
    next(items), next(items), next(items)
    assert server.count == 1
    next(items)
    assert server.count == 2


def test_a_server_capping_the_page_size_is_followed_to_the_total(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(5), cap=2))
    assert len(list(client(tr, server).contacts.iter_get_contacts(5, page_size=3))) == 5
    assert pages_asked(server) == [0, 1, 2]


def test_without_a_total_a_short_page_is_the_last(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(7), total=False))
    assert len(list(client(tr, server).contacts.iter_get_contacts(5, page_size=3))) == 7
    assert pages_asked(server) == [0, 1, 2]


def test_a_204_ends_the_iteration(tr: ModuleType) -> None:
    server = Scripted(httpx.Response(204))
    assert list(client(tr, server).conversations.iter_get_conversations(5)) == []
    assert server.count == 1


def test_every_list_operation_has_an_iterator(tr: ModuleType, rendered: Any) -> None:
    lists = [
        op["operationId"]
        for item in rendered.swagger["paths"].values()
        for method, op in item.items()
        if method == "get" and {"page", "page_size"} <= set(parameter_names(rendered.swagger, op))
    ]
    assert sorted(lists) == sorted(rendered.report.iterators)
    assert len(lists) >= 7


def parameter_names(swagger: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    shared = swagger.get("parameters", {})
    return [
        shared[p["$ref"].rsplit("/", 1)[-1]]["name"] if "$ref" in p else p["name"]
        for p in operation.get("parameters", [])
    ]


def test_async_iteration_across_pages(tr: ModuleType) -> None:
    server = Scripted(paged(contacts(7)))

    async def run() -> list[str]:
        async with tr.AsyncClient(
            API_KEY, base_url="http://api.test", transport=server.transport()
        ) as api:
            return [c.phone_number async for c in api.contacts.iter_get_contacts(5, page_size=3)]

    assert len(asyncio.run(run())) == 7
    assert pages_asked(server) == [0, 1, 2]
