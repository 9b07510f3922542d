"""A windowed bundle has no stdout/stderr: logging, stray prints and tracebacks go to the log file.

Run in a child process that starts the way a windowed frozen build does (``sys.stdout`` and
``sys.stderr`` are ``None``), so nothing leaks into this test's own streams.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import logging, sys
from pathlib import Path
sys.stdout = None
sys.stderr = None
from app.logfile import configure_frozen_logging
path = configure_frozen_logging(Path(sys.argv[1]))
assert configure_frozen_logging(Path(sys.argv[1])) == path  # once per process
logging.getLogger("sharedesk.test").warning("written to the file")
print("a stray print goes nowhere, and does not fail")
raise RuntimeError("an uncaught error")
"""


def test_logs_and_tracebacks_land_in_the_log_file_without_streams(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "logs")],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 1  # the uncaught error, reported...
    assert result.stdout == ""
    assert result.stderr == ""  # ...not on the original streams
    log = (tmp_path / "logs" / "sharedesk.log").read_text(encoding="utf-8")
    assert "WARNING sharedesk.test: written to the file" in log
    assert "RuntimeError: an uncaught error" in log
    assert "stray print" not in log
