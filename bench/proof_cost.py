"""What proving the client costs: the corpus generated with and without the proof, in one process.

``generate`` proves every client before it keeps it (``generator/render/proof.py``: each module
parsed and checked to hold only data and definitions, then the package imported in a fresh
interpreter). Each definition of the corpus is generated twice in a row, without the proof
(``prove`` replaced by a no-op) and with it, so that drift in the machine's load hits both
alike; CPU time counts this process and its children (ruff, the import). Prints the sums and
the ratios with / without.

    .venv/bin/python bench/proof_cost.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from trconnect.errors import DefinitionBlocked, InputError
from trconnect.pipeline import generate, job_for
from trconnect.render import client

ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    corpus = parser.parse_args().corpus
    real = client.prove
    variants = {"without": lambda *args, **kwargs: None, "with": real}
    wall = dict.fromkeys(variants, 0.0)
    cpu = dict.fromkeys(variants, 0.0)
    specs = sorted(corpus.glob("*/apiDefinition.swagger.json"))
    with tempfile.TemporaryDirectory() as scratch:
        for number, spec in enumerate(specs):
            for label, prove in variants.items():
                client.prove = prove  # type: ignore[assignment]
                out = Path(scratch) / f"{number}-{label}"
                started, used = time.perf_counter(), _cpu()
                try:
                    generate(job_for(spec, out, None, lenient=True, best_effort=True))
                except (InputError, DefinitionBlocked) as refusal:
                    print(f"{spec.parent.name} ({label}): refused: {str(refusal)[:200]}")
                wall[label] += time.perf_counter() - started
                cpu[label] += _cpu() - used
    client.prove = real
    print(f"{len(specs)} definitions")
    for name, sums in (("wall", wall), ("cpu", cpu)):
        shown = ", ".join(f"{label} {seconds:.1f} s" for label, seconds in sums.items())
        print(f"{name}: {shown}; ratio with/without {sums['with'] / sums['without']:.2f}")


if __name__ == "__main__":
    main()
