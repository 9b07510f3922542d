"""The officer's desk: one signed-in session wired into the main window (composition root).

:class:`Desk` is the half of the composition root that exists once somebody has signed in
(:mod:`app.application` builds it): the sync engine and its :class:`SyncController`, the pages
of the main window and every connection between them —

* global search → the catalog page's ``on_search`` and the catalog shown;
* the catalog's "Request access…" → the request form;
* sync progress, cancel, connectivity and the outbox count → the status bar and banner;
* badges: the outbox's items that need attention, requests with news;
* ``synced(summary)`` → the pages that show what changed.

Pages whose modules are not in this build show a :class:`PlaceholderPage`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from types import ModuleType

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app import __version__
from app.models.codec import from_json_dict
from app.models.entities import User
from app.models.errors import DomainError
from app.signin import SignedIn
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.problems import PlatformError
from app.sync.workspace import Workspace, actor_of
from app.sync_controller import SyncController, attention_count, waiting_count
from app.tasks import TaskRunner
from app.views.main_window import PAGE_KEYS, MainWindow
from app.views.placeholder_page import PlaceholderPage

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 10_000
CATALOG_ENTITIES = frozenset({"resource", "department", "request", "feedback"})


def optional_module(name: str) -> ModuleType | None:
    """A view module that may not be part of this build yet (None when absent)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name and name.startswith(missing.name):
            return None
        raise


