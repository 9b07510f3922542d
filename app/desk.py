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

The ShareDesk menu and the windows it opens (scorecard R24, My catalog entries R3/R5) are a
:class:`~app.desk_menu.DeskMenu`, the forms the catalog opens a :class:`~app.desk_forms.DeskForms`;
the Desk composes both and keeps their texts in its own translation context.

Pages not in this build yet (To reply, Feedback, Supervision) show a :class:`PlaceholderPage`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.desk_forms import DeskForms
from app.desk_menu import DeskMenu
from app.models.codec import from_json_dict
from app.models.entities import User
from app.models.errors import DomainError
from app.signin import SignedIn
from app.sync.engine import SyncEngine, SyncSummary
from app.sync.problems import PlatformError
from app.sync.workspace import Workspace, actor_of
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
        self.reminders: Reminders | None = None
        if self.workspace is not None:  # R20–R22, and the reminders of every officer
            self.feedback = FeedbackPage(FeedbackWorkspace(self.workspace), tasks,
                                         language=language())
            self.reminders = Reminders(self.workspace, tasks, fallback=self.show_message,
                                       parent=self)
        self.forms = DeskForms(
            self.window, self.workspace, tasks, requests=self.requests, feedback=self.feedback,
            language=language, show_message=self.show_message, queued=self.on_queued, parent=self)
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
        """The ShareDesk menu and the windows it opens (:class:`app.desk_menu.DeskMenu`)."""
        self.desk_menu = DeskMenu(
            self.window, self.workspace, self.tasks, supervisor="supervisor" in self.session.roles,
            language=self._language, show_message=self.show_message, queued=self.on_queued,
            parent=self)
        self.menu = self.desk_menu.menu
        self.settings_action = self.desk_menu.settings_action
        self.about_action = self.desk_menu.about_action
        self.quit_action = self.desk_menu.quit_action
        self.scorecard_action = self.desk_menu.scorecard_action
        self.my_catalog_action = self.desk_menu.my_catalog_action
        self.settings_action.triggered.connect(self.settings_requested)
        self.about_action.triggered.connect(self.on_about)
        self.quit_action.triggered.connect(self.quit_requested)

    @property
    def form(self) -> RequestForm | None:
        """The request form last opened from the catalog (R11)."""
        return self.forms.form

    @property
    def feedback_form(self) -> FeedbackForm | None:
        """The feedback form last opened from the catalog (R20)."""
        return self.forms.feedback_form

    @property
    def scorecard(self) -> ScorecardPage | None:
        """R24: the evaluation scorecard window, once opened."""
        return self.desk_menu.scorecard

    @property
    def my_catalog(self) -> QWidget | None:
        """R3/R5: the My catalog entries window, once opened."""
        return self.desk_menu.my_catalog

    def retranslate(self) -> None:
        self.desk_menu.set_texts(
            menu=self.tr("&ShareDesk"), settings=self.tr("&Settings…"),
            about=self.tr("&About ShareDesk"), scorecard=self.tr("&Evaluation scorecard…"),
            my_catalog=self.tr("&My catalog entries…"), quit_text=self.tr("&Quit"))

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
        self.catalog.request_access_requested.connect(self.forms.on_request_access)
        self.catalog.report_error_requested.connect(self.forms.on_report_error)
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
        self.desk_menu.on_synced(changed)

    def set_language(self, language: str) -> None:
        """Pages that pick domain texts by language (``*_zh``/``*_en``) hear of a switch."""
        self.catalog.set_language(language)
        for page in (self.requests, self.outbox, self.supervision, self.feedback):
            if page is not None:
                page.set_language(language)
        if self.inbox is not None:
            self.inbox.set_language(language)
        self.desk_menu.set_language(language)

    @Slot(object)
    def on_sync_failed(self, error: Exception) -> None:
        if isinstance(error, PlatformError):
            english = self._language().startswith("en")
            text = error.message_en if english else error.message_zh
        else:
            text = type(error).__name__
        self.show_message(self.tr("Sync stopped: %1").replace("%1", text))

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
        self.forms.forget()
        if self.reminders is not None:
            self.reminders.dispose()
        shiboken6.delete(self.window)
        shiboken6.delete(self.controller)  # and with it every connection to a late outcome
