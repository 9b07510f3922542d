"""Composition root: the one place that builds the Qt application and wires its parts.

Nothing else constructs stores, clients, engines or windows; they receive what they need from
here. This keeps the wiring visible in one file and every part testable on its own.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.views.start_window import StartWindow


def install_translators(application: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translation so standard buttons read 取消/确定 under zh_CN."""
    translators: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(application)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_folder):
        application.installTranslator(qt_translator)
        translators.append(qt_translator)
    return translators


def run_gui(args: argparse.Namespace) -> int:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(application, QApplication)
    application.setApplicationName("ShareDesk")
    application.setApplicationDisplayName("ShareDesk 政务信息资源共享客户端")
    application.setApplicationVersion(__version__)
    language = args.lang or "zh_CN"
    install_translators(application, language)
    window = StartWindow()
    window.show()
    return application.exec()