class Desk(QObject):
    """The main window of one session and everything that feeds it."""

    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, session: SignedIn, tasks: TaskRunner, *, interval_minutes: int,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self._language = language
        self.engine = SyncEngine(session.store, session.client)
        self.controller = SyncController(
            self.engine, tasks, interval_minutes=interval_minutes, online=session.online,
            offline_since=session.offline_since, parent=self)
        self.window = MainWindow()
        self.window.installEventFilter(self)
        self.pages: dict[str, QWidget] = {}
        self.workspace: Workspace | None = None
        self._build_pages()
        self._build_menu()
        self._wire()
        self.retranslate()
        self.window.on_connectivity(session.online, session.offline_since)
        self.window.on_sync_finished(session.last_sync)

    # ------------------------------------------------------------------------ pages

    def _build_pages(self) -> None:
        self.workspace = self._build_workspace()
        for key in PAGE_KEYS:
            if key == "supervision" and "supervisor" not in self.session.roles:
                continue  # only supervisors supervise (R24)
            page = self._build_page(key) or PlaceholderPage(key)
            self.pages[key] = page
            self.window.add_page(key, page)

    def _build_workspace(self) -> Workspace | None:
        """The officer's workspace; None while the signed-in user is not known locally."""
        try:
            user = from_json_dict(User, self.session.user)
        except DomainError:
            log.warning("the signed-in user could not be read; officer pages wait for a sync")
            return None
        return Workspace(self.session.store, actor_of(user))

    def _build_page(self, key: str) -> QWidget | None:
        language = self._language()
        if key == "catalog":
            module = optional_module("app.views.catalog_page")
            if module is not None:
                page: QWidget = module.CatalogPage(self.session.store,
                                                   self.session.department_id, language,
                                                   self.tasks)
                return page
        return None

    # ------------------------------------------------------------------------- menu

    def _build_menu(self) -> None:
        self.menu = QMenu(self.window)
        self.settings_action = QAction(self.window)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action = QAction(self.window)
        self.about_action.triggered.connect(self.on_about)
        self.quit_action = QAction(self.window)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.about_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.window.menuBar().addMenu(self.menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&ShareDesk"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About ShareDesk"))
        self.quit_action.setText(self.tr("&Quit"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    @Slot()
    def on_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About ShareDesk"), self.tr(
            "ShareDesk %1 — the desktop client of the government information resource sharing "
            "platform.").replace("%1", __version__))

    # ------------------------------------------------------------------------- wiring

    def _wire(self) -> None:
        window, controller = self.window, self.controller
        window.sync_requested.connect(controller.on_sync_requested)
        window.cancel_sync_requested.connect(controller.on_cancel_requested)
        window.search_requested.connect(self.on_search)
        controller.started.connect(window.on_sync_started)
        controller.progressed.connect(self.on_sync_progress)
        controller.finished.connect(window.on_sync_finished)
        controller.connectivity_changed.connect(window.on_connectivity)
        controller.outbox_count.connect(window.on_outbox_count)
        controller.outbox_attention.connect(self.on_outbox_attention)
        controller.synced.connect(self.on_synced)
        controller.sync_failed.connect(self.on_sync_failed)
        catalog = self.pages.get("catalog")
        if catalog is not None and hasattr(catalog, "request_access_requested"):
            catalog.request_access_requested.connect(self.on_request_access)
        if catalog is not None and hasattr(catalog, "report_error_requested"):
            catalog.report_error_requested.connect(self.on_report_error)

    def start(self) -> None:
        """Show the window, count the outbox, and start syncing (if the session allows)."""
        self.window.show()
        self.count_outbox()
        if self.session.has_session:
            self.controller.start()
        else:
            self.controller.start(sync_now=False)
            self.controller.pause()

    def count_outbox(self) -> None:
        outbox = self.session.store.outbox
        task = self.tasks.submit("outbox-count", lambda _c: outbox.counts())
        task.succeeded.connect(self.on_outbox_counts)

    @Slot(object)
    def on_outbox_counts(self, counts: dict[str, int]) -> None:
        self.window.on_outbox_count(waiting_count(counts))
        self.on_outbox_attention(attention_count(counts))

    @Slot(int)
    def on_outbox_attention(self, count: int) -> None:
        self.window.on_badge("outbox", count)

    @Slot(str)
    def on_search(self, text: str) -> None:
        catalog = self.pages.get("catalog")
        if catalog is not None and hasattr(catalog, "on_search"):
            catalog.on_search(text)
        self.window.show_page("catalog")

    @Slot(int, int, str)
    def on_sync_progress(self, done: int, total: int, phase: str) -> None:
        phases = {
            "push": self.tr("Sending the outbox…"),
            "snapshot": self.tr("Downloading the catalog: %1").replace("%1", str(done)),
            "changes": self.tr("Fetching changes: %1").replace("%1", str(done)),
            "reference": self.tr("Updating rules and calendars…"),
        }
        self.window.on_sync_progress(done, total, phases.get(phase, phase))

    @Slot(object)
    def on_synced(self, summary: SyncSummary) -> None:
        """Pages redraw only when what they show changed (``summary.changed_entities``)."""
        changed = summary.changed_entities
        if not changed:
            return
        for key, page in self.pages.items():
            if key == "catalog" and changed & CATALOG_ENTITIES and hasattr(page, "refresh"):
                page.refresh()
            handler = getattr(page, "on_synced", None)
            if handler is not None:
                handler(summary)

    def set_language(self, language: str) -> None:
        """Pages that pick domain texts by language (``*_zh``/``*_en``) hear of a switch."""
        for page in self.pages.values():
            setter = getattr(page, "set_language", None)
            if setter is not None:
                setter(language)

    @Slot(object)
    def on_sync_failed(self, error: Exception) -> None:
        if isinstance(error, PlatformError):
            english = self._language().startswith("en")
            text = error.message_en if english else error.message_zh
        else:
            text = type(error).__name__
        self.window.statusBar().showMessage(
            self.tr("Sync stopped: %1").replace("%1", text), STATUS_MESSAGE_MS)

    @Slot(str)
    def on_request_access(self, resource_id: str) -> None:
        log.info("request form asked for a resource")
        self.window.statusBar().showMessage(
            self.tr("The request form is coming in a later version."), STATUS_MESSAGE_MS)

    @Slot(str, str)
    def on_report_error(self, resource_id: str, item: str) -> None:
        self.window.statusBar().showMessage(
            self.tr("Error reports are coming in a later version."), STATUS_MESSAGE_MS)

    def show_message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def stop(self) -> None:
        """Stop syncing (the composition root then joins the workers)."""
        self.controller.stop()

    def dispose(self) -> None:
        """Destroy the window and its pages now, before the session's store is closed: an
        outcome still posted by a worker then finds no page to redraw on a closed store."""
        self.window.hide()
        self.window.removeEventFilter(self)
        self.pages.clear()
        shiboken6.delete(self.window)
        shiboken6.delete(self.controller)  # and with it every connection to a late outcome
