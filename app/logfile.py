"""Where a frozen (PyInstaller) build sends its log and any stray output.

A windowed bundle has no console: ``sys.stdout`` and ``sys.stderr`` are ``None`` on Windows,
so a ``print`` to them, a traceback or a ``faulthandler`` dump would either fail or vanish.
:func:`configure_frozen_logging` sends the ``logging`` records to ``sharedesk.log`` in the user
log folder (platformdirs ``user_log_dir``, rotated at 1 MB, 3 kept), points a missing
``stderr`` at that file, a missing ``stdout`` at the null device, and enables
``faulthandler`` on the log file — never on a missing stream. Source runs keep the default
behaviour (warnings to the terminal).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ShareDesk"
LOG_FILE = "sharedesk.log"
_state: dict[str, object] = {}


def log_dir() -> Path:
    if home := os.environ.get("SHAREDESK_HOME"):
        return Path(home) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def configure_frozen_logging(folder: Path | None = None) -> Path | None:
    """Log to a file; returns its path, or None when no folder is writable (then no logging)."""
    if "path" in _state:
        return _state["path"]  # type: ignore[return-value]
    target = (folder or log_dir()) / LOG_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    stream = handler.stream
    assert stream is not None  # opened by the constructor (delay=False)
    if sys.stderr is None:
        sys.stderr = stream  # tracebacks of uncaught errors land in the log
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    faulthandler.enable(file=stream)  # a crash in Qt leaves its trace in the log, not nowhere
    _state["path"] = target
    return target
