"""How many published policy template instances the generated clients apply, and how many
leave their operations degraded (with why), counted by template over a connectors folder.

Reads each connector's apiProperties.json through the model and asks the generator the
question it asks when it writes a client (``client_package.policy_gap``); nothing is generated.

    .venv/bin/python bench/policy_counts.py [--connectors ../shared/connectors]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.model import load_properties, package_files  # noqa: E402
from generator.model.properties import DEFINITION_NAME  # noqa: E402
from generator.render.client_package import policy_gap  # noqa: E402


def definitions(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.lower() == DEFINITION_NAME)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connectors", type=Path, default=ROOT.parent / "shared" / "connectors")
    args = parser.parse_args()
    started = time.perf_counter()
    applied: Counter[str] = Counter()
    degraded: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    connectors = scripts = 0
    for spec in definitions(args.connectors):
        properties = load_properties(package_files(spec))
        scripts += properties.script is not None
        if not properties.policies:
            continue
        connectors += 1
        for policy in properties.policies:
            gap = policy_gap(policy)
            (degraded if gap else applied)[policy.template] += 1
            if gap:
                reasons[f"{policy.template}: {gap}"] += 1
    print(f"{connectors} connectors with policyTemplateInstances; {scripts} with script.csx")
    print(f"{'template':40} {'applied':>8} {'degraded':>9}")
    templates = applied.keys() | degraded.keys()
    for template in sorted(templates, key=lambda t: (-applied[t] - degraded[t], t)):
        print(f"{template:40} {applied[template]:>8} {degraded[template]:>9}")
    total_applied, total_degraded = sum(applied.values()), sum(degraded.values())
    print(f"{'total':40} {total_applied:>8} {total_degraded:>9}")
    print("why degraded:")
    for reason, count in reasons.most_common():
        print(f"  {count:4}  {reason}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
