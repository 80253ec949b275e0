"""Whether a regeneration would change anything, decided without regenerating.

A fingerprint is a hash of every input of a build (the definition, the
overrides, the generator's own code and templates, the version of
openapi-python-client) and of the output as it stands. When both match the
stamp left by the last build, the build would write the same bytes again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

STAMP_NAME = ".fingerprint"
_PACKAGE_ROOT = Path(__file__).resolve().parent
# The code a build runs: the pipeline's modules and its stages' folders. The sandbox, the
# contract tests, the diff and the command line make no output, so editing them is no change.
_BUILD_CODE = ("load", "model", "validate", "transform", "render")


def _hash_files(digest: hashlib._Hash, files: Iterable[Path], root: Path) -> None:
    for path in sorted(files):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(_content(path) + b"\0")


def _content(path: Path) -> bytes:
    """The file's bytes; for one that cannot be read, a value no stamp matches, so the build
    runs and its loader names the file and the fix."""
    try:
        return path.read_bytes()
    except OSError:
        return os.urandom(16)


def inputs_fingerprint(sources: Iterable[Path], options: str) -> str:
    digest = hashlib.sha256(options.encode() + b"\0")
    digest.update(metadata.version("openapi-python-client").encode() + b"\0")
    _hash_files(digest, _build_code(), _PACKAGE_ROOT)
    for source in sources:
        if source.is_dir():
            _hash_files(digest, source.rglob("*"), source)
        elif source.is_file():
            digest.update(_content(source) + b"\0")
    return digest.hexdigest()


def _build_code() -> list[Path]:
    files = list(_PACKAGE_ROOT.glob("*.py"))
    for folder in _BUILD_CODE:
        files += (_PACKAGE_ROOT / folder).rglob("*")
    return files


def outputs_fingerprint(out_dir: Path) -> str:
    digest = hashlib.sha256()
    files = [p for p in out_dir.rglob("*") if p.name != STAMP_NAME]
    _hash_files(digest, files, out_dir)
    return digest.hexdigest()


def stamp(inputs: str, out_dir: Path) -> str:
    return f"{inputs} {outputs_fingerprint(out_dir)}\n"


def is_current(inputs: str, out_dir: Path) -> bool:
    stamp_file = out_dir / STAMP_NAME
    return stamp_file.is_file() and stamp_file.read_text() == stamp(inputs, out_dir)
