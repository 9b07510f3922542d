"""Reminders: a desktop notification when something new arrives for the officer or a clock has
one working day left, and the badge counts of the navigation (inbox, feedback, requests).

After each sync (:meth:`Reminders.on_synced`) the cache is scanned in a worker
(:func:`app.sync.workspace_reminders.scan`, which remembers in the store what was announced, so
each item is announced once — and a due-tomorrow clock once a day). What is new is shown as a
system-tray message where the platform has a tray; where it has none
(``QSystemTrayIcon.isSystemTrayAvailable()`` false — a bare X session, ``offscreen``) it goes to
the ``fallback`` (the main window's status bar). Clicking the tray message asks for the page
that shows the item (``open_requested``). Badges are recounted after every sync and after the
officer's own actions (:meth:`recount`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.sync.workspace import Workspace
from app.sync.workspace_reminders import Reminder, ReminderKind, ReminderScan, badges, scan
from app.tasks import TaskRunner

BADGE_PAGES = ("inbox", "feedback", "requests")
MESSAGE_MS = 15_000
MOST_LINES = 5


class Reminders(QObject):
    announced = Signal(object)  # tuple[Reminder, ...]: what was just shown to the officer
    badge_changed = Signal(str, int)  # navigation key, count
    open_requested = Signal(str)  # navigation key of the page the clicked message is about

    def __init__(self, workspace: Workspace, tasks: TaskRunner, *,
                 fallback: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.fallback = fallback
        self.tray: QSystemTrayIcon | None = None
        self.last_text = ""
        self._last_page = ""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip(self.tr("ShareDesk"))
            self.tray.messageClicked.connect(self.on_message_clicked)
            self.tray.show()

    @staticmethod
    def _icon() -> QIcon:
        application = QApplication.instance()
        found = application.windowIcon() if isinstance(application, QApplication) else QIcon()
        if found.isNull() and isinstance(application, QApplication):
            found = application.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation)
        return found

    # ------------------------------------------------------------------------- scanning

    @Slot()
    def on_synced(self) -> None:
        """Scan the cache after a sync: announce what is new, recount the badges."""
        workspace = self.workspace
        task = self.tasks.submit("reminders", lambda _ctx: scan(workspace))
        task.succeeded.connect(self.on_scanned)

    @Slot()
    def recount(self) -> None:
        """Badges only (after the officer's own action: nothing new arrived)."""
        workspace = self.workspace
        task = self.tasks.submit("badges", lambda _ctx: badges(workspace))
        task.succeeded.connect(self.on_badges)

    @Slot(object)
    def on_scanned(self, result: ReminderScan) -> None:
        self.on_badges(dict(result.badges))
        if result.fresh:
            self.show(result.fresh)

    @Slot(object)
    def on_badges(self, counts: dict[str, int]) -> None:
        for key in BADGE_PAGES:
            self.badge_changed.emit(key, counts.get(key, 0))

    # ------------------------------------------------------------------------- showing

    def show(self, fresh: Sequence[Reminder]) -> None:
        title, body = self.compose(fresh)
        self._last_page = fresh[0].page
        self.last_text = (
            self.tr("%1: %2").replace("%1", title).replace("%2", body) if body else title
        )
        if self.tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information,
                                  MESSAGE_MS)
        else:
            separator = self.tr("; ", "separator between reminders")
            self.fallback(self.last_text.replace("\n", separator))
        self.announced.emit(tuple(fresh))

    def compose(self, fresh: Sequence[Reminder]) -> tuple[str, str]:
        """The notification's title and text: one item said in full, several listed."""
        if len(fresh) == 1:
            return self.title(fresh[0]), self.line(fresh[0])
        lines = [f"{self.title(r)} — {self.line(r)}" for r in fresh[:MOST_LINES]]
        if len(fresh) > MOST_LINES:
            lines.append(self.tr("…and %n more", "", len(fresh) - MOST_LINES))
        return self.tr("%n item(s) need you", "", len(fresh)), "\n".join(lines)

    def title(self, reminder: Reminder) -> str:
        titles = {
            ReminderKind.NEW_REQUEST: self.tr("New share request to answer"),
            ReminderKind.NEW_FEEDBACK: self.tr("New feedback to verify"),
            ReminderKind.REPLY_RECEIVED: self.tr("Written reply received"),
            ReminderKind.RESULT_RECEIVED: self.tr("Verification result received"),
            ReminderKind.VERIFICATION_EXTENDED: self.tr("Verification extended"),
            ReminderKind.EXTENSION_TO_APPROVE: self.tr("Extension to approve"),
            ReminderKind.DUE_TOMORROW: self.tr("One working day left"),
        }
        return titles[reminder.kind]

    def line(self, reminder: Reminder) -> str:
        what = reminder.subject or self.tr("(a catalog entry not cached)")
        if reminder.detail:
            what = self.tr("%1 — %2").replace("%1", what).replace("%2", reminder.detail)
        if reminder.due is not None:
            return self.tr("%1, due at the close of %2").replace("%1", what).replace(
                "%2", reminder.due.isoformat())
        return what

    @Slot()
    def on_message_clicked(self) -> None:
        if self._last_page:
            self.open_requested.emit(self._last_page)

    def dispose(self) -> None:
        if self.tray is not None:
            self.tray.hide()
