"""paconn's settings.json: the files it names are there."""

from __future__ import annotations

from collections.abc import Iterator

from ...load import Document
from ..registry import Hit, rule

FILE_KEYS = ("apiDefinition", "apiProperties", "icon", "script")


@rule(
    "settings-file-missing",
    "warning",
    "settings",
    title="Files named in settings.json exist",
    fix="correct the path (relative to settings.json) or add the file",
)
def settings_file_missing(document: Document) -> Iterator[Hit]:
    folder = document.path.parent
    for key in FILE_KEYS:
        name = document.data.get(key)
        if isinstance(name, str) and name and not (folder / name).is_file():
            yield f"/{key}", f"{key} '{name}' does not exist beside settings.json"
