"""The ShareDesk menu of the main window and the windows it opens (part of the composition root).

:class:`DeskMenu` owns the menu (Settings…, About, the evaluation scorecard, My catalog entries,
Quit) and the two windows of their own it opens, each built the first time it is asked for:

* the evaluation scorecard (R24, :mod:`app.views.scorecard_page`), for supervisors only;
* the department's own catalog entries (R3/R5, :mod:`app.views.my_catalog_page`).

In ``sharedesk --demo`` the composition root adds "Demo: network off" (:meth:`add_demo_network`),
a checkable action that stops and restarts the embedded platform; its text is this class's own.

:class:`app.desk.Desk` composes it: the Desk passes in its status-bar and outbox slots, connects
Settings/About/Quit to itself, and keeps the menu's translated texts (``set_texts``) so that
they stay in the ``Desk`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from app.sync.workspace import Workspace
from app.sync.workspace_catalog import CatalogDesk
from app.sync.workspace_evaluation import EvaluationWorkspace
from app.tasks import TaskRunner
from app.views.scorecard_page import ScorecardPage

SCORECARD_ENTITIES = frozenset({"request", "feedback", "dispute", "filing", "resource"})


class DeskMenu(QObject):
    """The ShareDesk menu of one session's window, and the windows it opens."""

    def __init__(self, window: QMainWindow, workspace: Workspace | None, tasks: TaskRunner, *,
                 supervisor: bool, language: Callable[[], str],
                 show_message: Callable[[str], None], queued: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.workspace = workspace
        self.tasks = tasks
        self._language = language
        self._show_message = show_message
        self._queued = queued
        self.menu = QMenu(window)
        self.settings_action = QAction(window)
        self.settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences),
                                           QKeySequence("Ctrl+,")])
        self.about_action = QAction(window)
        self.quit_action = QAction(window)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.about_action)
        # R24: the evaluation scorecard opens in a window of its own for supervisors.
        self.scorecard: ScorecardPage | None = None
        self.scorecard_action = QAction(window)
        self.scorecard_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.scorecard_action.setVisible(workspace is not None and supervisor)
        self.scorecard_action.triggered.connect(self.on_scorecard)
        self.menu.addAction(self.scorecard_action)
        # R3/R5: the department's own catalog entries, in a window of its own (my_catalog_page).
        self.my_catalog: QWidget | None = None
        self.my_catalog_action = QAction(window)
        self.my_catalog_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.my_catalog_action.setVisible(workspace is not None)
        self.my_catalog_action.triggered.connect(self.on_my_catalog)
        self.menu.addAction(self.my_catalog_action)
        self.quit_separator = self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        window.menuBar().addMenu(self.menu)
        self.demo_network_action: QAction | None = None

    def add_demo_network(self) -> QAction:
        """The demo's "network off" switch (checked = the embedded platform stopped)."""
        if self.demo_network_action is None:
            action = QAction(self.window)
            action.setCheckable(True)
            self.menu.insertAction(self.quit_separator, action)
            self.demo_network_action = action
            self._retranslate_demo()
            self.window.installEventFilter(self)
        return self.demo_network_action

    def _retranslate_demo(self) -> None:
        if self.demo_network_action is not None:
            self.demo_network_action.setText(self.tr("Demo: &network off"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate_demo()
        return super().eventFilter(watched, event)

    def set_texts(self, *, menu: str, settings: str, about: str, scorecard: str,
                  my_catalog: str, quit_text: str) -> None:
        """The translated texts, from the Desk's ``retranslate`` (its translation context)."""
        self.menu.setTitle(menu)
        self.settings_action.setText(settings)
        self.about_action.setText(about)
        self.scorecard_action.setText(scorecard)
        self.my_catalog_action.setText(my_catalog)
        self.quit_action.setText(quit_text)

    @Slot()
    def on_scorecard(self) -> None:
        """R24: the scorecard (app.views.scorecard_page), built the first time it is asked for."""
        if self.workspace is None:
            return
        if self.scorecard is None:
            page = ScorecardPage(EvaluationWorkspace(self.workspace), self.tasks,
                                 language=self._language(), parent=self.window)
            page.setWindowFlag(Qt.WindowType.Window)
            page.message.connect(self._show_message)
            page.resize(1280, 820)
            self.scorecard = page
        self.scorecard.show()
        self.scorecard.raise_()
        self.scorecard.activateWindow()

    @Slot()
    def on_my_catalog(self) -> None:
        """R3/R5: the department's catalog upkeep, built the first time it is asked for."""
        from app.views.my_catalog_page import MyCatalogPage  # noqa: PLC0415

        if self.workspace is None:
            return
        if self.my_catalog is None:
            page = MyCatalogPage(CatalogDesk(self.workspace), self.tasks,
                                 language=self._language(), parent=self.window)
            page.setWindowFlag(Qt.WindowType.Window)
            page.outbox_changed.connect(self._queued)
            page.message.connect(self._show_message)
            page.resize(1100, 640)
            self.my_catalog = page
        self.my_catalog.reload()
        self.my_catalog.show()
        self.my_catalog.raise_()
        self.my_catalog.activateWindow()

    def on_synced(self, changed: frozenset[str]) -> None:
        """The scorecard, once open, redraws when what it counts changed."""
        if self.scorecard is not None and changed & SCORECARD_ENTITIES:
            self.scorecard.on_synced()

    def set_language(self, language: str) -> None:
        if self.scorecard is not None:
            self.scorecard.set_language(language)
