"""Seeded random mutations of the corpus definitions, each run through the command line.

Bad input must end in a clear error and an exit code, never a traceback. Each mutation takes
one definition of ``../shared/corpus/`` and breaks it one way (``KINDS``): a key deleted,
renamed or retyped, operationIds duplicated, odd names and unicode in paths, parameter and
definition names, the text cut at a random byte, or its JSON syntax damaged. The file is run
through ``validate FILE`` (and ``validate --lenient FILE`` when the text is damaged) and, for
one mutation in ``--generate-every`` (a seeded draw), ``generate --spec FILE --out DIR``
(with ``--lenient`` when the text is damaged; generating is slow): in-process
through ``trconnect.cli.main``, so an exception that escapes it is a traceback a user would
see. Prints the mutations by kind, the exit codes by command, each traceback with its kind,
seed and last frames, and the seconds. Exits 1 when there was a traceback.

    .venv/bin/python bench/fuzz.py --count 2000 --seed 1 --workers 2
    .venv/bin/python bench/fuzz.py --replay 1000017 --keep /tmp/case   # one mutation, verbose

A mutation's seed is ``seed * 1_000_000 + i``; ``--replay`` runs that one alone.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFINITION = "apiDefinition.swagger.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ODD_NAMES = (
    "",
    " ",
    "a b",
    "ünïcödé",
    "名前",
    "🎉",
    "\u202eevil",
    "class",
    "None",
    "123",
    "$ref",
    "..",
    "~1",
    "a/b",
    "{x}",
    "-",
    "__init__",
    "x" * 300,
    "tab\there",
    "new\nline",
)
DAMAGE = ("drop a comma", "trailing comma", "comment", "drop a closer", "stray closer", "tab")
Data = dict[str, Any]


@dataclass(frozen=True)
class Mutation:
    """One broken definition: how it was made, and its text."""

    seed: int
    kind: str
    base: str
    note: str
    text: bytes
    damaged: bool  # the text itself is broken, so ``--lenient`` is run too


@dataclass
class Outcome:
    """What the commands did with one mutation."""

    seed: int
    kind: str
    base: str
    note: str
    codes: list[tuple[str, int | str]] = field(default_factory=list)
    tracebacks: list[dict[str, str]] = field(default_factory=list)


# --- picking places in a document -------------------------------------------------------------


def random_place(data: Any, rng: random.Random, stop: float = 0.3) -> tuple[Any, Any] | None:
    """A (container, key) reached by a random walk down from the root: shallow places are
    as likely as deep ones, so top-level keys and operations are hit, not only schemas."""
    node, place = data, None
    while isinstance(node, (dict, list)) and node:
        key = rng.choice(list(node) if isinstance(node, dict) else range(len(node)))
        place, node = (node, key), node[key]
        if rng.random() < stop:
            break
    return place


def operations(data: Data) -> list[Data]:
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return []
    return [
        op
        for item in paths.values()
        if isinstance(item, dict)
        for op in item.values()
        if isinstance(op, dict) and "responses" in op
    ]


def parameters(data: Data) -> list[Data]:
    listed = [p for op in operations(data) for p in op.get("parameters", []) or []]
    shared = data.get("parameters")
    listed += list(shared.values()) if isinstance(shared, dict) else []
    return [p for p in listed if isinstance(p, dict) and "name" in p]


def rename_key(mapping: Data, old: str, new: str) -> None:
    """``old`` renamed ``new`` in place, its position kept."""
    items = [(new if key == old else key, value) for key, value in mapping.items()]
    mapping.clear()
    mapping.update(items)


# --- the mutations ----------------------------------------------------------------------------


def delete_key(data: Data, rng: random.Random) -> str:
    place = random_place(data, rng)
    if place is None:
        return "nothing to delete"
    container, key = place
    del container[key]
    return f"deleted {key!r}"


def rename(data: Data, rng: random.Random) -> str:
    for _ in range(20):
        place = random_place(data, rng)
        if place and isinstance(place[0], dict):
            new = rng.choice((*ODD_NAMES, place[1] + "_renamed"))
            if new not in place[0]:
                rename_key(place[0], place[1], new)
                return f"renamed {place[1]!r} to {new!r}"
    return "nothing renamed"


def retype(data: Data, rng: random.Random) -> str:
    place = random_place(data, rng)
    if place is None:
        return "nothing to retype"
    container, key = place
    old = container[key]
    choices: list[Any] = ["text", 42, None, True, [], {}]
    if isinstance(old, dict):
        choices.append(list(old.values()))
    container[key] = rng.choice([c for c in choices if type(c) is not type(old)])
    return f"{key!r}: {type(old).__name__} -> {type(container[key]).__name__}"


def duplicate_operation_id(data: Data, rng: random.Random) -> str:
    found = [op for op in operations(data) if "operationId" in op]
    if len(found) < 2:
        return "fewer than two operationIds"
    first, second = rng.sample(found, 2)
    second["operationId"] = first["operationId"]
    return f"operationId {first['operationId']!r} twice"


def odd_name(data: Data, rng: random.Random) -> str:
    target = rng.choice(("path", "parameter", "definition"))
    new = rng.choice(ODD_NAMES)
    if target == "parameter" and parameters(data):
        parameter = rng.choice(parameters(data))
        parameter["name"], old = new, parameter["name"]
        return f"parameter {old!r} named {new!r}"
    if target == "definition" and isinstance(data.get("definitions"), dict) and data["definitions"]:
        old = rng.choice(list(data["definitions"]))
        if new in data["definitions"]:
            return "definition name taken"
        rename_key(data["definitions"], old, new)
        if rng.random() < 0.5:
            follow_refs(data, f"#/definitions/{old}", f"#/definitions/{new}")
        return f"definition {old!r} named {new!r}"
    paths = data.get("paths")
    if not isinstance(paths, dict) or not paths:
        return "no paths"
    old = rng.choice(list(paths))
    segment = rng.choice((new, "{" + new + "}"))
    rename_key(paths, old, f"{old.rstrip('/')}/{segment}")
    return f"path {old!r} gets segment {segment!r}"


def follow_refs(node: Any, old: str, new: str) -> None:
    """Every ``$ref`` to ``old`` made a ``$ref`` to ``new``."""
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            follow_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            follow_refs(value, old, new)


DATA_KINDS: dict[str, Callable[[Data, random.Random], str]] = {
    "delete": delete_key,
    "rename": rename,
    "retype": retype,
    "duplicate-operation-id": duplicate_operation_id,
    "odd-name": odd_name,
}


def truncate(text: bytes, rng: random.Random) -> tuple[bytes, str]:
    cut = rng.randrange(len(text))
    return text[:cut], f"cut at byte {cut} of {len(text)}"


def damage(text: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One to three slips of the kind people make typing JSON by hand."""
    chars, notes = bytearray(text), []
    for _ in range(rng.randint(1, 3)):
        how = rng.choice(DAMAGE)
        notes.append(how)
        spots = [i for i, byte in enumerate(chars) if byte in SPOTS[how]]
        if spots:
            at = rng.choice(spots)
            chars[at : at + 1] = EDITS[how](chars[at : at + 1])
    return bytes(chars), ", ".join(notes)


