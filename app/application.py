"""Composition root: the one place that builds the Qt application and wires its parts.

Nothing else constructs stores, clients, engines or windows; they receive what they need from
here. This keeps the wiring visible in one file and every part testable on its own.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from app import __version__
from app.i18n import DEFAULT_LANGUAGE, LanguageSwitcher
from app.views.start_window import StartWindow


def run_gui(args: argparse.Namespace) -> int:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName("ShareDesk")
    application.setApplicationDisplayName("ShareDesk 政务信息资源共享客户端")
    application.setApplicationVersion(__version__)
    languages = LanguageSwitcher(application)
    languages.switch(args.lang or DEFAULT_LANGUAGE)
    window = StartWindow()
    window.show()
    return application.exec()
