"""Stage 5 of the pipeline: put a freshly built tree in place, all or nothing, and only there.

Everything is built in a temporary sibling folder first; only a complete build
replaces the target, by renames on the same file system. An error anywhere
before that leaves the previous output exactly as it was.

The generator replaces only what it wrote: each build leaves a manifest naming
its files, and a target that holds anything else (or holds an input of the
build, or is a file, or is marked read-only) is refused before anything is
touched. Sibling folders left by a run that was killed are removed by the next.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import InputError

MANIFEST_NAME = ".trconnect-manifest"
_MANIFEST_HEADER = (
    "# The files trconnect generate wrote; it replaces this folder only as a whole.\n"
)
# Our own files beside the manifest's list, and the caches that running the output leaves.
_CACHE_PARTS = ("__pycache__",)
_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?:building|retired)-(?P<pid>\d+)(?:-.*)?$")


def json_bytes(data: Any) -> bytes:
    """The one JSON layout of every file we write: 2-space indent, UTF-8, final newline.

    A lone surrogate (JSON can escape one; UTF-8 cannot hold it) is written as the same
    ``\\udXXX`` escape it was read from: only strings hold one, and there it is valid JSON.
    """
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return text.encode("utf-8", errors="backslashreplace")


def write_manifest(folder: Path) -> None:
    """Name every file below ``folder`` in its manifest (written last, naming itself too)."""
    names = sorted([*tree_files(folder), MANIFEST_NAME])
    write_file(folder / MANIFEST_NAME, (_MANIFEST_HEADER + "\n".join(names) + "\n").encode())


def check_target(target: Path, inputs: Iterable[Path], own: Iterable[str] = ()) -> None:
    """Raise :class:`InputError` unless ``target`` is absent, empty, or output we wrote.

    ``own`` names files beside the manifest's that the generator also keeps there.
    """
    if target.is_symlink():
        raise InputError(
            target,
            "is a link; it would be replaced, not what it points to",
            hint="name the folder itself, or a new or empty folder for the output",
        )
    if target.exists() and not target.is_dir():
        raise InputError(
            target, "is a file, not a folder", hint="name a new or empty folder for the output"
        )
    for source in inputs:
        if target.resolve() in source.resolve().parents:
            raise InputError(
                target,
                f"holds {source}, an input of this generation, and would be replaced as a whole",
                hint="write the output to a folder of its own, e.g. beside the definition",
            )
    _refuse_read_only_parent(target)
    if not target.is_dir():
        return
    _refuse_read_only(target)
    foreign = _foreign(target, {MANIFEST_NAME, *own})
    if foreign:
        shown = ", ".join(foreign[:3]) + (
            f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        )
        raise InputError(
            target,
            f"holds what trconnect did not write ({shown}); it replaces the folder as a whole",
            hint="name a new or empty folder, or move those files out of it first",
        )


def _foreign(target: Path, own: set[str]) -> list[str]:
    """What ``target`` holds that we did not write: any entry (file, link, folder, empty or a
    cache) of a folder without our manifest; beside a manifest, anything it does not list but
    the folders of what it lists and the caches that running the output leaves."""
    listed = _listed(target)
    if not listed:
        return sorted(_present(target, skip=()))
    ours = listed | own | {parent.as_posix() for name in listed for parent in Path(name).parents}
    return sorted(set(_present(target, skip=_CACHE_PARTS)) - ours)


def _present(folder: Path, skip: tuple[str, ...]) -> Iterator[str]:
    """Every entry below ``folder`` (files, links, folders: links are not followed), by
    relative path, but the folders named in ``skip`` and what they hold."""
    for top, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if name not in skip]
        for name in folders + files:
            yield Path(top, name).relative_to(folder).as_posix()


def _listed(folder: Path) -> set[str]:
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return set()
    lines = manifest.read_text(encoding="utf-8", errors="replace").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _refuse_read_only(target: Path) -> None:
    """A folder its owner may not write is one they protect: we do not replace it (even as root)."""
    for top, folders, _ in os.walk(target):
        if not os.stat(top).st_mode & stat.S_IWUSR:
            raise InputError(
                top,
                "is read-only, so the output cannot be replaced",
                hint=f"make it writable (chmod -R u+w {target}) or name another folder",
            )
        folders[:] = [name for name in folders if name not in _CACHE_PARTS]


def _refuse_read_only_parent(target: Path) -> None:
    """The folder the output goes in (its nearest existing one) must be writable too."""
    holder = target.absolute().parent
    while not holder.exists():
        holder = holder.parent
    if holder.is_dir() and not os.stat(holder).st_mode & stat.S_IWUSR:
        raise InputError(
            holder,
            f"is read-only, so {target.name} cannot be written in it",
            hint=f"make it writable (chmod u+w {holder}) or name a folder elsewhere",
        )


def clean_leftovers(target: Path) -> None:
    """Remove the staging and retired folders of runs on ``target`` whose process is gone."""
    if not target.parent.is_dir():
        return
    for sibling in target.parent.iterdir():
        match = _LEFTOVER.match(sibling.name)
        if match and match["name"] == target.name and not _running(int(match["pid"])):
            shutil.rmtree(sibling, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a folder of ours from before this run started (the pid was reused)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


@contextmanager
def staging_folder(target: Path) -> Iterator[Path]:
    """A temporary folder beside ``target``, removed afterwards whatever happens."""
    target.parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{target.name}.building-{os.getpid()}-"
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
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