SPOTS = {
    "drop a comma": b",",
    "trailing comma": b"}]",
    "comment": b"\n",
    "drop a closer": b"}]",
    "stray closer": b"\n",
    "tab": b" ",
}
EDITS: dict[str, Callable[[bytearray], bytes]] = {
    "drop a comma": lambda _: b"",
    "trailing comma": lambda c: b"," + c,
    "comment": lambda c: b" // note" + c,
    "drop a closer": lambda _: b"",
    "stray closer": lambda c: bytes(c) + b"]",
    "tab": lambda _: b"\t",
}
TEXT_KINDS = {"truncate": truncate, "syntax": damage}
KINDS = (*DATA_KINDS, *TEXT_KINDS)


@cache
def bases(corpus: Path = CORPUS) -> list[tuple[str, Data]]:
    """Every corpus definition, parsed (leniently: three are not JSON as published)."""
    from trconnect.load import load_document

    found = sorted(p for p in corpus.glob(f"*/{DEFINITION}"))
    return [(path.parent.name, load_document(path, lenient=True).data) for path in found]


def make_mutation(seed: int, corpus: Path = CORPUS) -> Mutation:
    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]
    base, original = rng.choice(bases(corpus))
    data = copy.deepcopy(original)
    note = DATA_KINDS[kind](data, rng) if kind in DATA_KINDS else ""
    text = json.dumps(data, indent=2, ensure_ascii=False).encode()
    if kind in TEXT_KINDS:
        text, note = TEXT_KINDS[kind](text, rng)
    return Mutation(seed, kind, base, note, text, damaged=kind in TEXT_KINDS)


# --- running the commands ---------------------------------------------------------------------


