"""``validate`` over every real connector of ``../shared/corpus/``, timed, in one process.

Each folder is validated as ``python -m generator validate FOLDER --lenient`` does (the three
definitions that are not strict JSON need ``--lenient``), with Microsoft's schemas from
``../shared/schemas`` unless ``--no-schemas``. Prints one row per connector (errors, warnings,
seconds), then the total and the time per definition. Exits 1 when any connector has an error
(Microsoft merged every one of them) or the total exceeds the budget.

    .venv/bin/python bench/validate_corpus.py [--no-schemas] [--budget SECONDS]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCHEMAS = ROOT.parent / "shared" / "schemas"
BUDGET = 10.0  # seconds for all of them (issue 14)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-schemas", action="store_true", help="skip Microsoft's schemas")
    parser.add_argument("--budget", type=float, default=BUDGET, help="seconds allowed in all")
    args = parser.parse_args(argv)
    from trconnect.validate import validate_connector

    folders = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    schemas = None if args.no_schemas else SCHEMAS
    print(f"{'connector':28} {'errors':>6} {'warnings':>8} {'seconds':>8}")
    failed, start = False, time.perf_counter()
    for folder in folders:
        began = time.perf_counter()
        report = validate_connector(folder, lenient=True, schemas_dir=schemas)
        seconds = time.perf_counter() - began
        failed |= report.errors > 0
        print(f"{folder.name:28} {report.errors:6} {report.warnings:8} {seconds:8.3f}")
    total = time.perf_counter() - start
    print(f"total {total:.2f} s for {len(folders)} definitions: "
          f"{total / len(folders):.3f} s per definition (budget {args.budget:.0f} s)")  # fmt: skip
    return 1 if failed or total > args.budget else 0


if __name__ == "__main__":
    sys.exit(main())
