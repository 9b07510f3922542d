"""Command line of the ShareDesk client: the GUI by default, ``--demo``, ``--version``,
``--self-test [--json]`` (:mod:`app.selftest`), and the headless ``sync``, ``status`` and
``search`` commands (:mod:`app.sync.cli`).

Kept free of Qt at import time so that ``--version`` and the headless commands start fast and
work on machines without a display; the GUI is imported only when it is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sharedesk",
        description="ShareDesk 政务信息资源共享客户端",
    )
    parser.add_argument("--version", action="version", version=f"ShareDesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start an embedded reference server with demo data and log in to it",
    )
    parser.add_argument("--data-dir", help="keep local data here instead of the user data folder")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    return parser


def display_problem() -> str | None:
    """On Linux without a desktop, Qt aborts the process; say so plainly instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "没有可用的图形桌面（未设置 DISPLAY / WAYLAND_DISPLAY），无法打开窗口。\n"
        "No graphical desktop is available (DISPLAY / WAYLAND_DISPLAY are not set), "
        "so no window can open. Start ShareDesk from a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen to run without one."
    )


HEADLESS_COMMANDS = ("sync", "status", "search")
_OPTIONS_WITH_VALUE = ("--data-dir", "--lang")


def headless_command(argv: Sequence[str]) -> bool:
    """Whether the first word that is not an option names a headless command."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in _OPTIONS_WITH_VALUE:
            skip = True
        elif not word.startswith("-"):
            return word in HEADLESS_COMMANDS
    return False


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if getattr(sys, "frozen", False):  # a windowed bundle has no stderr: log to a file instead
        from app.logfile import configure_frozen_logging  # noqa: PLC0415

        configure_frozen_logging()
    if "--self-test" in arguments:  # before the GUI and the display check (IT over SSH)
        from app.selftest import main as self_test  # noqa: PLC0415 - Qt only inside checks

        return self_test(arguments)
    if headless_command(arguments):
        from app.sync.cli import run  # noqa: PLC0415 - no Qt, and only when asked for

        return run(arguments)
    args = build_parser().parse_args(arguments)
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from app.application import run_gui  # noqa: PLC0415 - Qt only when the GUI starts

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
