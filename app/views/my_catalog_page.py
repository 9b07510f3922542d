"""My catalog (本部门目录; R3, R4, R5, R10): the department's own catalog entries and their upkeep.

Where it lives: the desk opens it from the application menu ("My catalog entries…") as a
window of its own beside the main window — the main window's navigation is a fixed set of pages
(catalog, requests, inbox, feedback, supervision, outbox) and catalog upkeep is occasional work
of the officers who compile the department's entries, so it does not take a permanent place
there.

The list (:class:`MyCatalogModel`) shows every entry the department provides, the ones waiting
on it first (returned with the supervisor's comment, due for an update after a law change with
the R5 countdown). The entry chosen shows the supervisor's comment and offers what the catalog
state machine allows now: edit (the :class:`~app.views.catalog_editor.CatalogEditor`), submit
for review (R3), publish after approval (R3; an update is filed, R5), record a law change (R5,
starts the clock) and file a regular update (R5). Everything runs through the
:class:`~app.tasks.TaskRunner` and is queued in the outbox (``outbox_changed``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Resource
from app.models.errors import DomainError
from app.models.validation import DESCRIPTION_MIN_LENGTH
from app.models.workflows import Action
from app.sync.workspace_catalog import CatalogDesk, CatalogEntryRow
from app.tasks import TaskRunner
from app.views import urgency
from app.views.catalog_editor import CatalogEditor
from app.views.reason_dialog import ReasonDialog

NAME, CODE, STATUS, SHARE, UPDATE_DUE, SYNC = range(6)
_Index = QModelIndex | QPersistentModelIndex


class MyCatalogModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[CatalogEntryRow] = []

    def set_rows(self, rows: Sequence[CatalogEntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CatalogEntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: object) -> int:
        return next((i for i, r in enumerate(self._rows) if str(r.id) == str(entry_id)), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Resource code"), self.tr("Status"),
                  self.tr("Share attribute"), self.tr("Update due (R5)"), self.tr("Sync"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = {NAME: row.name, CODE: row.code, STATUS: row.status.label(self.language),
                     SHARE: row.share_attribute.label(self.language),
                     SYNC: self.tr("⟳ Waiting to send") if row.pending else ""}
            if column == UPDATE_DUE:
                return "" if row.law_change_due is None else urgency.countdown_text(
                    row.days_left, row.urgency, False)
            return texts.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and row.review_comment:
            return row.review_comment
        if column == UPDATE_DUE and role == Qt.ItemDataRole.ForegroundRole:
            return urgency.foreground(row.urgency)
        if column == UPDATE_DUE and role == Qt.ItemDataRole.BackgroundRole:
            return urgency.background(row.urgency)
        return None


class MyCatalogPage(QWidget):
    outbox_changed = Signal()
    message = Signal(str)

    def __init__(self, catalog: CatalogDesk, tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MyCatalogPage")
        self.catalog = catalog
        self.tasks = tasks
        self.language = language
        self.current: Resource | None = None
        self.dialog: QWidget | None = None
        self.model = MyCatalogModel(language, self)
        self.table = QTableView(self)
        self.table.setObjectName("MyCatalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.comment = QLabel(self)
        self.comment.setObjectName("ReviewComment")
        self.comment.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("FieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key in ("new", "edit", "submit", "publish", "law_change", "file"):
            button = QPushButton(self)
            button.setObjectName(f"Catalog_{key}")
            button.setEnabled(key == "new")
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.comment)
        layout.addWidget(self.problem)
        handlers: dict[str, Callable[[], None]] = {
            "new": self.on_new, "edit": self.on_edit,
            "submit": lambda: self._run("submit", lambda c, r: c.submit(r.id)),
            "publish": lambda: self._run("publish", lambda c, r: c.publish(r.id)),
            "law_change": self.on_law_change, "file": self.on_file_update,
        }
        for key, handler in handlers.items():
            self.buttons[key].clicked.connect(handler)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"new": self.tr("&New entry…"), "edit": self.tr("&Edit…"),
                 "submit": self.tr("&Submit for review"), "publish": self.tr("&Publish"),
                 "law_change": self.tr("Record a &law change…"),
                 "file": self.tr("&File an update…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.setWindowTitle(self.tr("My catalog entries"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def reload(self) -> None:
        catalog = self.catalog
        task = self.tasks.submit("my-catalog", lambda _c: catalog.my_entries())
        task.succeeded.connect(self.on_loaded)

    @Slot(object)
    def on_loaded(self, rows: list[CatalogEntryRow]) -> None:
        chosen = self.current.id if self.current is not None else None
        self.model.set_rows(rows)
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is None:
            return
        catalog = self.catalog

        def load(_context: Any) -> tuple[Resource, tuple[Action, ...]]:
            resource = catalog.entry(row.id)
            return resource, catalog.actions(resource)

        task = self.tasks.submit("my-catalog-entry", load)
        task.succeeded.connect(self.on_entry)

    @Slot(object)
    def on_entry(self, loaded: tuple[Resource, tuple[Action, ...]]) -> None:
        resource, actions = loaded
        self.current = resource
        self.problem.hide()
        self.comment.setText(self.tr("The supervisor's comment (R3): %1").replace(
            "%1", resource.review_comment) if resource.review_comment else "")
        # Queued work on the entry does not block the next step: the cache shows the entry as
        # the queued commands leave it, and they are sent in order.
        enabled = {"edit": Action.EDIT, "submit": Action.SUBMIT_FOR_REVIEW,
                   "publish": Action.PUBLISH, "law_change": Action.LAW_CHANGE,
                   "file": Action.FILE}
        for key, action in enabled.items():
            self.buttons[key].setEnabled(action in actions)

    @Slot()
    def on_new(self) -> None:
        self._editor(None)

    @Slot()
    def on_edit(self) -> None:
        if self.current is not None:
            self._editor(self.current)

    def _editor(self, resource: Resource | None) -> None:
        editor = CatalogEditor(self.catalog, self.tasks, resource=resource,
                               language=self.language, parent=self)
        editor.saved.connect(self.on_done)
        editor.finished.connect(editor.deleteLater)
        self.dialog = editor
        editor.open()

    @Slot()
    def on_law_change(self) -> None:
        dialog = ReasonDialog(self.tr("Record a law change (R5)"),
                              self.tr("&Which law was revised or which functions changed:"),
                              minimum=DESCRIPTION_MIN_LENGTH, parent=self)
        dialog.accepted.connect(lambda: self.law_change(dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def on_file_update(self) -> None:
        dialog = ReasonDialog(self.tr("File an update with the supervisor (R5)"),
                              self.tr("&What was updated:"), minimum=DESCRIPTION_MIN_LENGTH,
                              parent=self)
        dialog.accepted.connect(lambda: self.file_update(dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    # The dialog's text is read here, on the GUI thread; the worker gets only the string.
    def law_change(self, description: str) -> None:
        self._run("law-change", lambda c, r: c.record_law_change(r.id, description))

    def file_update(self, summary: str) -> None:
        self._run("file-update", lambda c, r: c.file_update(r.id, summary))

    def _run(self, name: str, action: Callable[[CatalogDesk, Resource], object]) -> None:
        resource, catalog = self.current, self.catalog
        if resource is None:
            return
        task = self.tasks.submit(f"my-catalog-{name}", lambda _c: action(catalog, resource))
        task.succeeded.connect(self.on_done)
        task.failed.connect(self.on_refused)

    @Slot(object)
    def on_done(self, _result: object) -> None:
        self.message.emit(self.tr("Queued; it is sent with the next sync."))
        self.outbox_changed.emit()
        self.reload()

    @Slot(object)
    def on_refused(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            english = self.language.startswith("en")
            self.problem.setText(error.message_en if english else error.message_zh)
        else:
            self.problem.setText(type(error).__name__)
        self.problem.show()
