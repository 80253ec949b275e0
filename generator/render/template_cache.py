"""Compiled Jinja templates, kept between runs like ``.pyc`` files.

Compiling the client's templates is a third of a regeneration (about a second for this
project's spec); the compiled code depends only on a template's text and the Jinja and
Python versions, which the cache keys on, so reusing it changes no byte of the output.
The cache is a convenience: where it cannot be written, templates are compiled as usual.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

CACHE_ENV = "TRCONNECT_CACHE_DIR"


def bytecode_cache() -> jinja2.BytecodeCache | None:
    """A cache in ``$TRCONNECT_CACHE_DIR``, else the user's cache folder; None if unwritable."""
    folder = _folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder)) if os.access(folder, os.W_OK) else None


def _folder() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trconnect" / "jinja"
