"""A long contract-fuzzing run: ``tests/server/test_contract.py`` with many more examples.

    .venv/bin/python tests/soak/run_contract.py [EXAMPLES]      # default 300 per operation

Runs the same test the suite runs (committed ``docs/openapi.json`` against the real app, no 5xx,
documented status codes and content types, conforming bodies), then prints how often each
operation answered each status, so a run that never got past validation shows as such.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    examples = argv[1] if len(argv) > 1 else "300"
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "calls.log"
        env = {**os.environ, "CONTRACT_EXAMPLES": examples, "CONTRACT_LOG": str(log)}
        command = [sys.executable, "-m", "pytest", "tests/server/test_contract.py", "-q"]
        outcome = subprocess.run(command, cwd=ROOT, env=env, check=False)
        statuses: dict[str, Counter[str]] = defaultdict(Counter)
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        for line in lines:
            method, path, status = line.split(" ")
            statuses[f"{method} {path}"][status] += 1
    sys.stdout.write(f"\n{len(lines)} calls, {examples} examples per operation\n")
    for operation in sorted(statuses):
        counted = ", ".join(f"{s}×{n}" for s, n in sorted(statuses[operation].items()))
        sys.stdout.write(f"{operation:<62} {counted}\n")
    return outcome.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
