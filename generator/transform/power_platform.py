"""The definition as Power Platform reads it.

Power Automate's designer does not follow ``allOf``: a schema made of parts
shows the maker no fields at all. The connector's copy of the definition
therefore has every ``allOf`` merged into one object schema; ``$ref``s to
whole definitions stay, so the file keeps the spec's shape and size.

Merging copies each part into every schema made of it, so it is bounded like loading is
(load/limits.py): each referenced part is merged once and then shared, never merged again
(a 40-level diamond of ``allOf`` takes 40 merges, not 2**40), and a document whose parts
would stand for more than ``MAX_MERGED`` values, or whose merged form for more than
``MAX_VALUES``, is refused at the schema that goes over. Parts are merged in dependency
order, without recursion from one to the next, so a long chain of parts cannot exhaust the
stack either.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..load.limits import MAX_VALUES
from ..load.pointer import child
from ..model import Definition

# What the parts merged may stand for, together: 20 times what the most of 533 published
# connectors merge (Shopranos, 2,271 values). The merged document is held to ``MAX_VALUES``.
MAX_MERGED = 50_000
SIZE_HINT = (
    "Power Platform needs every allOf merged, which copies each part into every schema "
    "made of it; refer to shared parts from properties with $ref instead of composing "
    "them with allOf, or compose fewer of them"
)


def merge_all_of(definition: Definition) -> dict[str, Any]:
    """A copy of the document with no ``allOf`` left (unresolvable parts are kept as they are).

    Parts that are references are followed by the model's resolver; a part whose chain ends
    in a missing target or a loop is not merged. Raises :class:`InputError` (with the place)
    past ``MAX_MERGED`` or ``MAX_VALUES`` (see the module).
    """
    return _Merge(definition).document()


class _Merge:
    """One merge of one document: each part's merged form, by the pointer it is written at.

    The merged forms are shared wherever a part is used (the document is written as JSON and
    read, never changed), so the work is the size of the document plus what merging adds.
    """

    def __init__(self, definition: Definition) -> None:
        self.definition = definition
        self.merged: dict[str, Any] = {}  # pointer of a part (or "" for all) -> its merged form
        self.sizes: dict[int, int] = {}  # id of a merged value -> how many values it stands for
        self.grew = False  # whether anything was merged (else the copy is the document's size)
        self.parts_size = 0  # the values of every part merged so far, together
        self.references = _part_references(definition)

    def document(self) -> dict[str, Any]:
        for pointer in self._dependency_order():
            self.merged[pointer] = self._merged(self._at(pointer))
            if pointer or self.grew:  # a part is copied; the document only grows by merging
                self._check_size(pointer)
        return self.merged[""]

    def _dependency_order(self) -> Iterator[str]:
        """The document ("") and every part it is made of, each after the parts it is made of
        (a depth-first walk, iterative; a part that leads back to one being merged is left)."""
        path, on_path, pending = [""], {""}, [iter(self._parts_within(""))]
        while pending:
            target = next(pending[-1], None)
            if target is None:
                pending.pop()
                on_path.discard(path[-1])
                yield path.pop()
            elif target not in self.merged and target not in on_path:
                path.append(target)
                on_path.add(target)
                pending.append(iter(self._parts_within(target)))

    def _parts_within(self, pointer: str) -> list[str]:
        """Where the ``allOf`` parts written anywhere under ``pointer`` lead (whole chains)."""
        low = bisect_left(self.references, (pointer + "/",)) if pointer else 0
        high = bisect_left(self.references, (pointer + "0",)) if pointer else None  # "0" > "/"
        return list(dict.fromkeys(end for _, end in self.references[low:high]))

    def _at(self, pointer: str) -> Any:
        return self.definition.resolver.target("#" + pointer) if pointer else self.definition.data

    def _merged(self, node: Any) -> Any:
        """``node`` rebuilt with every ``allOf`` in it merged (recursion only as deep as the
        document is nested: a part comes from ``self.merged``, merged before)."""
        if isinstance(node, list):
            return [self._merged(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {key: self._merged(value) for key, value in node.items()}
        parts = node.get("allOf")
        if not isinstance(parts, list):
            return node
        found = [self._part(part) for part in parts]
        whole = [part for part in found if part is not None]
        if len(whole) < len(found):
            return node
        self.grew = True
        merged: dict[str, Any] = {"type": "object"}
        required: set[str] = set()
        for part in [*whole, {k: v for k, v in node.items() if k != "allOf"}]:
            _merge_into(merged, part, required)
        return merged

    def _part(self, part: Any) -> dict[str, Any] | None:
        """One allOf part as a plain object schema; None when it cannot be resolved, or leads
        back to a schema being merged (that one is left as it is written)."""
        if not isinstance(part, dict) or "$ref" not in part:
            return part if isinstance(part, dict) else None
        end = self.definition.resolver.chain("", part)
        flat = self.merged.get(end.pointer) if end.problem is None else None
        return flat if isinstance(flat, dict) and "allOf" not in flat else None

    def _check_size(self, pointer: str) -> None:
        """Refuse when the parts merged so far, or the merged document, stand for too many values.

        The parts are counted together (``parts_size``): a long chain of parts, each a little
        bigger than the one it is made of, grows the output (and the work) quadratically.
        """
        size = _measure(self.merged[pointer], self.sizes)
        if pointer:
            self.parts_size += size
            if self.parts_size <= MAX_MERGED:
                return
            message = f"the allOf parts merged by this one stand for more than {MAX_MERGED:,}"
        else:
            if size <= MAX_VALUES:
                return
            message = f"with every allOf merged, the document stands for more than {MAX_VALUES:,}"
        place = pointer or self._largest_part()
        raise InputError(
            self.definition.path,
            f"{message} values (at {place or 'the top'})",
            hint=SIZE_HINT,
            line=self.definition.line_of(place),
        )

    def _largest_part(self) -> str:
        """From the top of the merged document down, the deepest value still over the bound."""
        pointer, node = "", self.merged[""]
        while True:
            children = node.items() if isinstance(node, dict) else enumerate(node or [])
            over = [
                (key, value) for key, value in children if _size(value, self.sizes) > MAX_VALUES
            ]
            if not over or not isinstance(over[0][1], dict | list):
                return pointer
            pointer, node = child(pointer, over[0][0]), over[0][1]


def _part_references(definition: Definition) -> list[tuple[str, str]]:
    """(where an ``allOf`` part that is a reference is written, where its chain ends), sorted by
    the first so that the parts under a pointer are one slice; parts that lead nowhere left out."""
    found = []
    for reference in definition.references:
        if _is_part(reference.pointer):
            end = definition.resolver.chain(reference.pointer, reference.node)
            if end.problem is None and isinstance(end.value, dict):
                found.append((reference.pointer, end.pointer))
    return sorted(found)


def _is_part(pointer: str) -> bool:
    """Whether ``pointer`` names an item of an ``allOf`` list (``.../allOf/0``)."""
    head, _, index = pointer.rpartition("/")
    return index.isdigit() and head.endswith("/allOf")


def _measure(root: Any, sizes: dict[int, int]) -> int:
    """How many values ``root`` stands for, each shared value measured once (into ``sizes``);
    iterative, and counting stops past the bound."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        value, children_done = stack.pop()
        if not isinstance(value, dict | list) or (id(value) in sizes and not children_done):
            continue
        items = list(value.values() if isinstance(value, dict) else value)
        if children_done:
            sizes[id(value)] = min(1 + sum(_size(v, sizes) for v in items), MAX_VALUES + 1)
            continue
        stack.append((value, True))
        stack += [(item, False) for item in items]
    return _size(root, sizes)


def _size(value: Any, sizes: dict[int, int]) -> int:
    return sizes.get(id(value), 1) if isinstance(value, dict | list) else 1


def _merge_into(merged: dict[str, Any], part: dict[str, Any], required: set[str]) -> None:
    """Add ``part`` to ``merged``; ``required`` holds the names listed so far (a set: a list's
    ``in`` made a schema of many parts quadratic)."""
    for key, value in part.items():
        if key == "properties":
            merged.setdefault("properties", {}).update(value if isinstance(value, dict) else {})
        elif key == "required":
            names = merged.setdefault("required", [])
            for name in value if isinstance(value, list) else []:
                if repr(name) not in required:
                    required.add(repr(name))
                    names.append(name)
        else:
            merged[key] = value
