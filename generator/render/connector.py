"""The Power Platform custom connector package, rendered from a definition.

The definition is written as JSON with its ``$ref``s and key order kept, so a
maker reading it in the portal sees what the maintainer wrote. Everything
hand-written (connection parameters, brand colour, icon, readme prose) comes
from the overrides folder; the operation list of the readme comes from the
definition so it cannot drift.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..load import load_document
from ..model import Definition, Operation
from ..transform.power_platform import merge_all_of
from ..write import json_bytes, write_file
from .jinja import environment

_TEMPLATES = environment(__package__)

README_SECTIONS = (
    "prerequisites",
    "obtaining_credentials",
    "getting_started",
    "known_issues",
    "deployment",
)


@dataclass(frozen=True)
class ConnectorOverrides:
    """The hand-written parts of a connector package; each may be absent."""

    properties: dict[str, Any] | None = None
    settings: dict[str, Any] | None = None
    readme_sections: dict[str, str] | None = None
    icon: Path | None = None

    @classmethod
    def from_folder(cls, folder: Path) -> ConnectorOverrides:
        readme = folder / "readme.yaml"
        sections = _optional_yaml(readme)
        unknown = sorted(set(sections or {}) - set(README_SECTIONS))
        if unknown:
            raise InputError(
                readme, f"unknown readme sections {unknown}", hint=f"use {list(README_SECTIONS)}"
            )
        return cls(
            properties=_optional_yaml(folder / "apiProperties.yaml"),
            settings=_optional_yaml(folder / "settings.yaml"),
            readme_sections=sections,
            icon=folder / "icon.png" if (folder / "icon.png").is_file() else None,
        )


def render_connector(definition: Definition, out_dir: Path, overrides: ConnectorOverrides) -> None:
    """Write the connector package files into ``out_dir``.

    The file is the author's document (key order, ``$ref``s) with every ``allOf``
    merged, since Power Automate's designer shows no fields for one.
    """
    written = merge_all_of(definition)
    write_file(out_dir / "apiDefinition.swagger.json", json_bytes(written))
    if overrides.properties is not None:
        write_file(out_dir / "apiProperties.json", json_bytes(overrides.properties))
    if overrides.icon is not None:
        shutil.copyfile(overrides.icon, out_dir / "icon.png")
    write_file(out_dir / "settings.json", json_bytes(_settings(out_dir, overrides.settings)))
    readme = render_readme(definition, overrides.properties, overrides.readme_sections or {})
    write_file(out_dir / "readme.md", readme.encode("utf-8"))


def render_readme(
    definition: Definition, properties: dict[str, Any] | None, sections: dict[str, str]
) -> str:
    operations = [_listed(op) for op in definition.operations if not op.is_internal]
    publisher = _text(_field(properties, "properties"), "publisher", "not stated")
    return _TEMPLATES.get_template("readme.md.j2").render(
        title=definition.api.title or "Connector",
        description=definition.api.description,
        publisher=publisher,
        sections={name: sections.get(name, "") for name in README_SECTIONS},
        triggers=[op for op in operations if op["trigger"]],
        actions=[op for op in operations if not op["trigger"]],
    )


def _field(mapping: Any, key: str) -> Any:
    return mapping.get(key) if isinstance(mapping, dict) else None


def _text(mapping: Any, key: str, default: str) -> str:
    """``mapping[key]`` when it is text; careless definitions put anything anywhere."""
    value = _field(mapping, key)
    return value if isinstance(value, str) and value else default


def _listed(operation: Operation) -> dict[str, Any]:
    """What the readme says of an operation a maker can see: summary, description, kind."""
    return {
        "summary": operation.summary or operation.id or operation.method,
        "description": _one_paragraph(operation.description),
        "trigger": operation.is_trigger,
        "deprecated": bool(operation.data.get("deprecated")),
    }


def _one_paragraph(text: str) -> str:
    return " ".join(str(text).split())


def _settings(out_dir: Path, overrides: dict[str, Any] | None) -> dict[str, Any]:
    """paconn's settings: the files of this package, plus whatever the overrides add."""
    settings: dict[str, Any] = {"apiDefinition": "apiDefinition.swagger.json"}
    if (out_dir / "apiProperties.json").exists():
        settings["apiProperties"] = "apiProperties.json"
    if (out_dir / "icon.png").exists():
        settings["icon"] = "icon.png"
    settings.update(overrides or {})
    return settings


def _optional_yaml(path: Path) -> Any:
    return load_document(path).data if path.is_file() else None
