"""No file crashes the validator: every value of the clean connector, replaced by a wrong shape."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from trconnect.load import Document
from trconnect.load.pointer import parent, resolve, split, walk
from trconnect.validate import validate_document

CLEAN = Path(__file__).resolve().parent / "fixtures" / "clean"
FILES = [
    ("apiDefinition.swagger.json", "definition"),
    ("apiProperties.json", "properties"),
    ("settings.json", "settings"),
]


def _wrong_shapes(value: object) -> list[object]:
    return [None, 7, [] if isinstance(value, dict) else {}]


@pytest.mark.parametrize(("name", "kind"), FILES)
def test_wrong_shapes_anywhere_do_not_crash(name: str, kind: str) -> None:
    path = CLEAN / name
    data = json.loads(path.read_text())
    runs = 0
    for pointer, value in list(walk(data)):
        for replacement in _wrong_shapes(value):
            mutated = copy.deepcopy(data)
            if pointer:
                holder, key = resolve(mutated, parent(pointer)), split(pointer)[-1]
                holder[int(key) if isinstance(holder, list) else key] = replacement
            else:
                mutated = {"swagger": replacement}
            # No text: positions are not needed to prove the rules survive the shape.
            document = Document(path=path, text="", data=mutated, format="json")
            assert isinstance(validate_document(document, kind, project=True), list)  # type: ignore[arg-type]
            runs += 1
    assert runs >= 3 * len(list(walk(data)))
