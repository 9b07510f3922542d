"""Interface language: finds the compiled translations and installs them into Qt.

Source strings are English; ``i18n/sharedesk_zh_CN.ts`` is complete (a test checks it) and
Chinese is the default. Qt's own ``qtbase`` catalogue is loaded too, so standard buttons read
确定/取消. Switching language at run time replaces the translators; Qt then sends every widget a
``LanguageChange`` event and views re-run their ``retranslate`` code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "zh_CN"


def translations_folder() -> Path:
    """``i18n/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "i18n"


class LanguageSwitcher:
    """Owns the installed translators so that a language change never leaves stale ones."""

    def __init__(self, application: QCoreApplication, folder: Path | None = None) -> None:
        self._application = application
        self._folder = folder or translations_folder()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install ``language`` (``zh_CN`` or ``en``); False if the app's catalogue is missing."""
        for translator in self._installed:
            self._application.removeTranslator(translator)
        self._installed.clear()
        app_translator = QTranslator()
        found = app_translator.load(f"sharedesk_{language}", str(self._folder))
        if found:
            self._application.installTranslator(app_translator)
            self._installed.append(app_translator)
        qt_translator = QTranslator()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(QLocale(language), "qtbase", "_", qt_folder):
            self._application.installTranslator(qt_translator)
            self._installed.append(qt_translator)
        self.language = language
        return found or language == "en"
