"""JSON pointers (RFC 6901): the one way every stage names a place in a document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(*tokens: str | int) -> str:
    """``join("paths", "/a/{id}", "get")`` -> ``/paths/~1a~1{id}/get``."""
    return "".join("/" + escape(t) for t in tokens)


def child(pointer: str, *tokens: str | int) -> str:
    return pointer + join(*tokens)


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0] if pointer else pointer


def resolve(data: Any, pointer: str) -> Any:
    """The value at ``pointer``; raises KeyError when a step is missing."""
    node = data
    for token in split(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def from_ref(ref: str) -> str | None:
    """The pointer of a local ``$ref`` (``#/definitions/X``), None for a remote one."""
    return ref[1:] if ref.startswith("#") else None


def walk(data: Any, pointer: str = "") -> Iterable[tuple[str, Any]]:
    """Every (pointer, value) in the document, depth first, parents before children."""
    yield pointer, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from walk(value, pointer + "/" + escape(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from walk(value, f"{pointer}/{index}")
