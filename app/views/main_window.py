"""The main window's shell: navigation, the search field, the offline banner and the status bar.

Only the frame: each page (catalog, my requests, …) is its own widget, built and handed in by
the composition root with :meth:`MainWindow.add_page`. The window reports what the officer asks
for (``sync_requested``, ``search_requested``, ``cancel_sync_requested``) and redraws from what it
is told (``on_…`` slots); it never talks to the store or the network itself.

The search field is the app's one catalog search (Ctrl+F / Ctrl+K): every edit is reported as
``search_edited`` (the catalog searches as the officer types), Enter as ``search_requested``
(which also brings the catalog back from another page), and Escape clears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


@dataclass
class _Page:
    key: str
    item: QListWidgetItem
    widget: QWidget
    badge: int = 0


PAGE_KEYS = ("catalog", "requests", "inbox", "feedback", "supervision", "outbox")


def _clock(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class MainWindow(QMainWindow):
    sync_requested = Signal()
    cancel_sync_requested = Signal()
    search_requested = Signal(str)
    search_edited = Signal(str)
    page_changed = Signal(str)
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._pages: dict[str, _Page] = {}
        self._online = True
        self._offline_since: datetime | None = None
        self._last_sync: datetime | None = None
        self._outbox = 0
        self._build_body()
        self._build_status_bar()
        self.focus_search_action = QAction(self)
        self.focus_search_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")]
        )
        self.focus_search_action.triggered.connect(self.on_focus_search)
        self.addAction(self.focus_search_action)
        self.addAction(self.sync_action)
        self.resize(1180, 760)
        self.retranslate()

    def _build_body(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("Navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(176)
        self.navigation.currentRowChanged.connect(self.on_navigation_row)
        self.stack = QStackedWidget(self)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("GlobalSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.returnPressed.connect(self.on_search_entered)
        self.search_field.textEdited.connect(self.search_edited)
        self.clear_search_action = QAction(self.search_field)
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_search_action.triggered.connect(self.on_clear_search)
        self.search_field.addAction(self.clear_search_action)

        self.banner = QLabel(self)
        self.banner.setObjectName("OfflineBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 0)
        content_layout.addWidget(self.search_field)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.stack, 1)
        body = QWidget(self)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.navigation)
        body_layout.addWidget(content, 1)
        self.setCentralWidget(body)

    def _build_status_bar(self) -> None:
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("ConnectionState")
        self.last_sync_label = QLabel(self)
        self.outbox_label = QLabel(self)
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.hide()
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self.cancel_sync_requested)
        self.cancel_button.hide()
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.triggered.connect(self.sync_requested)
        self.sync_button = QToolButton(self)
        self.sync_button.setDefaultAction(self.sync_action)
        status = self.statusBar()
        status.addWidget(self.connection_label)
        status.addWidget(self.last_sync_label)
        status.addPermanentWidget(self.sync_progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.outbox_label)
        status.addPermanentWidget(self.sync_button)

    # -- pages -----------------------------------------------------------------------------
    def page_title(self, key: str) -> str:
        titles = {
            "catalog": self.tr("Catalog"),
            "requests": self.tr("My requests"),
            "inbox": self.tr("To reply"),
            "feedback": self.tr("Feedback"),
            "supervision": self.tr("Supervision"),
            "outbox": self.tr("Outbox"),
        }
        return titles[key]

    def add_page(self, key: str, widget: QWidget) -> None:
        """Append the page ``key`` (one of :data:`PAGE_KEYS`); its title is translated here."""
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        self.stack.addWidget(widget)
        page = _Page(key, item, widget)
        self._pages[key] = page
        self._draw_item(page)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentItem(self._pages[key].item)

    def current_page(self) -> str | None:
        item = self.navigation.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def page(self, key: str) -> QWidget:
        return self._pages[key].widget

    @Slot(str, int)
    def on_badge(self, key: str, count: int) -> None:
        page = self._pages.get(key)
        if page is not None:
            page.badge = count
            self._draw_item(page)

    def _draw_item(self, page: _Page) -> None:
        title = self.page_title(page.key)
        page.item.setText(f"{title}  ({page.badge})" if page.badge else title)

    @Slot(int)
    def on_navigation_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self.current_page() or "")

    # -- search ----------------------------------------------------------------------------
    @Slot()
    def on_focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def on_clear_search(self) -> None:
        if self.search_field.text():
            self.search_field.clear()
            self.search_edited.emit("")

    @Slot()
    def on_search_entered(self) -> None:
        self.search_requested.emit(self.search_field.text().strip())

    # -- connectivity and sync ---------------------------------------------------------------
    @Slot(bool, object)
    def on_connectivity(self, online: bool, since: datetime | None) -> None:
        self._online = online
        self._offline_since = None if online else since
        self._draw_connectivity()

    @Slot()
    def on_sync_started(self) -> None:
        self.sync_action.setEnabled(False)
        self.sync_progress.setRange(0, 0)
        self.sync_progress.show()
        self.cancel_button.show()

    @Slot(int, int, str)
    def on_sync_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.sync_progress.setRange(0, total)
            self.sync_progress.setValue(done)
        self.sync_progress.setFormat(message or "%p%")

    @Slot(object)
    def on_sync_finished(self, finished_at: datetime | None) -> None:
        self.sync_action.setEnabled(True)
        self.sync_progress.hide()
        self.cancel_button.hide()
        if finished_at is not None:
            self._last_sync = finished_at
        self._draw_connectivity()

    @Slot(int)
    def on_outbox_count(self, count: int) -> None:
        self._outbox = count
        self._draw_connectivity()

    def _draw_connectivity(self) -> None:
        if self._online:
            self.connection_label.setText(self.tr("● Online"))
            self.connection_label.setProperty("state", "online")
            self.banner.hide()
        else:
            since = _clock(self._offline_since) if self._offline_since else self.tr("unknown")
            self.connection_label.setText(self.tr("○ Offline since %1").replace("%1", since))
            self.connection_label.setProperty("state", "offline")
            self.banner.setText(
                self.tr(
                    "Offline since %1. You can still browse the catalog and your requests, "
                    "draft and queue requests, replies and feedback: the outbox sends them "
                    "when the platform is reachable again."
                ).replace("%1", since)
            )
            self.banner.show()
        self.connection_label.style().polish(self.connection_label)
        last = _clock(self._last_sync) if self._last_sync else self.tr("never")
        self.last_sync_label.setText(self.tr("Last sync: %1").replace("%1", last))
        self.outbox_label.setText(self.tr("Outbox: %n item(s)", "", self._outbox))

    # -- language --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShareDesk — government information resource sharing"))
        self.search_field.setPlaceholderText(self.tr("Search the catalog (Ctrl+F)"))
        self.sync_action.setText(self.tr("Sync now"))
        self.sync_action.setToolTip(self.tr("Send the outbox and fetch changes (F5)"))
        self.cancel_button.setText(self.tr("Cancel"))
        for page in self._pages.values():
            self._draw_item(page)
        self._draw_connectivity()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
