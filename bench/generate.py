"""How long regeneration takes, against openapi-python-client alone, in one run.

Prints, as ratios to the bare ``openapi-python-client generate`` on the same converted
OpenAPI 3.0 document (its default templates and post hooks):

- the project's spec: a full regeneration (validation, connector package, client,
  formatting) and a regeneration with nothing changed (the fingerprint short-cut);
- a synthetic definition of ``--operations`` operations (5,000 by default) that this
  bench writes itself: our full generation against the bare tool, time and peak memory;
- the scaling row: validation of synthetic definitions of 1,000, 5,000 and 20,000
  operations, in this process, as CPU time per operation and its ratio to the smallest's
  (flat means linear cost; the target is at most 1.2x).

Every figure is one command, interpreter start-up included; the project's figures are
medians of interleaved rounds. Peak memory is the largest resident set of the command's
process tree (``ru_maxrss`` of the waited-for children).

    .venv/bin/python bench/generate.py [--rounds N] [--operations N] [--scaling-only]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from trconnect.model import Definition
from trconnect.transform import to_openapi3
from trconnect.validate import validate_definition

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "textrequest.yaml"
# The child measures itself, so that each command's peak memory is its own.
# A run that printed "not in PATH" formatted nothing, which would make the baseline too fast.
SCALING = (1000, 5000, 20000)  # operations of the scaling row's synthetic definitions
SCALING_LIMIT = 1.2  # time per operation at the largest, as a ratio to the smallest's
MEASURED = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "done = subprocess.run(sys.argv[1:], capture_output=True); "
    "code = 1 if b'not in PATH' in done.stdout + done.stderr else done.returncode; "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def measure(command: list[str]) -> tuple[float, int]:
    """(seconds, peak resident kilobytes) of one run of ``command``.

    This interpreter's ``bin`` folder leads PATH, as in an activated venv: the bare tool's
    post hooks call ``ruff`` by name, and without it they fail and format nothing.
    """
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path},
    )
    seconds, peak, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{command} failed with exit {code}")
    return float(seconds), int(peak)


def synthetic_definition(operations: int) -> dict:
    """``operations`` operations: resources to list, read, create, update and delete."""
    paths: dict[str, dict] = {}
    definitions: dict[str, dict] = {}
    for index in range(-(-operations // 5)):
        name = f"Item{index}"
        definitions[name] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "integer", "format": "int32"},
                "name": {"type": "string", "description": f"The name of item {index}."},
                "created": {"type": "string", "format": "date-time"},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }
        ref = {"$ref": f"#/definitions/{name}"}
        body = [{"name": "body", "in": "body", "required": True, "schema": ref}]
        item_id = [{"name": "id", "in": "path", "required": True, "type": "integer"}]
        ok = {"200": {"description": "The item.", "schema": ref}}
        listing = {"200": {"description": "Items.", "schema": {"type": "array", "items": ref}}}
        paths[f"/items{index}"] = {
            "get": _operation(f"List{name}s", [], listing),
            "post": _operation(f"Create{name}", body, ok),
        }
        paths[f"/items{index}/{{id}}"] = {
            "get": _operation(f"Get{name}", item_id, ok),
            "put": _operation(f"Update{name}", item_id + body, ok),
            "delete": _operation(f"Delete{name}", item_id, {"204": {"description": "Gone."}}),
        }
    document = {
        "swagger": "2.0",
        "info": {"title": "Synthetic", "version": "1.0", "description": "Made by the bench."},
        "host": "api.example.com",
        "basePath": "/v1",
        "schemes": ["https"],
        "securityDefinitions": {"key": {"type": "apiKey", "in": "header", "name": "x-api-key"}},
        "security": [{"key": []}],
        "paths": paths,
        "definitions": definitions,
    }
    return _trimmed(document, operations)


def _operation(operation_id: str, parameters: list, responses: dict) -> dict:
    summary = " ".join(operation_id.replace("Item", " item ").split()).capitalize()
    operation = {"operationId": operation_id, "summary": summary, "description": summary + "."}
    if parameters:
        operation["parameters"] = parameters
    operation["responses"] = responses
    return operation


def _trimmed(document: dict, operations: int) -> dict:
    """Drop operations from the end until exactly ``operations`` remain."""
    extra = sum(len(item) for item in document["paths"].values()) - operations
    for path in reversed(list(document["paths"])):
        while extra > 0 and document["paths"][path]:
            document["paths"][path].popitem()
            extra -= 1
        if not document["paths"][path]:
            del document["paths"][path]
    return document


def converted(definition: Path, out: Path) -> Path:
    """The OpenAPI 3.0 document the bare tool is given: our conversion of ``definition``."""
    out.write_text(json.dumps(to_openapi3(Definition.load(definition)).document))
    return out


def bare(document: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        *("-m", "openapi_python_client", "generate", "--path", str(document)),
        *("--output-path", str(out), "--meta", "pdm"),
    ]


def ours(out: Path, spec: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "trconnect", "generate", "--out", str(out)]
    return command + (["--spec", str(spec)] if spec else [])


def project_rounds(work: Path, rounds: int) -> dict[str, list[float]]:
    document = converted(SPEC, work / "openapi.json")
    times: dict[str, list[float]] = {"bare": [], "full": [], "no-op": []}
    for round_ in range(rounds):
        out, bare_out = work / f"ours-{round_}", work / f"bare-{round_}"
        times["full"].append(measure(ours(out))[0])
        times["no-op"].append(measure(ours(out))[0])
        times["bare"].append(measure(bare(document, bare_out))[0])
        shutil.rmtree(out), shutil.rmtree(bare_out)
    return times


def synthetic_round(work: Path, operations: int) -> tuple[tuple[float, int], tuple[float, int]]:
    spec = work / "synthetic.json"
    spec.write_text(json.dumps(synthetic_definition(operations), indent=2))
    document = converted(spec, work / "synthetic-openapi.json")
    our_run = measure(ours(work / "synthetic-ours", spec))
    return our_run, measure(bare(document, work / "synthetic-bare"))


def validation_seconds(operations: int, rounds: int = 3) -> float:
    """The best of ``rounds`` validations of a synthetic definition, from its parsed document.

    The model (operations, schemas, line positions) is built lazily inside the timing, as
    ``validate`` builds it; writing the JSON text is not. CPU seconds of this process, not
    wall time: on a shared machine the wall clock measures the neighbours.
    """
    data = synthetic_definition(operations)
    best = float("inf")
    for _ in range(rounds):
        definition = Definition.from_data(json.loads(json.dumps(data)))
        started = time.process_time()
        validate_definition(definition)
        best = min(best, time.process_time() - started)
    return best


def scaling_row() -> bool:
    """Print validation time per operation at each size; True when it stays flat enough."""
    per_operation = {size: validation_seconds(size) / size for size in SCALING}
    first = per_operation[SCALING[0]]
    print("validation of synthetic definitions (CPU seconds, best of 3, in process)")
    for size, seconds in per_operation.items():
        print(f"  {size:6} operations: {seconds * size:7.2f} s   "
              f"{seconds * 1e3:6.3f} ms per operation   {seconds / first:.2f}x")  # fmt: skip
    growth = per_operation[SCALING[-1]] / first
    print(f"  per operation at {SCALING[-1]} / at {SCALING[0]}: {growth:.2f}x "
          f"(target at most {SCALING_LIMIT}x)")  # fmt: skip
    return growth <= SCALING_LIMIT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--operations", type=int, default=5000)
    parser.add_argument("--scaling-only", action="store_true", help="only the scaling row")
    args = parser.parse_args()
    flat = scaling_row()
    if args.scaling_only:
        raise SystemExit(0 if flat else 1)
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        times = project_rounds(Path(scratch), args.rounds)
        started = time.perf_counter()
        (our_time, our_peak), (bare_time, bare_peak) = synthetic_round(
            Path(scratch), args.operations
        )
    baseline = statistics.median(times["bare"])
    print(f"the project's spec, {args.rounds} interleaved rounds (medians, start-up included)")
    print(f"  openapi-python-client alone:  {baseline:6.2f} s   1.00x")
    for name in ("full", "no-op"):
        median = statistics.median(times[name])
        print(f"  {name + ' regeneration:':29} {median:6.2f} s   {median / baseline:.2f}x")
    print(f"synthetic definition of {args.operations} operations (one round each)")
    bare_line = f"{bare_time:6.1f} s   1.00x   peak {bare_peak / 1024:.0f} MB"
    print(f"  openapi-python-client alone:  {bare_line}")
    print(
        f"  full generation:              {our_time:6.1f} s   {our_time / bare_time:.2f}x   "
        f"peak {our_peak / 1024:.0f} MB ({our_peak / bare_peak:.2f}x)"
    )
    print(f"  (synthetic rounds took {time.perf_counter() - started:.0f} s)")
    raise SystemExit(0 if flat else 1)


if __name__ == "__main__":
    main()
