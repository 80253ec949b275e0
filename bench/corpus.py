"""The generator over every real connector definition of ``../shared/corpus/``.

Each definition is generated into a temporary folder through the same pipeline
as ``python -m generator generate --spec ... --out ... --properties ...``; the
ones that are not valid JSON with ``--lenient``. Prints one row per connector
(operations, generated, skipped, client warnings, validator warnings, seconds)
and the totals, then the largest definition's seconds per operation as a ratio
to this project's own spec, generated the same way in the same process.
Exits 1 when a definition fails or any client covers less than 99% of its
definition's operations.

    .venv/bin/python bench/corpus.py [--workers N]

The tests of ``tests/generality/`` import ``corpus_entries`` and ``generate_all``
from here, so the benchmark and the tests measure the same thing.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFINITION = "apiDefinition.swagger.json"
PROPERTIES = "apiProperties.json"
MIN_COVERAGE = 0.99
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Entry:
    """One connector folder: its definition, its apiProperties (if any), and whether JSON
    accepts it (``lenient`` when it does not)."""

    name: str
    spec: Path
    properties: Path | None
    lenient: bool


@dataclass(frozen=True)
class Run:
    """What generating one entry gave: the report's counts, or the error that stopped it."""

    entry: Entry
    out: Path
    seconds: float
    counts: dict[str, int]
    error: str | None = None

    @property
    def coverage(self) -> float:
        operations = self.counts.get("operations", 0)
        return self.counts.get("generated", 0) / operations if operations else 1.0


def corpus_entries(corpus: Path = CORPUS) -> list[Entry]:
    """Every connector folder of ``corpus`` that holds a definition, by name."""
    entries = []
    for folder in sorted(p for p in corpus.iterdir() if (p / DEFINITION).is_file()):
        properties = folder / PROPERTIES
        entries.append(
            Entry(
                name=folder.name,
                spec=folder / DEFINITION,
                properties=properties if properties.is_file() else None,
                lenient=not is_strict_json(folder / DEFINITION),
            )
        )
    return entries


def is_strict_json(path: Path) -> bool:
    try:
        json.loads(path.read_bytes().decode("utf-8-sig"))
    except ValueError:
        return False
    return True


def generate_one(entry: Entry, out_root: Path) -> Run:
    """Generate ``entry`` into ``out_root/<name>``; an error is recorded, not raised."""
    from trconnect import pipeline

    out = out_root / entry.name
    started = time.perf_counter()
    try:
        # Best effort: the point is that the generator copes with what real authors publish,
        # so findings that would block writing are written through (and listed in the report).
        job = pipeline.job_for(
            entry.spec, out, entry.properties, lenient=entry.lenient, best_effort=True
        )
        pipeline.generate(job)
    except Exception as error:  # a crash is this connector's result, not the whole run's
        failure = f"{type(error).__name__}: {error}"
        return Run(entry, out, time.perf_counter() - started, {}, failure)
    seconds = time.perf_counter() - started
    counts = json.loads((out / "report.json").read_text())["counts"]
    return Run(entry, out, seconds, counts)


def generate_all(entries: list[Entry], out_root: Path, workers: int = 1) -> list[Run]:
    """``generate_one`` for each entry, in ``workers`` processes; runs in the entries' order."""
    if workers <= 1:
        return [generate_one(entry, out_root) for entry in entries]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(generate_one, entries, [out_root] * len(entries)))


COLUMNS = ("connector", "operations", "generated", "skipped", "warnings", "findings", "seconds")
COUNTED = ("operations", "generated", "skipped", "client_warnings", "warnings")


def table(runs: list[Run]) -> str:
    """The runs as a Markdown table with a totals row; ``warnings`` are the client's (constructs
    it could not map), ``findings`` the validator's warnings."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for run in runs:
        label = run.entry.name + (" (lenient)" if run.entry.lenient else "")
        if run.error:
            lines.append(f"| {label} | FAILED: {run.error} |")
        else:
            lines.append(_row(label, [run.counts[key] for key in COUNTED], run.seconds))
    totals = [sum(run.counts.get(key, 0) for run in runs) for key in COUNTED]
    lines.append(_row("**total**", totals, sum(run.seconds for run in runs)))
    return "\n".join(lines)


def _row(label: str, values: list[int], seconds: float) -> str:
    return "| " + " | ".join([label, *map(str, values), f"{seconds:.2f}"]) + " |"


def largest_line(runs: list[Run], baseline: Run) -> str:
    """The largest definition (in bytes): its seconds against its operation count, and its
    seconds per operation as a ratio to the baseline's."""
    run = max(runs, key=lambda r: r.entry.spec.stat().st_size)
    per_op = run.seconds / max(run.counts.get("operations", 0), 1)
    base = baseline.seconds / max(baseline.counts["operations"], 1)
    size = run.entry.spec.stat().st_size // 1024
    return (
        f"largest definition: {run.entry.name} ({size} KiB, {run.counts.get('operations')} "
        f"operations, {run.counts.get('models')} models) in {run.seconds:.2f} s = "
        f"{per_op * 1000:.0f} ms per operation; baseline {baseline.entry.name} "
        f"({baseline.counts['operations']} operations) {base * 1000:.0f} ms per operation; "
        f"ratio {per_op / base:.2f}x"
    )


def peak_megabytes() -> float:
    """The largest resident set this process reached (Linux reports it in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baseline_run(out_root: Path) -> Run:
    """This project's spec, generated as any definition is: once to pay the imports, then timed."""
    spec = ROOT / "spec" / "textrequest.yaml"
    entry = Entry("textrequest (baseline)", spec, None, lenient=False)
    generate_one(entry, out_root / "warm-up")
    return generate_one(entry, out_root)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1, help="processes (1: clean timings)")
    workers = parser.parse_args().workers
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as scratch:
        out_root = Path(scratch)
        baseline = baseline_run(out_root)
        started = time.perf_counter()
        runs = generate_all(corpus_entries(), out_root, workers)
        wall = time.perf_counter() - started
    print(table(runs))
    print(f"\nwall time for the whole corpus: {wall:.2f} s with {workers} worker(s)")
    print(largest_line(runs, baseline))
    print(f"peak memory of this process: {peak_megabytes():.0f} MB")
    short = [r.entry.name for r in runs if r.error or r.coverage < MIN_COVERAGE]
    if short:
        print(f"below {MIN_COVERAGE:.0%} coverage or failed: {', '.join(short)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
