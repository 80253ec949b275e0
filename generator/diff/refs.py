"""Following ``$ref`` inside one document, so that where a schema lives is no change.

Comparison works on values as they are used, not as they are written: an
inline schema moved into ``definitions`` (or a parameter moved into the shared
``parameters``) compares equal. Every value keeps the pointer of the place it
really lives, so a report points at the text a maintainer must edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..load import Document
from ..load.pointer import from_ref, resolve


@dataclass
class Side:
    """One of the two documents being compared."""

    doc: Document

    @property
    def data(self) -> dict[str, Any]:
        return self.doc.data

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """The value ``node`` stands for and its pointer, through any chain of local ``$ref``.

        A remote ``$ref`` is left as it is (compared as written); a local one
        that names nothing, or a chain that loops, is bad input.
        """
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = from_ref(node["$ref"])
            if target is None:
                return node, pointer
            if target in seen:
                raise self._bad_ref(pointer, node["$ref"], "is a loop of references")
            seen.add(target)
            try:
                node, pointer = resolve(self.data, target), target
            except KeyError:
                raise self._bad_ref(pointer, node["$ref"], "points to nothing") from None
        return node, pointer

    def _bad_ref(self, pointer: str, ref: str, problem: str) -> InputError:
        place = self.doc.position(pointer)
        return InputError(
            self.doc.path,
            f"$ref {ref!r} at {pointer or '/'} {problem}",
            hint="point the $ref at an existing entry, e.g. '#/definitions/Name'",
            line=place[0] if place else None,
            column=place[1] if place else None,
        )
