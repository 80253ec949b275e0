"""Where this project's own files are: found from the current folder, never from the install.

A project is a folder whose ``pyproject.toml`` has a ``[tool.trconnect]`` table
naming its spec, its overrides and its output (paths relative to that folder).
The installed tool works on any definition without one (``--spec X --out D``);
the project's own commands (``generate`` with no ``--spec``, ``check``, the
sandbox's default spec) look for it upward from the current folder, or take
``--project DIR``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TABLE = "trconnect"
HINT = (
    "run it inside the project (a folder whose pyproject.toml has a [tool.trconnect] table), "
    "pass --project DIR, or name a definition with --spec"
)


@dataclass(frozen=True)
class Project:
    """The files of one project, as absolute paths."""

    root: Path
    spec: Path
    overrides: Path
    generated: Path

    @property
    def client_overrides(self) -> Path:
        return self.overrides / "client"

    @property
    def connector_overrides(self) -> Path:
        return self.overrides / "connector"

    @property
    def sandbox_db(self) -> Path:
        return self.root / ".sandbox" / "sandbox.db"


def find_project(start: Path | str | None = None) -> Project:
    """The project at ``start`` (or the nearest one above the current folder)."""
    if start is not None:
        return _read(Path(start).absolute(), explicit=True)
    here = Path.cwd().absolute()
    for folder in (here, *here.parents):
        if _declares(folder):
            return _read(folder, explicit=False)
    raise InputError(here, "no project in this folder or above it", hint=HINT)


def _declares(folder: Path) -> bool:
    pyproject = folder / "pyproject.toml"
    return pyproject.is_file() and f"[tool.{TABLE}]" in pyproject.read_text("utf-8", "replace")


def _read(folder: Path, *, explicit: bool) -> Project:
    pyproject = folder / "pyproject.toml"
    if explicit and not _declares(folder):
        raise InputError(pyproject, f"no [tool.{TABLE}] table", hint=HINT)
    try:
        table = tomllib.loads(pyproject.read_text("utf-8"))["tool"][TABLE]
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise InputError(pyproject, f"cannot read [tool.{TABLE}]: {error}", hint=HINT) from None
    paths = {}
    for key in ("spec", "overrides", "generated"):
        value = table.get(key)
        if not isinstance(value, str) or not value:
            raise InputError(
                pyproject,
                f"[tool.{TABLE}] needs '{key}' as a path",
                hint=f'add {key} = "..." relative to {folder}',
            )
        paths[key] = folder / value
    return Project(root=folder, **paths)
