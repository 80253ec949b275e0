"""A small seeded slice of ``bench/fuzz.py``: broken definitions end in exit codes, not tracebacks.

Forty mutations of the corpus (every kind of ``KINDS``), each through ``validate`` (and
``validate --lenient`` when its text is damaged), one in eight (a seeded draw) also through
``generate``. The full run, thousands of mutations, is ``bench/fuzz.py --count 2000``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fuzz import KINDS, Outcome, fuzz, make_mutation, report, run_one

COUNT, SEED, GENERATE_EVERY = 40, 3, 8


@pytest.fixture(scope="module")
def outcomes(shared: Path) -> list[Outcome]:
    return fuzz(COUNT, SEED, generate_every=GENERATE_EVERY)


@pytest.mark.slow
def test_a_seeded_slice_of_mutations_gives_no_traceback(outcomes: list[Outcome]) -> None:
    assert len(outcomes) == COUNT and {o.kind for o in outcomes} == set(KINDS)
    assert not [t for o in outcomes for t in o.tracebacks], report(outcomes, 0.0)
    codes = {code for o in outcomes for _, code in o.codes}
    assert codes <= {0, 1, 2}, report(outcomes, 0.0)
    generated = [o for o in outcomes if any(name.startswith("generate") for name, _ in o.codes)]
    assert len(generated) == COUNT // GENERATE_EVERY


@pytest.mark.slow
def test_a_cut_definition_is_refused_strictly(outcomes: list[Outcome]) -> None:
    """JSON cut short is never JSON: ``validate`` without ``--lenient`` exits 2."""
    cut = [o for o in outcomes if o.kind == "truncate"]
    assert cut and all(dict(o.codes)["validate"] == 2 for o in cut), report(cut, 0.0)


def test_a_mutation_is_the_same_for_the_same_seed(shared: Path) -> None:
    seeds = [SEED * 1_000_000 + i for i in range(len(KINDS))]
    first = [make_mutation(seed) for seed in seeds]
    assert first == [make_mutation(seed) for seed in seeds]
    assert {m.kind for m in first} == set(KINDS)
    assert len({m.text for m in first}) == len(first)


def test_an_exception_that_escapes_main_is_counted_with_its_frame(
    monkeypatch: pytest.MonkeyPatch, shared: Path
) -> None:
    """The harness itself: a crash in a command is a traceback in the outcome, not a pass."""
    from trconnect.cli import validate

    def crash(*_: object, **__: object) -> None:
        raise KeyError("planted")

    monkeypatch.setattr(validate, "validate_connector", crash)
    outcome = run_one(SEED * 1_000_000, generate=False)
    assert outcome.codes[0] == ("validate", "traceback")
    assert outcome.tracebacks[0]["error"] == "KeyError: 'planted'"
    assert outcome.tracebacks[0]["last_frame"].startswith("test_fuzz.py:")
    assert outcome.tracebacks[0]["trconnect_frame"].startswith("validate.py:")
