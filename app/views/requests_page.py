"""我的申请 — "My requests": where each request of the department stands and when it is due.

A table (:class:`~app.views.requests_model.RequestsModel`, overdue first) beside a detail pane:
the request's status and countdown (its tooltip cites the rule, R13), the written reply when it
has come (decision, reasons or conditions, reply number), the timeline, and the actions the
workflow allows the requesting officer now (``Workspace.request_detail``): withdraw (after
a confirmation) and ask the supervisor to coordinate (R15, with reasons). Drafts are listed too
and open in the request form. Every read and write runs in a worker through the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import RequestStatus
from app.models.validation import REASON_MIN_LENGTH
from app.models.workflows import Action
from app.sync.workspace import Workspace
from app.sync.workspace_types import RequestDetail, RequestFilter, RequestRow, RequestScope
from app.tasks import TaskRunner
from app.views import detail_panes as panes
from app.views.list_detail_page import ListDetailPage
from app.views.reason_dialog import ReasonDialog
from app.views.reply_letter import LetterOpener, open_letter
from app.views.request_form import RequestForm
from app.views.requests_model import RESOURCE, RequestsModel


class RequestsPage(ListDetailPage):
    badge_changed = Signal(int)  # overdue requests, for the navigation badge
    detail_task = "request-detail"
    model: RequestsModel

    def __init__(self, workspace: Workspace, tasks: TaskRunner, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RequestsPage")
        self.workspace = workspace
        self.tasks = tasks
        self.language = language
        self.detail: RequestDetail | None = None
        self.confirmation: QMessageBox | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.form: RequestForm | None = None
        self.letter: LetterOpener | None = None
        self._selected: UUID | None = None
        self.model = RequestsModel(language, self)
        self._build()
        self.retranslate()
        self._show_detail(None)

    def _build(self) -> None:
        self.scope = QComboBox(self)
        for scope in RequestScope:
            self.scope.addItem(scope.label(self.language), scope.value)
        self.scope.currentIndexChanged.connect(self.reload)
        self.search = panes.search_field(self, self.reload)
        self.refresh = panes.refresh_button(self, self.reload)
        self.table = panes.row_table(self, "RequestsTable", self.model, resource_column=RESOURCE,
                                     resource_width=240, on_selection=self.on_selection)
        self.title = panes.embolden(QLabel(self))
        self.title.setObjectName("DetailTitle")
        self.title.setWordWrap(True)
        self.status_line = QLabel(self)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("DetailCountdown")
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.reply_box = QGroupBox(self)
        self.reply_text = QLabel(self.reply_box)
        self.reply_text.setObjectName("ReplyText")
        self.reply_text.setWordWrap(True)
        self.reply_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out_reply()
        self.timeline_label, self.timeline = panes.labelled_timeline(self, self.language)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.on_withdraw)
        self.dispute_button = QPushButton(self)
        self.dispute_button.clicked.connect(self.on_dispute)
        self.draft_button = QPushButton(self)
        self.draft_button.clicked.connect(self.on_continue_draft)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("PageMessage")
        self.feedback.setWordWrap(True)
        self.message_line = self.feedback
        self._lay_out()

    def _lay_out_reply(self) -> None:
        """The reply's text and the button that opens its letter (书面答复函)."""
        self.letter_button = QPushButton(self.reply_box)
        self.letter_button.setObjectName("LetterButton")
        self.letter_button.clicked.connect(self.on_letter)
        layout = QVBoxLayout(self.reply_box)
        layout.addWidget(self.reply_text)
        layout.addWidget(self.letter_button)

    def _lay_out(self) -> None:
        pane = QWidget(self)
        summary = QVBoxLayout()
        for widget in (self.title, self.status_line, self.countdown, self.purpose,
                       self.reply_box):
            summary.addWidget(widget)
        summary.addStretch(1)
        summary.addLayout(panes.button_row(
            (self.withdraw_button, self.dispute_button, self.draft_button)))
        panes.side_by_side(pane, summary, panes.stacked(self.timeline_label, self.timeline),
                           (2, 3))
        panes.list_page_layout(self, (self.scope, self.search, self.refresh), self.table, pane,
                               message=self.feedback, stretch=(3, 2))

    # ------------------------------------------------------------------------- loading

    @Slot()
    def reload(self) -> None:
        wanted = RequestFilter(_scope(self.scope.currentData()), self.search.text())
        workspace = self.workspace
        task = self.tasks.submit("my-requests", lambda _ctx: workspace.my_requests(wanted))
        task.succeeded.connect(self.on_rows)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_rows(self, rows: list[RequestRow]) -> None:
        self.model.set_rows(rows)
        self.badge_changed.emit(self.model.overdue_count())
        self.reselect_or_clear()

    def detail_reader(self, row_id: UUID) -> Callable[[], object]:
        workspace = self.workspace
        return lambda: workspace.request_detail(row_id)

    def detail_id(self, detail: RequestDetail) -> UUID:
        return detail.request.id

    # ------------------------------------------------------------------------- drawing

    def _show_detail(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        self.draft_button.hide()
        if detail is None:
            self.title.setText(self.tr("Select a request to see where it stands."))
            for widget in (self.status_line, self.countdown, self.purpose):
                widget.clear()
            self.reply_box.hide()
            self.timeline.set_entries(())
            self.withdraw_button.setEnabled(False)
            self.dispute_button.setEnabled(False)
            return
        row = detail.row
        self.title.setText(f"{row.resource_name} — {row.provider_name}")
        status = row.status.label(self.language)
        if row.pending:
            status += "  " + self.tr("(waiting for the platform to confirm)")
        stopped = next((e for e in reversed(detail.timeline)
                        if e.action_code in ("suspend", "terminate")), None)
        if stopped is not None and row.status in (RequestStatus.SUSPENDED,
                                                  RequestStatus.TERMINATED):
            status += "\n" + self.tr("Provision stopped by the provider (R17): %1").replace(
                "%1", stopped.note)
        self.status_line.setText(self.tr("Status: %1").replace("%1", status))
        panes.draw_countdown(self.countdown, row, self.language, idle=self.tr(
            "No deadline is running."), running=lambda due, left: self.tr("Due %1 — %2")
            .replace("%1", due).replace("%2", left))
        self.purpose.setText(self.tr("Purpose: %1").replace("%1", detail.request.purpose))
        self._draw_reply(detail)
        self.timeline.set_entries(detail.timeline)
        self.withdraw_button.setEnabled(Action.WITHDRAW in detail.actions)
        self.dispute_button.setEnabled(Action.RAISE_DISPUTE in detail.actions)

    def _draw_reply(self, detail: RequestDetail) -> None:
        reply = detail.reply
        if reply is None:
            self.reply_box.hide()
            return
        lines = [self.tr("Decision: %1").replace("%1", reply.decision.label(self.language))]
        if reply.reasons:
            lines.append(self.tr("Reasons: %1").replace("%1", reply.reasons))
        if reply.conditions:
            lines.append(self.tr("Conditions: %1").replace("%1", reply.conditions))
        if reply.reply_number:
            lines.append(self.tr("Reply number: %1").replace("%1", reply.reply_number))
        lines.append(self.tr("Replied: %1").replace(
            "%1", reply.replied_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        self.reply_text.setText("\n".join(lines))
        self.reply_box.show()

    def _show_draft(self, row: RequestRow) -> None:
        self._show_detail(None)
        self.title.setText(row.resource_name or self.tr("Draft"))
        self.status_line.setText(self.tr("A draft kept on this computer; it has not been sent."))
        self.purpose.setText(self.tr("Purpose: %1").replace("%1", row.purpose))
        self.draft_button.show()

    # ------------------------------------------------------------------------- actions

    @Slot()
    def on_withdraw(self) -> None:
        detail = self.detail
        if detail is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw the request"),
                          self.tr("Withdraw the request for “%1”? The provider is told once "
                                  "it is sent.").replace("%1", detail.row.resource_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("WithdrawQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        request_id, workspace = detail.request.id, self.workspace

        def on_button(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._run("withdraw", lambda: workspace.withdraw(request_id),
                          self.tr("Withdrawal queued in the outbox."))

        box.buttonClicked.connect(on_button)
        self.confirmation = box
        box.open()

    @Slot()
    def on_letter(self) -> None:
        """The provider's written reply as its letter (书面答复函, R13)."""
        if self.detail is not None:
            self.letter = open_letter(self.detail.request, self.workspace, self.tasks,
                                      language=self.language, parent=self)

    @Slot()
    def on_dispute(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = ReasonDialog(
            self.tr("Ask the supervisor to coordinate"),
            self.tr("&Why should the supervisor coordinate (R15)? At least %1 characters.")
            .replace("%1", str(REASON_MIN_LENGTH)),
            minimum=REASON_MIN_LENGTH, message_code="dispute.reason_required",
            language=self.language, parent=self)
        request_id = detail.request.id
        dialog.accepted.connect(lambda: self._run(
            "raise-dispute", lambda: self.workspace.raise_dispute(request_id, dialog.text()),
            self.tr("Request for coordination queued in the outbox (R15).")))
        self.reason_dialog = dialog
        dialog.open()

    @Slot()
    def on_continue_draft(self) -> None:
        draft_id = self._selected
        if draft_id is None:
            return
        workspace = self.workspace

        def load(_ctx: object) -> object:
            data = workspace.draft(draft_id)
            return None if data is None else (data, workspace.resource(data.resource_id))

        task = self.tasks.submit("open-draft", load)
        task.succeeded.connect(self.on_draft_loaded)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_draft_loaded(self, found: object) -> None:
        if not isinstance(found, tuple) or found[1] is None:
            self.feedback.setText(self.tr("The draft's catalog entry is no longer cached."))
            return
        data, resource = found
        form = RequestForm(self.workspace, self.tasks, resource, language=self.language,
                           data=data, parent=self)
        form.message.connect(self._after_action)
        form.finished.connect(lambda _code: self.reload())
        self.form = form
        form.open()

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self.feedback.setText(panes.failure_text(error, self.language,
                                                 self.tr("Something went wrong: %1")))

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by resource or purpose"))
        self.scope.setAccessibleName(self.tr("Show"))
        for i in range(self.scope.count()):
            self.scope.setItemText(i, _scope(self.scope.itemData(i)).label(self.language))
        self.refresh.setText(self.tr("&Refresh"))
        self.reply_box.setTitle(self.tr("Written reply"))
        self.letter_button.setText(self.tr("&Letter…"))
        self.timeline_label.setText(self.tr("&Timeline"))
        self.withdraw_button.setText(self.tr("&Withdraw…"))
        self.dispute_button.setText(self.tr("Ask the supervisor to &coordinate…"))
        self.draft_button.setText(self.tr("C&ontinue the draft…"))
        self.table.setAccessibleName(self.tr("My requests"))
        self.countdown.setAccessibleName(self.tr("Deadline"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.timeline.set_language(language)
        self.retranslate()
        self._show_detail(self.detail)




def _scope(value: object) -> RequestScope:
    return next((s for s in RequestScope if s.value == str(value)), RequestScope.ALL)
