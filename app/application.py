"""Composition root: the one place that builds the Qt application and wires its parts.

Nothing else constructs stores, clients, engines or windows; they receive what they need from
here. This keeps the wiring visible in one file and every part testable on its own.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication

from app import __version__
from app.demo import DemoPlatform, DemoUnavailable, start_demo_platform
from app.i18n import DEFAULT_LANGUAGE, LanguageSwitcher
from app.tasks import TaskContext, TaskRunner
from app.views.demo_chooser import DemoChooser
from app.views.start_window import StartWindow


@dataclass
class Session:
    """What the running client holds; released in one place when the application quits."""

    tasks: TaskRunner
    language: str
    demo: DemoPlatform | None = None
    windows: list[object] = field(default_factory=list)

    def close(self) -> None:
        self.tasks.shutdown()
        if self.demo is not None:
            self.demo.stop()
            self.demo = None


def start_demo(session: Session) -> DemoChooser:
    """Show the account chooser at once; the platform starts in a worker meanwhile."""
    chooser = DemoChooser(session.language)
    task = session.tasks.submit("demo-platform", _start_platform)

    def on_ready(platform: DemoPlatform) -> None:
        session.demo = platform
        chooser.on_platform_ready(platform.accounts)

    def on_failed(error: Exception) -> None:
        if isinstance(error, DemoUnavailable):
            english = session.language.startswith("en")
            chooser.on_platform_failed(error.message_en if english else error.message_zh)
        else:
            chooser.on_platform_failed(type(error).__name__)

    def on_chosen(username: str) -> None:
        window = StartWindow()
        url = session.demo.url if session.demo else ""
        window.show_demo_session(url, username)
        window.show()
        session.windows.append(window)

    task.succeeded.connect(on_ready)
    task.failed.connect(on_failed)
    chooser.account_chosen.connect(on_chosen)
    return chooser


def _start_platform(context: TaskContext) -> DemoPlatform:
    context.progress(0, 1, "demo")
    return start_demo_platform()


def run_gui(args: argparse.Namespace) -> int:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName("ShareDesk")
    application.setApplicationDisplayName("ShareDesk")
    application.setApplicationVersion(__version__)
    languages = LanguageSwitcher(application)
    language = args.lang or DEFAULT_LANGUAGE
    languages.switch(language)
    session = Session(tasks=TaskRunner(), language=language)
    application.aboutToQuit.connect(session.close)
    if args.demo:
        chooser = start_demo(session)
        chooser.rejected.connect(application.quit)
        chooser.show()
        session.windows.append(chooser)
    else:
        window = StartWindow()
        window.show()
        session.windows.append(window)
    return application.exec()
