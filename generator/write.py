"""Stage 5 of the pipeline: put a freshly built tree in place, all or nothing.

Everything is built in a temporary sibling folder first; only a complete build
replaces the target, by renames on the same file system. An error anywhere
before that leaves the previous output exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def json_bytes(data: Any) -> bytes:
    """The one JSON layout of every file we write: 2-space indent, UTF-8, final newline."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@contextmanager
def staging_folder(target: Path) -> Iterator[Path]:
    """A temporary folder beside ``target``, removed afterwards whatever happens."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def replace_folder(target: Path, built: Path) -> None:
    """Move ``built`` to ``target``, the old ``target`` (if any) out of the way first."""
    retired = target.with_name(f".{target.name}.retired-{os.getpid()}")
    if target.exists():
        target.rename(retired)
    try:
        built.rename(target)
    except OSError:
        if retired.exists():
            retired.rename(target)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def write_file(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def tree_files(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` by its POSIX path relative to it."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
