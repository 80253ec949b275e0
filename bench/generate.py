"""How long regeneration takes, against openapi-python-client alone.

Prints, from one run: a full regeneration of the project (connector package and
client, validation, formatting), a regeneration with nothing changed (the
fingerprint short-cut), and the bare ``openapi-python-client generate`` on the
same converted OpenAPI 3.0 document, with its default templates and post
hooks. All three run as commands, so each pays one interpreter start-up. The
figures are medians of interleaved rounds, reported as ratios to the bare tool.

    .venv/bin/python bench/generate.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trconnect.load import load_document  # noqa: E402
from trconnect.transform import to_openapi3  # noqa: E402


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
        work = Path(scratch)
        converted = work / "openapi.json"
        spec = load_document(ROOT / "spec" / "textrequest.yaml").data
        converted.write_text(json.dumps(to_openapi3(spec).document))
        ours = [python, "-m", "generator", "generate"]
        bare = [python, "-m", "openapi_python_client", "generate", "--path", str(converted)]
        full, no_op, tool = [], [], []
        for round_ in range(rounds):
            out, bare_out = work / f"ours-{round_}", work / f"bare-{round_}"
            full.append(timed([*ours, "--out", str(out)]))
            no_op.append(timed([*ours, "--out", str(out)]))
            tool.append(timed([*bare, "--output-path", str(bare_out), "--meta", "pdm"]))
            shutil.rmtree(out), shutil.rmtree(bare_out)
    baseline = statistics.median(tool)
    print(f"rounds: {rounds} (medians; each figure is one command, interpreter start-up included)")
    print(f"openapi-python-client alone:  {baseline:6.2f} s   1.00x")
    for name, times in (("full regeneration", full), ("no-op regeneration", no_op)):
        median = statistics.median(times)
        print(f"{name + ':':29} {median:6.2f} s   {median / baseline:.2f}x")


if __name__ == "__main__":
    main()
