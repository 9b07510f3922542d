"""The client's command line: clear words instead of a Qt abort, and a version."""

from __future__ import annotations

import os
import subprocess
import sys

from app import __version__


def run_client(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def test_version() -> None:
    result = run_client("--version", env=dict(os.environ))
    assert result.returncode == 0
    assert result.stdout.strip() == f"ShareDesk {__version__}"


def test_no_desktop_gets_a_clear_message_not_an_abort() -> None:
    if not sys.platform.startswith("linux"):
        return
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = run_client(env=env)
    assert result.returncode == 2
    assert "没有可用的图形桌面" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr
