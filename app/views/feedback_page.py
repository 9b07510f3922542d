"""疑义反馈 — the feedback page: the department's own reports and, for providers, verification.

Tabs choose the list (:class:`~app.sync.workspace_feedback_types.FeedbackList`): *My feedback*
(what the department reported, with the provider's clock: received, due, working days left,
an extension), *To verify* (reports the department must verify within 5 working days, R20; 10
under the national rules, N6) and, for heads, *Extensions to approve* (R20). The detail pane
shows the report, its evidence, the clock with its rule, the extension, the verification result
or correction notice (R22), the timeline, and the actions the workflow allows this officer now:
accept or dispute a result (R22, R15), withdraw; ask for an extension (hidden with an
explanation where the rules allow none), resolve; approve or reject an extension (heads).
While the verification runs the user department's view says plainly that citizens and
companies holding valid proof are served as usual (R21). Every read and write runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QMessageBox,
    QTabBar,
    QWidget,
)

from app.models.enums import Role
from app.models.validation import REASON_MIN_LENGTH
from app.models.workflows import Action
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_feedback_types import FeedbackDetail, FeedbackList, FeedbackRow
from app.tasks import TaskRunner
from app.views import detail_panes as panes
from app.views.extension_dialog import ExtensionDialog
from app.views.feedback_detail import FeedbackDetailPane
from app.views.feedback_form import FeedbackForm
from app.views.feedback_model import RESOURCE, FeedbackModel
from app.views.list_detail_page import ListDetailPage
from app.views.reason_dialog import ReasonDialog
from app.views.resolve_dialog import ResolveDialog


class FeedbackPage(ListDetailPage):
    detail_task = "feedback-detail"
    model: FeedbackModel

    def __init__(self, feedback: FeedbackWorkspace, tasks: TaskRunner, *,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FeedbackPage")
        self.feedback = feedback
        self.tasks = tasks
        self.language = language
        self.dialog: QWidget | None = None  # the dialog or question open now (tests use it)
        self._selected: UUID | None = None
        self.lists = [FeedbackList.MINE, FeedbackList.TO_VERIFY]
        if Role.HEAD in feedback.actor.roles:
            self.lists.append(FeedbackList.EXTENSIONS)
        self.model = FeedbackModel(language, self)
        self._build()
        self.retranslate()
        self.pane.show_detail(None)

    # ------------------------------------------------------------------------- layout

    def _build(self) -> None:
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("FeedbackLists")
        for _which in self.lists:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self.reload)
        self.search = panes.search_field(self, self.reload)
        self.refresh = panes.refresh_button(self, self.reload)
        self.table = panes.row_table(self, "FeedbackTable", self.model, resource_column=RESOURCE,
                                     resource_width=200, on_selection=self.on_selection,
                                     word_wrap=True)
        self.pane = FeedbackDetailPane(self.language, self)
        self.buttons = self.pane.buttons
        for action, slot in ((Action.ACCEPT, self.on_accept),
                             (Action.RAISE_DISPUTE, self.on_dispute),
                             (Action.WITHDRAW, self.on_withdraw),
                             (Action.REQUEST_EXTENSION, self.on_request_extension),
                             (Action.RESOLVE_CORRECTED, self.on_resolve),
                             (Action.APPROVE_EXTENSION, self.on_approve),
                             (Action.REJECT_EXTENSION, self.on_reject)):
            self.buttons[action].clicked.connect(slot)
        self.pane.draft_button.clicked.connect(self.on_continue_draft)
        self.page_message = panes.text_label(self, "PageMessage")
        self.message_line = self.page_message
        self._lay_out()

    def _lay_out(self) -> None:
        panes.list_page_layout(self, (self.tabs, self.search, self.refresh), self.table,
                               self.pane, message=self.page_message, stretch=(2, 3))

    @property
    def detail(self) -> FeedbackDetail | None:
        return self.pane.detail

    # ------------------------------------------------------------------------- loading

    def current_list(self) -> FeedbackList:
        return self.lists[max(0, self.tabs.currentIndex())]

    def show_list(self, which: FeedbackList) -> None:
        self.tabs.setCurrentIndex(self.lists.index(which))

    @Slot()
    def reload(self) -> None:
        which, text, feedback = self.current_list(), self.search.text(), self.feedback
        task = self.tasks.submit("feedback-rows", lambda _ctx: (which, feedback.rows(which,
                                                                                      text)))
        task.succeeded.connect(self.on_rows)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_rows(self, found: tuple[FeedbackList, list[FeedbackRow]]) -> None:
        which, rows = found
        if which is not self.current_list():
            return  # an answer for a tab no longer shown
        self.model.set_rows(rows, which)
        self.reselect_or_clear(forget=True)

    def detail_reader(self, row_id: UUID) -> Callable[[], object]:
        feedback = self.feedback
        return lambda: feedback.detail(row_id)

    def detail_id(self, detail: FeedbackDetail) -> UUID:
        return detail.feedback.id

    def _show_detail(self, detail: FeedbackDetail | None) -> None:
        self.pane.show_detail(detail)

    def _show_draft(self, row: FeedbackRow) -> None:
        self.pane.show_draft(row)

    # ------------------------------------------------------------------------- actions

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _confirm(self, title: str, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("FeedbackQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_button(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                then()

        box.buttonClicked.connect(on_button)
        self._open(box)

    def _reason(self, title: str, prompt: str, then: Callable[[str], None],
                code: str = "") -> None:
        dialog = ReasonDialog(title, prompt.replace("%1", str(REASON_MIN_LENGTH)),
                              minimum=REASON_MIN_LENGTH, message_code=code,
                              language=self.language, parent=self)
        dialog.accepted.connect(lambda: then(dialog.text()))
        self._open(dialog)

    @Slot()
    def on_accept(self) -> None:
        if (detail := self.detail) is not None:
            self._confirm(self.tr("Accept the result"), self.tr(
                "Accept the provider's verification result? The matter is then closed (R22)."),
                lambda: self._run("feedback-accept", lambda: self.feedback.accept(
                    detail.feedback.id), self.tr("Acceptance queued in the outbox.")))

    @Slot()
    def on_dispute(self) -> None:
        if (detail := self.detail) is not None:
            self._reason(self.tr("Ask the supervisor to coordinate"), self.tr(
                "&Why should the supervisor coordinate (R15)? At least %1 characters."),
                lambda text: self._run("feedback-dispute", lambda: self.feedback.dispute(
                    detail.feedback.id, text),
                    self.tr("Request for coordination queued in the outbox (R15).")),
                "dispute.reason_required")

    @Slot()
    def on_withdraw(self) -> None:
        if (detail := self.detail) is not None:
            self._confirm(self.tr("Withdraw the feedback"), self.tr(
                "Withdraw this report? The provider stops verifying it once it is sent (R20)."),
                lambda: self._run("feedback-withdraw", lambda: self.feedback.withdraw(
                    detail.feedback.id), self.tr("Withdrawal queued in the outbox.")))

    @Slot()
    def on_request_extension(self) -> None:
        if (detail := self.detail) is None:
            return
        dialog = ExtensionDialog(detail.limits, language=self.language, parent=self)
        dialog.accepted.connect(lambda: self._run(
            "feedback-extension", lambda: self.feedback.request_extension(
                detail.feedback.id, days=dialog.days.value(),
                reason=dialog.reason.toPlainText().strip()),
            self.tr("Extension request queued in the outbox; your head approves it (R20).")))
        self._open(dialog)

    @Slot()
    def on_resolve(self) -> None:
        if (detail := self.detail) is None:
            return
        dialog = ResolveDialog(detail.feedback, language=self.language, parent=self)
        dialog.accepted.connect(lambda: self._run(
            "feedback-resolve", lambda: self.feedback.resolve(
                detail.feedback.id, dialog.outcome(), corrected_value=dialog.corrected_value(),
                explanation=dialog.explanation_text()),
            self.tr("Verification result queued in the outbox; the user department is told "
                    "(R22).")))
        self._open(dialog)

    @Slot()
    def on_approve(self) -> None:
        if (detail := self.detail) is None or detail.feedback.extension is None:
            return
        days = self.tr("%n working day(s)", "", detail.feedback.extension.days)
        self._confirm(self.tr("Approve the extension"), self.tr(
            "Approve %1 more to verify? The user department is told of the new deadline (R20).")
            .replace("%1", days), lambda: self._run(
                "feedback-approve", lambda: self.feedback.approve_extension(detail.feedback.id),
                self.tr("Approval queued in the outbox (R20).")))

    @Slot()
    def on_reject(self) -> None:
        if (detail := self.detail) is not None:
            self._reason(self.tr("Reject the extension"), self.tr(
                "&Why does the original deadline stand? At least %1 characters."),
                lambda text: self._run("feedback-reject", lambda: self.feedback.reject_extension(
                    detail.feedback.id, text), self.tr("Rejection queued in the outbox (R20).")))

    @Slot()
    def on_continue_draft(self) -> None:
        draft_id, feedback = self._selected, self.feedback
        if draft_id is None:
            return

        def load(_ctx: object) -> object:
            data = feedback.draft(draft_id)
            return None if data is None else (data, feedback.ws.resource(data.resource_id))

        task = self.tasks.submit("feedback-open-draft", load)
        task.succeeded.connect(self.on_draft_loaded)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_draft_loaded(self, found: object) -> None:
        if not isinstance(found, tuple) or found[1] is None:
            self.page_message.setText(self.tr("The draft's catalog entry is no longer cached."))
            return
        data, resource = found
        form = FeedbackForm(self.feedback, self.tasks, resource, data=data,
                            language=self.language, parent=self)
        form.message.connect(self._after_action)
        form.finished.connect(lambda _code: self.reload())
        self._open(form)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self.page_message.setText(panes.failure_text(error, self.language,
                                                     self.tr("Something went wrong: %1")))

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        for index, which in enumerate(self.lists):
            self.tabs.setTabText(index, {
                FeedbackList.MINE: self.tr("&My feedback"),
                FeedbackList.TO_VERIFY: self.tr("To &verify"),
                FeedbackList.EXTENSIONS: self.tr("E&xtensions to approve"),
            }[which])
        self.search.setPlaceholderText(self.tr("Filter by resource, data item or department"))
        self.refresh.setText(self.tr("&Refresh"))
        self.table.setAccessibleName(self.tr("Feedback"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.pane.set_language(language)
        self.retranslate()

