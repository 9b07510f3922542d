"""The officer's desk: one signed-in session wired into the main window (composition root).

:class:`Desk` is the half of the composition root that exists once somebody has signed in
(:mod:`app.application` builds it): the sync engine and its :class:`SyncController`, the
officer's :class:`~app.sync.workspace.Workspace`, the pages of the main window and every
connection between them —

* the window's search field (the only one) → the catalog page: as the officer types while the
  catalog is shown (``on_search``, debounced), and on Enter from any page (``search_now``, and
  the catalog shown);
* the catalog's "Request access…" → the request form; whatever is queued → a sync right away
  when online, and the requests and outbox pages redraw;
* sync progress, cancel, connectivity and the outbox count → the status bar and banner;
* badges: outbox items that need the officer (needs attention, conflict), overdue requests;
* ``synced(summary)`` → only the pages whose entities changed (``summary.changed_entities``);
* the feedback page (疑义反馈, R20–R22) and the catalog's "Report an error…" → the feedback
  form; after each sync the reminders (:mod:`app.views.reminders`) announce what is new (tray,
  or the status bar) and set the badges of To reply, Feedback and My requests.

Pages not in this build yet (To reply, Feedback, Supervision) show a :class:`PlaceholderPage`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app import __version__
from app.models.codec import from_json_dict
from app.models.entities import Resource, User
from app.models.errors import DomainError
from app.signin import SignedIn
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.problems import PlatformError
from app.sync.workspace import Workspace, actor_of
from app.sync.workspace_catalog import CatalogDesk  # also names its commands in the outbox
from app.sync.workspace_evaluation import EvaluationWorkspace
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_supervision import SupervisionDesk
from app.sync_controller import SyncController, attention_count, waiting_count
from app.tasks import TaskRunner
from app.views.catalog_page import CatalogPage
from app.views.feedback_form import FeedbackForm
from app.views.feedback_page import FeedbackPage
from app.views.inbox_page import InboxPage
from app.views.main_window import PAGE_KEYS, MainWindow
from app.views.outbox_page import OutboxPage
from app.views.placeholder_page import PlaceholderPage
from app.views.reminders import Reminders
from app.views.request_form import RequestForm
from app.views.requests_page import RequestsPage
from app.views.scorecard_page import ScorecardPage
from app.views.supervision_page import SupervisionPage

log = logging.getLogger(__name__)
STATUS_MESSAGE_MS = 10_000
SCORECARD_ENTITIES = frozenset({"request", "feedback", "dispute", "filing", "resource"})
REQUEST_ENTITIES = frozenset({"request", "resource", "dispute", "suspension", "notification"})
SUPERVISION_ENTITIES = frozenset({"request", "feedback", "dispute", "filing", "resource"})
INBOX_ENTITIES = frozenset({"request", "resource", "filing", "suspension", "department"})
FEEDBACK_ENTITIES = frozenset({"feedback", "resource", "dispute", "department", "user"})


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
        self.workspace = self._build_workspace()
        self.catalog = CatalogPage(session.store, session.department_id, language(), tasks,
                                   search_field_shown=False)  # the window's field searches
        self.requests: RequestsPage | None = None
        self.outbox: OutboxPage | None = None
        self.form: RequestForm | None = None
        if self.workspace is not None:
            self.requests = RequestsPage(self.workspace, tasks, language=language())
            self.outbox = OutboxPage(self.workspace, tasks, language=language())
        self.inbox: InboxPage | None = None
        if self.workspace is not None:  # 待答复 (R13, R14, R17): any department may provide
            self.inbox = InboxPage(ProviderDesk(self.workspace), tasks, language=language())
        self.supervision: SupervisionPage | None = None
        if self.workspace is not None and "supervisor" in session.roles:  # R24
            self.supervision = SupervisionPage(SupervisionDesk(self.workspace), tasks,
                                               language=language())
        self.feedback: FeedbackPage | None = None
        self.feedback_form: FeedbackForm | None = None
        self.reminders: Reminders | None = None
        if self.workspace is not None:  # R20–R22, and the reminders of every officer
            self.feedback = FeedbackPage(FeedbackWorkspace(self.workspace), tasks,
                                         language=language())
            self.reminders = Reminders(self.workspace, tasks, fallback=self.show_message,
                                       parent=self)
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        self._build_menu()
        self._wire()
        self.retranslate()
        self.window.on_connectivity(session.online, session.offline_since)
        self.window.on_sync_finished(session.last_sync)

    # ------------------------------------------------------------------------ pages

    def _build_workspace(self) -> Workspace | None:
        """The officer's workspace; None while the signed-in user is not known locally."""
        try:
            user = from_json_dict(User, self.session.user)
        except DomainError:
            log.warning("the signed-in user could not be read; officer pages wait for a sync")
            return None
        return Workspace(self.session.store, actor_of(user))

    def _build_pages(self) -> None:
        built: dict[str, QWidget | None] = {
            "catalog": self.catalog, "requests": self.requests, "outbox": self.outbox,
            "supervision": self.supervision, "feedback": self.feedback}
        built["inbox"] = self.inbox
        for key in PAGE_KEYS:
            if key == "supervision" and "supervisor" not in self.session.roles:
                continue  # only supervisors supervise (R24)
            page = built.get(key) or PlaceholderPage(key)
            self.pages[key] = page
            self.window.add_page(key, page)

    # ------------------------------------------------------------------------- menu

    def _build_menu(self) -> None:
        self.menu = QMenu(self.window)
        self.settings_action = QAction(self.window)
        self.settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences),
                                           QKeySequence("Ctrl+,")])
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action = QAction(self.window)
        self.about_action.triggered.connect(self.on_about)
        self.quit_action = QAction(self.window)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.settings_action)
        self.menu.addAction(self.about_action)
        # R24: the evaluation scorecard opens in a window of its own for supervisors.
        self.scorecard: ScorecardPage | None = None
        self.scorecard_action = QAction(self.window)
        self.scorecard_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.scorecard_action.setVisible(
            self.workspace is not None and "supervisor" in self.session.roles)
        self.scorecard_action.triggered.connect(self.on_scorecard)
        self.menu.addAction(self.scorecard_action)
        # R3/R5: the department's own catalog entries, in a window of its own (my_catalog_page).
        self.my_catalog: QWidget | None = None
        self.my_catalog_action = QAction(self.window)
        self.my_catalog_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.my_catalog_action.setVisible(self.workspace is not None)
        self.my_catalog_action.triggered.connect(self.on_my_catalog)
        self.menu.addAction(self.my_catalog_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.window.menuBar().addMenu(self.menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&ShareDesk"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About ShareDesk"))
        self.scorecard_action.setText(self.tr("&Evaluation scorecard…"))
        self.my_catalog_action.setText(self.tr("&My catalog entries…"))
        self.quit_action.setText(self.tr("&Quit"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    @Slot()
    def on_scorecard(self) -> None:
        """R24: the scorecard (app.views.scorecard_page), built the first time it is asked for."""
        if self.workspace is None:
            return
        if self.scorecard is None:
            page = ScorecardPage(EvaluationWorkspace(self.workspace), self.tasks,
                                 language=self._language(), parent=self.window)
            page.setWindowFlag(Qt.WindowType.Window)
            page.message.connect(self.show_message)
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
            page.outbox_changed.connect(self.on_queued)
            page.message.connect(self.show_message)
            page.resize(1100, 640)
            self.my_catalog = page
        self.my_catalog.reload()
        self.my_catalog.show()
        self.my_catalog.raise_()
        self.my_catalog.activateWindow()

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
        window.search_edited.connect(self.on_search_edited)
        window.page_changed.connect(self.on_page_changed)
        controller.started.connect(window.on_sync_started)
        controller.progressed.connect(self.on_sync_progress)
        controller.finished.connect(window.on_sync_finished)
        controller.connectivity_changed.connect(window.on_connectivity)
        controller.outbox_count.connect(window.on_outbox_count)
        controller.outbox_attention.connect(self.on_outbox_attention)
        controller.synced.connect(self.on_synced)
        controller.sync_failed.connect(self.on_sync_failed)
        self.catalog.request_access_requested.connect(self.on_request_access)
        self.catalog.report_error_requested.connect(self.on_report_error)
        if self.requests is not None:
            self.requests.outbox_changed.connect(self.on_queued)
            if self.reminders is None:  # else the reminders count all overdue requests
                self.requests.badge_changed.connect(self.on_requests_badge)
            self.requests.message.connect(self.show_message)
        if self.supervision is not None:
            self.supervision.outbox_changed.connect(self.on_queued)
            # Pending-item reminders for supervisors: the overdue count of the jurisdiction as
            # the navigation badge (app.views.reminders badges only inbox/feedback/requests).
            self.supervision.badge_changed.connect(
                lambda count: self.window.on_badge("supervision", count))
            self.supervision.message.connect(self.show_message)
        if self.feedback is not None:
            self.feedback.outbox_changed.connect(self.on_queued)
            self.feedback.message.connect(self.show_message)
        if self.reminders is not None:
            self.reminders.badge_changed.connect(self.window.on_badge)
            self.reminders.open_requested.connect(self.window.show_page)
        if self.inbox is not None:
            self.inbox.outbox_changed.connect(self.on_queued)
            self.inbox.message.connect(self.show_message)
            if self.reminders is None:  # else the reminders count the inbox
                self.inbox.badge_changed.connect(
                    lambda count: self.window.on_badge("inbox", count))
        if self.outbox is not None:
            self.outbox.changed.connect(self.on_queued)
            self.outbox.count_changed.connect(self.count_outbox)
            self.outbox.message.connect(self.show_message)

    def start(self) -> None:
        """Show the window, count the outbox, and start syncing (if the session allows)."""
        self.window.show()
        self.count_outbox()
        for page in (self.requests, self.outbox, self.supervision, self.feedback):
            if page is not None:
                page.reload()
        if self.reminders is not None:
            self.reminders.on_synced()  # badges at once, and what arrived since last time
        if self.inbox is not None:
            self.inbox.reload()
        if self.session.has_session:
            self.controller.start()
        else:
            self.controller.start(sync_now=False)
            self.controller.pause()

    @Slot()
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

    @Slot(int)
    def on_requests_badge(self, overdue: int) -> None:
        self.window.on_badge("requests", overdue)

    @Slot()
    def on_queued(self) -> None:
        """Something was queued or edited: lists redraw, and it goes now if we are online."""
        if self.requests is not None:
            self.requests.reload()
        if self.outbox is not None:
            self.outbox.reload()
        if self.supervision is not None:
            self.supervision.reload()
        if self.feedback is not None:
            self.feedback.reload()
        if self.reminders is not None:
            self.reminders.recount()
        if self.inbox is not None:
            self.inbox.reload()
        self.count_outbox()
        if self.controller.online and not self.controller.paused:
            self.controller.on_sync_requested()

    @Slot(str)
    def on_search(self, text: str) -> None:
        self.catalog.search_now(text)
        self.window.show_page("catalog")

    @Slot(str)
    def on_search_edited(self, text: str) -> None:
        if self.window.current_page() == "catalog":
            self.catalog.on_search(text.strip())

    @Slot(str)
    def on_page_changed(self, key: str) -> None:
        """Back on the catalog: it catches up with what was typed on another page."""
        text = self.window.search_field.text().strip()
        if key == "catalog" and self.catalog.search_text() != text:
            self.catalog.on_search(text)

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
        if changed:
            self.catalog.on_cache_changed(changed)
        if self.requests is not None and changed & REQUEST_ENTITIES:
            self.requests.on_synced()
        pushed = summary.outbox_sent or summary.outbox_failed or summary.outbox_conflicts
        if self.outbox is not None and (pushed or summary.outbox_retrying):
            self.outbox.on_synced()
        if self.supervision is not None and (changed & SUPERVISION_ENTITIES or pushed):
            self.supervision.on_synced()
        if self.inbox is not None and (changed & INBOX_ENTITIES or pushed):
            self.inbox.on_synced()
        if self.feedback is not None and (changed & FEEDBACK_ENTITIES or pushed):
            self.feedback.on_synced()
        if self.reminders is not None:
            self.reminders.on_synced()
        if self.scorecard is not None and changed & SCORECARD_ENTITIES:
            self.scorecard.on_synced()

    def set_language(self, language: str) -> None:
        """Pages that pick domain texts by language (``*_zh``/``*_en``) hear of a switch."""
        self.catalog.set_language(language)
        for page in (self.requests, self.outbox, self.supervision, self.feedback):
            if page is not None:
                page.set_language(language)
        if self.inbox is not None:
            self.inbox.set_language(language)
        if self.scorecard is not None:
            self.scorecard.set_language(language)

    @Slot(object)
    def on_sync_failed(self, error: Exception) -> None:
        if isinstance(error, PlatformError):
            english = self._language().startswith("en")
            text = error.message_en if english else error.message_zh
        else:
            text = type(error).__name__
        self.show_message(self.tr("Sync stopped: %1").replace("%1", text))

    @Slot(str)
    def on_request_access(self, resource_id: str) -> None:
        """The catalog's "Request access…": the request form for that entry (R11)."""
        workspace = self.workspace
        if workspace is None:
            self.show_message(self.tr("Sync once before asking for resources."))
            return
        task = self.tasks.submit("form-resource", lambda _c: workspace.resource(resource_id))
        task.succeeded.connect(self.on_form_resource)

    @Slot(object)
    def on_form_resource(self, resource: Resource | None) -> None:
        if resource is None or self.workspace is None:
            self.show_message(self.tr("This catalog entry is not in the local copy; sync "
                                      "and try again."))
            return
        form = RequestForm(self.workspace, self.tasks, resource, language=self._language(),
                           parent=self.window)
        form.message.connect(self.show_message)
        form.submitted.connect(self.on_queued)
        form.draft_saved.connect(self.on_draft_saved)
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()

    @Slot(object)
    def on_draft_saved(self, _draft_id: object) -> None:
        if self.requests is not None:
            self.requests.reload()  # drafts are listed with the officer's requests

    @Slot(str, str)
    def on_report_error(self, resource_id: str, item: str) -> None:
        """The catalog's "Report an error…": the feedback form for that entry, with the data
        item preselected when it came from one (R20)."""
        workspace = self.workspace
        if workspace is None:
            self.show_message(self.tr("Sync once before reporting doubtful data."))
            return
        task = self.tasks.submit("feedback-resource", lambda _c: workspace.resource(resource_id))
        task.deliver_to(self, lambda resource: self.on_feedback_resource(resource, item))

    def on_feedback_resource(self, resource: Resource | None, item: str) -> None:
        if resource is None or self.feedback is None:
            self.show_message(self.tr("This catalog entry is not in the local copy; sync "
                                      "and try again."))
            return
        form = FeedbackForm(self.feedback.feedback, self.tasks, resource, data_item=item,
                            language=self._language(), parent=self.window)
        form.message.connect(self.show_message)
        form.submitted.connect(self.on_queued)
        page = self.feedback
        form.draft_saved.connect(lambda _draft: page.reload())  # drafts are listed there
        form.finished.connect(form.deleteLater)
        self.feedback_form = form
        form.open()

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
        self.form = None
        self.feedback_form = None
        if self.reminders is not None:
            self.reminders.dispose()
        shiboken6.delete(self.window)
        shiboken6.delete(self.controller)  # and with it every connection to a late outcome