class Timeout(Exception):
    """A command ran past ``--timeout`` seconds."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def expire(*_: object) -> None:
        raise Timeout

    if seconds <= 0:
        yield
        return
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def frames(error: BaseException) -> dict[str, str]:
    """The exception, its last frame, and the last frame inside ``trconnect``."""
    stack = traceback.extract_tb(error.__traceback__)
    ours = [f for f in stack if "/generator/" in f.filename or "trconnect" in f.filename]

    def show(frame: traceback.FrameSummary) -> str:
        return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"

    return {
        "error": f"{type(error).__name__}: {str(error)[:200]}",
        "last_frame": show(stack[-1]) if stack else "?",
        "trconnect_frame": show(ours[-1]) if ours else "-",
    }


def run_command(
    argv: list[str], timeout: int, verbose: bool
) -> tuple[int | str, BaseException | None]:
    """``main(argv)``: its exit code, or the exception that escaped it."""
    from trconnect.cli import main

    sink = contextlib.nullcontext() if verbose else contextlib.redirect_stdout(io.StringIO())
    errors = contextlib.nullcontext() if verbose else contextlib.redirect_stderr(io.StringIO())
    try:
        with sink, errors, time_limit(timeout):
            return main(argv), None
    except SystemExit as exit_:
        return f"SystemExit({exit_.code})", None
    except Timeout as error:
        return "timeout", error
    except Exception as error:
        return "traceback", error


def commands(mutation: Mutation, spec: Path, out: Path, generate: bool) -> list[list[str]]:
    runs = [["validate", str(spec)]]
    if mutation.damaged:
        runs.append(["validate", "--lenient", str(spec)])
    if generate:
        runs.append(["generate", "--spec", str(spec), "--out", str(out)])
        if mutation.damaged:
            runs[-1].append("--lenient")
    return runs


def run_one(
    seed: int, generate: bool, timeout: int = 0, keep: Path | None = None, verbose: bool = False
) -> Outcome:
    """Make mutation ``seed`` and run each command on it, in a scratch folder."""
    mutation = make_mutation(seed)
    outcome = Outcome(seed, mutation.kind, mutation.base, mutation.note)
    with tempfile.TemporaryDirectory(prefix="fuzz-") as scratch:
        folder = keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        spec = folder / DEFINITION
        spec.write_bytes(mutation.text)
        for argv in commands(mutation, spec, folder / "out", generate):
            name = argv[0] + (" --lenient" if "--lenient" in argv else "")
            code, error = run_command(argv, timeout, verbose)
            outcome.codes.append((name, code))
            if code == "traceback" and error is not None:
                outcome.tracebacks.append({"command": name, **frames(error)})
                if verbose:
                    traceback.print_exception(error)
    return outcome


def silence() -> None:
    """A worker's own file descriptors 1 and 2 go nowhere: ruff and friends print there."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)


def fuzz(
    count: int, seed: int, generate_every: int = 10, workers: int = 1, timeout: int = 0
) -> list[Outcome]:
    """``count`` mutations from ``seed``; one in ``generate_every``, drawn at random from the
    seed (so every kind has its share), is also generated."""
    seeds = [seed * 1_000_000 + i for i in range(count)]
    share = count // generate_every if generate_every > 0 else 0
    chosen = set(random.Random(seed).sample(range(count), share))
    flags = [i in chosen for i in range(count)]
    if workers <= 1:
        return [run_one(s, g, timeout) for s, g in zip(seeds, flags, strict=True)]
    with ProcessPoolExecutor(max_workers=workers, initializer=silence) as pool:
        return list(pool.map(run_one, seeds, flags, [timeout] * count, chunksize=4))


# --- the report -------------------------------------------------------------------------------


def report(outcomes: list[Outcome], seconds: float) -> str:
    kinds = Counter(o.kind for o in outcomes)
    codes = Counter((name, code) for o in outcomes for name, code in o.codes)
    generated = sum(1 for o in outcomes if any(n.startswith("generate") for n, _ in o.codes))
    lines = [f"mutations run: {len(outcomes)} ({generated} also generated)", "by kind:"]
    lines += [f"  {kind}: {kinds[kind]}" for kind in KINDS]
    lines.append("exit codes, by command:")
    lines += [f"  {name}: {code}: {n}" for (name, code), n in sorted(codes.items(), key=str)]
    found = [(o, t) for o in outcomes for t in o.tracebacks]
    lines.append(f"tracebacks: {len(found)}")
    for outcome, trace in found:
        lines.append(
            f"  [{outcome.kind}] seed {outcome.seed} ({outcome.base}: {outcome.note[:80]}) "
            f"{trace['command']}: {trace['error']}\n"
            f"      last frame {trace['last_frame']}; in trconnect {trace['trconnect_frame']}"
        )
    lines.append(f"seconds: {seconds:.1f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="mutations to run")
    parser.add_argument("--seed", type=int, default=1, help="the run's seed")
    parser.add_argument("--generate-every", type=int, default=10, metavar="K", help="0: never")
    parser.add_argument("--workers", type=int, default=1, help="processes")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per command")
    parser.add_argument("--replay", type=int, metavar="SEED", help="run one mutation, verbosely")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="with --replay: keep its files")
    args = parser.parse_args()
    if args.replay is not None:
        outcome = run_one(args.replay, True, args.timeout, keep=args.keep, verbose=True)
        print(report([outcome], 0.0))
        return 1 if outcome.tracebacks else 0
    started = time.perf_counter()
    outcomes = fuzz(args.count, args.seed, args.generate_every, args.workers, args.timeout)
    print(report(outcomes, time.perf_counter() - started))
    return 1 if any(o.tracebacks for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
