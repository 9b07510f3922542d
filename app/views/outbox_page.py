"""发件箱 — the outbox page: every command not yet answered, and what the officer can do with it.

Lists items in the order they go (:class:`~app.views.outbox_model.OutboxModel`); for the
selected one: **Retry** (send again now; a conflict is first checked against the platform's
version), **Edit** (takes it off the queue and opens the request form, or the text of a
withdrawal or dispute, with what was typed), **Discard** (after a confirmation) and, for a
conflict, **Compare** (both versions side by side). ``count_changed`` tells the main window's
status bar how many items wait; ``changed`` tells "My requests" to redraw its pending marks.
Every read and write runs in a worker through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Resource
from app.models.errors import DomainError
from app.models.validation import REASON_MIN_LENGTH
from app.sync.store_outbox import OutboxState
from app.sync.workspace import Workspace
from app.sync.workspace_commands import RAISE_DISPUTE
from app.sync.workspace_types import ConflictVersions, OutboxEdit, OutboxRow
from app.tasks import TaskRunner
from app.views.conflict_dialog import ConflictDialog
from app.views.outbox_model import PROBLEM, SUBJECT, OutboxModel
from app.views.reason_dialog import ReasonDialog
from app.views.request_form import RequestForm

_RETRYABLE = frozenset({OutboxState.QUEUED, OutboxState.NEEDS_ATTENTION, OutboxState.CONFLICT,
                        OutboxState.HELD})


class OutboxPage(QWidget):
    count_changed = Signal(int)
    changed = Signal()
    message = Signal(str)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxPage")
        self.workspace = workspace
        self.tasks = tasks
        self.language = language
        self.model = OutboxModel(language, self)
        self.confirmation: QMessageBox | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.form: RequestForm | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._selected: UUID | None = None
        self._build()
        self.retranslate()
        self._enable(None)

    def _build(self) -> None:
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("OutboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT, 200)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_selection)
        self.problem = QLabel(self)
        self.problem.setObjectName("OutboxProblem")
        self.problem.setWordWrap(True)
        self.retry_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.retry_button.clicked.connect(self.on_retry)
        self.edit_button.clicked.connect(self.on_edit)
        self.compare_button.clicked.connect(self.on_compare)
        self.discard_button.clicked.connect(self.on_discard)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("PageMessage")
        self.feedback.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.edit_button, self.compare_button,
                       self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)

    # ------------------------------------------------------------------------- loading

    @Slot()
    def reload(self) -> None:
        workspace = self.workspace
        task = self.tasks.submit("outbox", lambda _ctx: workspace.outbox_items())
        task.succeeded.connect(self.on_rows)
        task.failed.connect(self.on_failed)

    @Slot()
    def on_synced(self) -> None:
        self.reload()

    @Slot(object)
    def on_rows(self, rows: list[OutboxRow]) -> None:
        self.model.set_rows(rows)
        self.count_changed.emit(len(rows))
        row = self.model.row_of(self._selected) if self._selected else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._selected = None
            self._enable(None)

    def selected_row(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot(QItemSelection, QItemSelection)
    def on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self._selected = None if row is None else row.id
        self._enable(row)

    def _enable(self, row: OutboxRow | None) -> None:
        state = None if row is None else row.state
        self.retry_button.setEnabled(state in _RETRYABLE)
        self.edit_button.setEnabled(row is not None and row.editable
                                    and state is not OutboxState.SENDING)
        self.compare_button.setEnabled(state is OutboxState.CONFLICT)
        self.discard_button.setEnabled(row is not None and state is not OutboxState.SENDING)
        text = "" if row is None else row.problem(self.language)
        self.problem.setText(self.tr("Platform's answer: %1").replace("%1", text) if text else "")

    # ------------------------------------------------------------------------- actions

    def _run(self, name: str, action: Callable[[], object], done: str) -> None:
        task = self.tasks.submit(name, lambda _ctx: action())
        task.deliver_to(self, lambda _result: self._after(done))
        task.failed.connect(self.on_failed)

    def _after(self, text: str) -> None:
        self.feedback.setText(text)
        self.message.emit(text)
        self.changed.emit()
        self.reload()

    @Slot()
    def on_retry(self) -> None:
        row = self.selected_row()
        if row is not None:
            item_id, workspace = row.id, self.workspace
            self._run("outbox-retry", lambda: workspace.retry(item_id),
                      self.tr("Back in the queue; it goes with the next sync."))

    @Slot()
    def on_discard(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._confirm_discard(row)

    def _confirm_discard(self, row: OutboxRow) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard"),
                          self.tr("Discard “%1”? It will not be sent, and what you typed in it "
                                  "is lost.").replace("%1", row.kind_label(self.language)),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("DiscardQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        item_id = row.id
        box.buttonClicked.connect(lambda button: self._on_discard_button(box, button, item_id))
        self.confirmation = box
        box.open()

    def _on_discard_button(self, box: QMessageBox, button: QAbstractButton,
                           item_id: UUID) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Discard:
            workspace = self.workspace
            self._run("outbox-discard", lambda: workspace.discard(item_id), self.tr("Discarded."))

    @Slot()
    def on_edit(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item_id, workspace = row.id, self.workspace

        def take(_ctx: object) -> tuple[OutboxEdit, Resource | None]:
            edit = workspace.edit(item_id)
            resource = workspace.resource(edit.form.resource_id) if edit.form else None
            return edit, resource

        task = self.tasks.submit("outbox-edit", take)
        task.succeeded.connect(self.on_editing)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_editing(self, found: tuple[OutboxEdit, Resource | None]) -> None:
        edit, resource = found
        self.changed.emit()
        self.reload()  # the item now shows as held
        if edit.form is not None and resource is not None:
            form = RequestForm(self.workspace, self.tasks, resource, language=self.language,
                               data=edit.form, outbox_item=edit.item_id, parent=self)
            form.message.connect(self._after)
            self.form = form
            form.open()
            return
        dispute = edit.kind == RAISE_DISPUTE
        dialog = ReasonDialog(
            self.tr("Edit the queued command"),
            self.tr("&Reasons for the supervisor (R15):") if dispute else self.tr("&Note:"),
            text=edit.text, minimum=REASON_MIN_LENGTH if dispute else 0,
            message_code="dispute.reason_required" if dispute else "",
            language=self.language, parent=self)
        workspace, item_id = self.workspace, edit.item_id
        dialog.accepted.connect(lambda: self._run(
            "outbox-resend", lambda: workspace.resend_edited(item_id, dialog.text()),
            self.tr("The edited command is back in the queue.")))
        self.reason_dialog = dialog
        dialog.open()

    @Slot()
    def on_compare(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item_id, workspace = row.id, self.workspace
        task = self.tasks.submit("outbox-compare",
                                 lambda _ctx: workspace.conflict_versions(item_id))
        task.succeeded.connect(self.on_versions)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_versions(self, versions: ConflictVersions) -> None:
        dialog = ConflictDialog(versions, language=self.language, parent=self)
        workspace, item_id = self.workspace, versions.item_id
        dialog.resend_chosen.connect(lambda: self._run(
            "outbox-retry", lambda: workspace.retry(item_id),
            self.tr("Will be sent again on the platform's current version with the next sync.")))
        dialog.discard_chosen.connect(self.on_discard)
        self.conflict_dialog = dialog
        dialog.open()

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.feedback.setText(error.message(self.language))
        else:
            self.feedback.setText(self.tr("Something went wrong: %1").replace(
                "%1", type(error).__name__))
        self.reload()

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Commands wait here until the platform answers them; they "
                                   "are sent in the order made, with the next sync."))
        self.retry_button.setText(self.tr("&Retry"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.compare_button.setText(self.tr("&Compare versions…"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.table.setAccessibleName(self.tr("Outbox"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.retranslate()
        self._enable(self.selected_row())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
