"""待答复 — "To reply": the requests other departments made to this one, and what is owed.

A table (:class:`~app.views.inbox_model.InboxModel`: overdue first, then by due date, working
days left coloured by urgency with the rule in the tooltip, R13/N4) beside a detail pane: the
request (purpose R11, legal basis, scenario, data items, usage scope, period, contact,
attachments), the resource (share attribute, conditions and legal basis, R10), the requesting
department, filings and suspensions (R14 "备案待确认", R17), and the timeline. The buttons are
enabled from the workflow (``ProviderDesk.detail().actions``): the written reply (R13; N3),
agree or decline a negotiation (R14), deliver (N4), suspend/terminate and lift (R17), and the
reply letter. Every read and write runs in a worker through the TaskRunner.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FilingStatus, SuspensionStatus
from app.models.workflows import Action
from app.reply_templates import TemplateBook
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import InboxDetail, InboxFilter, InboxRow, InboxScope
from app.tasks import TaskRunner
from app.views import detail_panes as panes
from app.views.inbox_model import RESOURCE, InboxModel
from app.views.list_detail_page import ListDetailPage
from app.views.misuse_dialog import LiftDialog, MisuseDialog
from app.views.negotiation_dialog import NegotiationDialog
from app.views.reply_dialog import ReplyDialog
from app.views.reply_letter import LetterOpener, open_letter

_REPLY_ACTIONS = frozenset({Action.APPROVE, Action.APPROVE_WITH_CONDITIONS, Action.REFUSE,
                            Action.REQUEST_MATERIAL})


class InboxPage(ListDetailPage):
    badge_changed = Signal(int)  # requests waiting for the department, for the navigation
    detail_task = "inbox-detail"
    model: InboxModel

    def __init__(self, provider: ProviderDesk, tasks: TaskRunner, *,
                 templates: TemplateBook | None = None, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxPage")
        self.provider = provider
        self.tasks = tasks
        self.templates = templates or TemplateBook(provider.store, provider.actor.department_id)
        self.language = language
        self.detail: InboxDetail | None = None
        self.dialog: QDialog | None = None
        self.letter: LetterOpener | None = None
        self.question: QMessageBox | None = None
        self._selected: UUID | None = None
        self._generation = 0
        self.model = InboxModel(language, self)
        self._build()
        self.retranslate()
        self._show_detail(None)

    def _build(self) -> None:
        self.scope = QComboBox(self)
        for scope in InboxScope:
            self.scope.addItem(scope.label(self.language), scope.value)
        self.scope.currentIndexChanged.connect(self.reload)
        self.search = panes.search_field(self, self.reload)
        self.refresh = panes.refresh_button(self, self.reload)
        self.table = panes.row_table(self, "InboxTable", self.model, resource_column=RESOURCE,
                                     resource_width=200, on_selection=self.on_selection)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("DetailCountdown")
        self.info = QTextBrowser(self)
        self.info.setObjectName("InboxDetail")
        self.info.setOpenLinks(False)
        self.timeline_label, self.timeline = panes.labelled_timeline(self, self.language)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("reply", self.on_reply), ("agree", self.on_agree),
                          ("decline", self.on_decline), ("deliver", self.on_deliver),
                          ("misuse", self.on_misuse), ("lift", self.on_lift),
                          ("letter", self.on_letter)):
            button = QPushButton(self)
            button.setObjectName(f"Inbox_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.feedback = QLabel(self)
        self.feedback.setObjectName("PageMessage")
        self.feedback.setWordWrap(True)
        self.message_line = self.feedback
        self._lay_out()

    def _lay_out(self) -> None:
        summary = QVBoxLayout()
        summary.addWidget(self.countdown)
        summary.addWidget(self.info, 1)
        details = panes.side_by_side(None, summary,
                                     panes.stacked(self.timeline_label, self.timeline), (3, 2))
        pane = QWidget(self)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(details, 1)
        column.addLayout(panes.button_row(list(self.buttons.values())))
        panes.list_page_layout(self, (self.scope, self.search, self.refresh), self.table, pane,
                               message=self.feedback, stretch=(1, 1))

    # ------------------------------------------------------------------------- loading

    @Slot()
    def reload(self) -> None:
        value = self.scope.currentData()
        scope = next((s for s in InboxScope if s.value == value), InboxScope.DUE)
        wanted, provider = InboxFilter(scope, self.search.text()), self.provider
        self._generation += 1
        generation = self._generation
        task = self.tasks.submit("inbox", lambda _ctx: provider.inbox(wanted))
        # Reloads overlap (a sync, the officer's own action): only the latest one is drawn.
        task.deliver_to(
            self, lambda rows: self.on_rows(rows) if generation == self._generation else None
        )
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_rows(self, rows: list[InboxRow]) -> None:
        self.model.set_rows(rows)
        self.badge_changed.emit(self.model.waiting_count())
        self.reselect_or_clear()

    def detail_reader(self, row_id: UUID) -> Callable[[], object]:
        provider = self.provider
        return lambda: provider.detail(row_id)

    def detail_id(self, detail: InboxDetail) -> UUID:
        return detail.request.id

    # ------------------------------------------------------------------------- drawing

    def _show_detail(self, detail: InboxDetail | None) -> None:
        self.detail = detail
        actions = () if detail is None else detail.actions
        enabled = {"reply": bool(_REPLY_ACTIONS & set(actions)),
                   "agree": Action.AGREE in actions, "decline": Action.DECLINE in actions,
                   "deliver": Action.DELIVER in actions,
                   "misuse": Action.SUSPEND in actions or Action.TERMINATE in actions,
                   "lift": Action.LIFT in actions,
                   "letter": detail is not None and detail.request.reply is not None}
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
        if detail is None:
            panes.idle_countdown(self.countdown,
                                 self.tr("Select a request to see what it asks for."))
            self.info.clear()
            self.timeline.set_entries(())
            return
        panes.draw_countdown(self.countdown, detail.row, self.language, idle=self.tr(
            "No deadline is running."), running=lambda due, left: self.tr("Due %1 — %2")
            .replace("%1", due).replace("%2", left))
        self.info.setHtml(self._detail_html(detail))
        self.timeline.set_entries(detail.timeline)

    def _detail_html(self, detail: InboxDetail) -> str:
        request, resource, lang = detail.request, detail.resource, self.language
        status = request.status.label(lang)
        if detail.row.pending:
            status += " " + self.tr("(waiting for the platform to confirm)")
        period = " — ".join(d.isoformat() for d in (request.period_start, request.period_end)
                            if d is not None)
        asked = [
            (self.tr("Status"), status), (self.tr("Requested by"), detail.requester_name),
            (self.tr("Received"), request.received_on.isoformat() if request.received_on
             else ""),
            (self.tr("Purpose (R11)"), request.purpose),
            (self.tr("Legal basis"), request.legal_basis), (self.tr("Scenario"), request.scenario),
            (self.tr("Data items wanted"), "、".join(request.data_items)),
            (self.tr("Usage scope"), request.usage_scope), (self.tr("Period of use"), period),
            (self.tr("Contact"), " ".join(p for p in (request.contact_name,
                                                     request.contact_phone) if p)),
            (self.tr("Attachments"), "、".join(a.filename for a in request.attachments)),
            (self.tr("Missing material requested (N3)"), request.material_notice or ""),
        ]
        if request.reply is not None:
            reply = request.reply
            asked.append((self.tr("Written reply"), " ".join(p for p in (
                reply.decision.label(lang), reply.reply_number or self.tr(
                    "(number pending from the platform)"), reply.reasons or reply.conditions)
                if p)))
        for filing in detail.filings:
            state = (self.tr("filing awaiting acknowledgement (备案待确认)")
                     if filing.status is FilingStatus.PENDING
                     else self.tr("filing acknowledged"))
            asked.append((filing.kind.label(lang), f"{state}: {filing.summary}"))
        for stop in detail.suspensions:
            active = stop.status is SuspensionStatus.ACTIVE
            asked.append((stop.kind.label(lang), (self.tr("in force") if active else
                                                   self.tr("lifted")) + f": {stop.reasons}"))
        about = [] if resource is None else [
            (self.tr("Resource code"), resource.code),
            (self.tr("Share attribute"), resource.share.attribute.label(lang)),
            (self.tr("Share conditions"), resource.share.conditions),
            (self.tr("Legal basis of the attribute (R10)"), resource.share.legal_basis),
        ]
        return (f"<h3>{html.escape(detail.row.resource_name)}</h3>"
                + _table(self.tr("The request"), asked) + _table(self.tr("The resource"), about))

    # ------------------------------------------------------------------------- actions

    def _open(self, dialog: QDialog, done: str) -> None:
        dialog.sent.connect(lambda _item: self._after_action(done))  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()

    @Slot()
    def on_reply(self) -> None:
        if self.detail is not None:
            self._open(ReplyDialog(self.provider, self.detail, self.templates, self.tasks,
                                   language=self.language, parent=self),
                       self.tr("Written reply queued in the outbox (R13)."))

    @Slot()
    def on_agree(self) -> None:
        if self.detail is not None:
            self._open(NegotiationDialog(self.provider, self.detail, self.tasks,
                                         mode=Action.AGREE, language=self.language, parent=self),
                       self.tr("Agreement queued; it will be filed with the supervisor (R14)."))

    @Slot()
    def on_decline(self) -> None:
        if self.detail is not None:
            self._open(NegotiationDialog(self.provider, self.detail, self.tasks,
                                         mode=Action.DECLINE, language=self.language,
                                         parent=self),
                       self.tr("Decline queued in the outbox (R14)."))

    @Slot()
    def on_misuse(self) -> None:
        if self.detail is not None:
            self._open(MisuseDialog(self.provider, self.detail, self.tasks,
                                    language=self.language, parent=self),
                       self.tr("Queued; the supervisor will be told of the misuse (R17)."))

    @Slot()
    def on_lift(self) -> None:
        if self.detail is not None:
            self._open(LiftDialog(self.provider, self.detail, self.tasks,
                                  language=self.language, parent=self),
                       self.tr("Lifting of the suspension queued (R17)."))

    @Slot()
    def on_deliver(self) -> None:
        detail = self.detail
        if detail is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deliver the data"),
                          self.tr("Record that the data of “%1” has been delivered (N4)?")
                          .replace("%1", detail.row.resource_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        request_id, provider = detail.request.id, self.provider

        def on_button(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                task = self.tasks.submit("deliver", lambda _ctx: provider.deliver(request_id))
                done = self.tr("Delivery queued in the outbox (N4).")
                task.deliver_to(self, lambda _item: self._after_action(done))
                task.failed.connect(self.on_failed)

        box.buttonClicked.connect(on_button)
        self.question = box
        box.open()

    @Slot()
    def on_letter(self) -> None:
        if self.detail is not None:
            self.letter = open_letter(self.detail.request, self.provider.workspace, self.tasks,
                                      language=self.language, parent=self)

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self.feedback.setText(panes.failure_text(error, self.language,
                                                 self.tr("Something went wrong: %1")))

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by resource, department or purpose"))
        self.scope.setAccessibleName(self.tr("Show"))
        for i in range(self.scope.count()):
            value = self.scope.itemData(i)
            scope = next((s for s in InboxScope if s.value == value), InboxScope.DUE)
            self.scope.setItemText(i, scope.label(self.language))
        self.refresh.setText(self.tr("&Refresh"))
        self.timeline_label.setText(self.tr("&Timeline"))
        texts = {"reply": self.tr("Re&ply in writing…"), "agree": self.tr("&Agree…"),
                 "decline": self.tr("&Decline…"), "deliver": self.tr("Deli&vered"),
                 "misuse": self.tr("&Suspend or terminate…"), "lift": self.tr("&Lift…"),
                 "letter": self.tr("L&etter…")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.table.setAccessibleName(self.tr("Requests to reply to"))
        self.countdown.setAccessibleName(self.tr("Deadline"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.timeline.set_language(language)
        self.retranslate()
        self._show_detail(self.detail)



def _table(title: str, rows: list[tuple[str, str]]) -> str:
    """A titled two-column table of the rows that have a value (values escaped)."""
    body = "".join(
        f"<tr><td style='color:#555555; padding-right:12px;' valign='top'>{html.escape(k)}</td>"
        f"<td>{html.escape(v).replace(chr(10), '<br/>')}</td></tr>"
        for k, v in rows if v.strip())
    if not body:
        return ""
    return f"<p><b>{html.escape(title)}</b></p><table cellspacing='2'>{body}</table>"
