"""The connector folder as certification receives it: the files beside the definition.

Microsoft's submission takes the definition, apiProperties.json, the icon and the readme
(https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission);
the package rules judge those files, so they get them read once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...load import Document, load_document
from ...model import as_dict
from ..connector import DEFINITION, PROPERTIES, find_file

README = "readme.md"
ICON = "icon.png"


@dataclass(frozen=True)
class Package:
    """A connector folder: its files' bytes or text, ``None`` where a file is missing."""

    folder: Path
    readme: str | None
    icon: bytes | None
    definition_bytes: int
    brand_color: str | None

    @property
    def document(self) -> Document:
        """What package findings are located in: the folder (pointers name its files)."""
        return Document(path=self.folder, text="", data={}, format="json")


def load_package(folder: Path, *, lenient: bool = False) -> Package:
    readme, icon = find_file(folder, README), find_file(folder, ICON)
    properties = find_file(folder, PROPERTIES)
    colour = None
    if properties is not None:
        data = as_dict(as_dict(load_document(properties, lenient=lenient).data).get("properties"))
        colour = data.get("iconBrandColor") if isinstance(data.get("iconBrandColor"), str) else None
    return Package(
        folder=folder,
        readme=readme.read_text(encoding="utf-8", errors="replace") if readme else None,
        icon=icon.read_bytes() if icon else None,
        definition_bytes=(find_file(folder, DEFINITION) or folder / DEFINITION).stat().st_size,
        brand_color=colour,
    )
