"""Soak the sync engine: hundreds of seeded fault runs and SIGKILL restarts (not in the suite).

Runs ``tests/sync/test_faults.py`` with more seeds than the suite's 24 + 4; a failing seed is
named in the pytest output and replays exactly with the same count.

    .venv/bin/python bench/soak_sync.py [--faults 400] [--kills 100] [-x]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faults", type=int, default=400, help="seeded network-fault runs")
    parser.add_argument("--kills", type=int, default=100, help="seeded SIGKILL-restart runs")
    parser.add_argument("-x", action="store_true", help="stop at the first failing seed")
    args = parser.parse_args()
    env = {**os.environ, "SHAREDESK_FAULT_SEEDS": str(args.faults),
           "SHAREDESK_KILL_SEEDS": str(args.kills)}
    command = [sys.executable, "-m", "pytest", "tests/sync/test_faults.py", "-q",
               *(["-x"] if args.x else [])]
    return subprocess.call(command, cwd=ROOT, env=env)  # noqa: S603 - our own test suite


if __name__ == "__main__":
    sys.exit(main())
