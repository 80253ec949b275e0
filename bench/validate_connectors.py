"""``validate --lenient`` over every published connector of ``../shared/connectors/``, timed.

Each of the 523 folders is validated as ``python -m generator validate FOLDER --lenient
--schemas ../shared/schemas`` does, and each certified one also as ``--certification`` does
(its findings beside the same report, leaving out the icon that upstream never stores).
Prints the connectors refused or crashed (there must be none), the certified connectors with
an error-level finding and the rules behind them, the same for ``--certification``, and the
time per connector. Exits 1 when a folder is refused or crashes, or a share exceeds its
target (1% of certified connectors with errors, 5% with ``--certification``).

    .venv/bin/python bench/validate_connectors.py [--workers N] [--json FILE]

``tests/validate/test_connectors.py`` imports ``folders`` and ``survey`` from here, so the
benchmark and the test measure the same thing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONNECTORS = ROOT.parent / "shared" / "connectors"
SCHEMAS = ROOT.parent / "shared" / "schemas"
CERTIFIED = "certified-connectors"
TARGETS = {"validate": 0.01, "certification": 0.05}  # share of certified connectors with errors


@dataclass(frozen=True)
class Outcome:
    """One folder's verdict: the rules of its error-level findings, or why it has none."""

    name: str  # group/folder
    seconds: float
    errors: tuple[str, ...] = ()  # rule ids, one per error-level finding of validate
    certification: tuple[str, ...] = ()  # the same with --certification (certified only)
    refused: str = ""  # an InputError's text: the folder could not be read
    crashed: str = ""  # a traceback: a bug

    @property
    def certified(self) -> bool:
        return self.name.startswith(CERTIFIED + "/")


def folders(root: Path = CONNECTORS) -> list[Path]:
    """Every connector folder, group by group, in name order."""
    return sorted(
        f for group in root.iterdir() if group.is_dir() for f in group.iterdir() if f.is_dir()
    )


def survey_one(folder: Path) -> Outcome:
    """Validate one folder (and certify it when it is certified), never raising."""
    from trconnect.errors import InputError

    name, began = f"{folder.parent.name}/{folder.name}", time.perf_counter()
    try:
        errors, certification = _errors(folder, folder.parent.name == CERTIFIED)
    except InputError as error:
        return Outcome(name, time.perf_counter() - began, refused=str(error))
    except Exception:  # the survey reports a crash (with its traceback) instead of stopping
        return Outcome(name, time.perf_counter() - began, crashed=traceback.format_exc())
    return Outcome(name, time.perf_counter() - began, errors, certification)


def _errors(folder: Path, certified: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from trconnect.model import Definition
    from trconnect.validate import locate, validate_connector
    from trconnect.validate.certification import certification_findings
    from trconnect.validate.certification.package import ICON

    report = validate_connector(folder, lenient=True, schemas_dir=SCHEMAS)
    errors = tuple(f.rule for f in report.findings if f.severity == "error")
    if not certified:
        return errors, ()
    definition = Definition.load(locate(folder).definition, lenient=True)
    added = certification_findings(definition, folder, lenient=True)
    absent_icon = f"the folder has no {ICON}"  # upstream stores no icons
    more = tuple(f.rule for f in added if f.severity == "error" and f.message != absent_icon)
    return errors, errors + more


def survey(chosen: list[Path], workers: int = 1) -> list[Outcome]:
    if workers <= 1:
        return [survey_one(folder) for folder in chosen]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(survey_one, chosen, chunksize=8))


@dataclass
class Summary:
    """What the outcomes add up to, as the closing note reports it."""

    outcomes: list[Outcome]
    certified: list[Outcome] = field(init=False)

    def __post_init__(self) -> None:
        self.certified = [o for o in self.outcomes if o.certified]

    def with_errors(self, kind: str) -> list[Outcome]:
        return [o for o in self.certified if (o.errors if kind == "validate" else o.certification)]

    def share(self, kind: str) -> float:
        return len(self.with_errors(kind)) / max(len(self.certified), 1)

    def failed(self) -> bool:
        broken = any(o.refused or o.crashed for o in self.outcomes)
        return broken or any(self.share(kind) > limit for kind, limit in TARGETS.items())


def _print(summary: Summary, seconds: float) -> None:
    outcomes = summary.outcomes
    for outcome in outcomes:
        if outcome.refused or outcome.crashed:
            print(f"{'REFUSED' if outcome.refused else 'CRASHED'} {outcome.name}: "
                  f"{(outcome.refused or outcome.crashed).strip()}")  # fmt: skip
    for kind, limit in TARGETS.items():
        flagged = summary.with_errors(kind)
        print(f"{kind}: {len(flagged)} of {len(summary.certified)} certified connectors with "
              f"an error ({summary.share(kind):.1%}; target at most {limit:.0%})")  # fmt: skip
        for outcome in flagged:
            rules = Counter(outcome.errors if kind == "validate" else outcome.certification)
            print(f"    {outcome.name}: " + ", ".join(f"{r} x{n}" for r, n in rules.items()))
    others = [o for o in outcomes if not o.certified and o.errors]
    print(
        f"other connectors with an error: {len(others)} of {len(outcomes) - len(summary.certified)}"
    )
    for outcome in others:
        print(f"    {outcome.name}: " + ", ".join(sorted(set(outcome.errors))))
    broken = sum(1 for o in outcomes if o.refused or o.crashed)
    busiest = max(outcomes, key=lambda o: o.seconds)
    print(f"{len(outcomes)} connectors, {broken} refused or crashed; {seconds:.1f} s wall, "
          f"{sum(o.seconds for o in outcomes) / len(outcomes):.3f} s per connector "
          f"(slowest {busiest.name} {busiest.seconds:.2f} s)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    parser.add_argument("--json", type=Path, help="also write every outcome to this file")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    summary = Summary(survey(folders(), args.workers))
    _print(summary, time.perf_counter() - began)
    if args.json:
        rows = [outcome.__dict__ for outcome in summary.outcomes]
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 1 if summary.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
