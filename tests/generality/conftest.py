"""The whole corpus generated once per session, and generated packages imported in isolation.

Generation goes through ``bench/corpus.py`` (the pipeline behind ``generate --spec``), two
processes at a time: the machine has two cores and each generation is mostly single-threaded
Python plus a ruff subprocess.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from bench.corpus import Entry, Run, corpus_entries, generate_all
from tests.conftest import CORPUS

ENTRIES: list[Entry] = corpus_entries(CORPUS) if CORPUS.is_dir() else []
NAMES = [entry.name for entry in ENTRIES]
WORKERS = 2


@pytest.fixture(scope="session")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Every corpus definition generated (the invalid ones with ``--lenient``), by folder name."""
    if not ENTRIES:
        pytest.skip(f"{CORPUS} is not present beside the project")
    runs = generate_all(ENTRIES, tmp_path_factory.mktemp("corpus"), workers=WORKERS)
    return {run.entry.name: run for run in runs}


@contextmanager
def isolated_import(folder: Path, name: str) -> Iterator[ModuleType]:
    """``name`` imported from ``folder`` only, and forgotten afterwards.

    Any module of that name imported before (another connector's client with the same
    package name) is set aside and put back, so packages of different runs never mix.
    """

    def ours(module: str) -> bool:
        return module == name or module.startswith(name + ".")

    saved = {key: sys.modules.pop(key) for key in [m for m in sys.modules if ours(m)]}
    sys.path.insert(0, str(folder))
    try:
        package = importlib.import_module(name)
        yield package
    finally:
        sys.path.remove(str(folder))
        for key in [m for m in sys.modules if ours(m)]:
            del sys.modules[key]
        sys.modules.update(saved)
        importlib.invalidate_caches()
