"""The whole corpus generated once per session.

Generation goes through ``bench/corpus.py`` (the pipeline behind ``generate --spec``), two
processes at a time: the machine has two cores and each generation is mostly single-threaded
Python plus a ruff subprocess.
"""

from __future__ import annotations

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
