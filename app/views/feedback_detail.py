"""The detail pane of the feedback page: one report, its verification clock, the extension, the
result or correction notice (R22), the R21 banner, the action buttons and the timeline.

:class:`FeedbackDetailPane` draws a :class:`~app.sync.workspace_feedback_types.FeedbackDetail`
the page loaded; it reads nothing itself. It shows a button for each action the workflow allows
the officer now (the page connects them), and on the provider's side, where the rules in force
allow no extension (N6), says so instead of offering one. While the verification runs the user
department is told plainly that citizens and companies holding valid proof are served as usual
(R21).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import FeedbackOutcome
from app.models.workflows import Action
from app.sync.workspace_feedback_types import FeedbackDetail, FeedbackRow
from app.views.detail_panes import (
    button_row,
    draw_countdown,
    embolden,
    labelled_timeline,
    side_by_side,
    stacked,
    text_label,
)

_BANNER = "background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; padding: 6px;"
ACTIONS = (Action.ACCEPT, Action.RAISE_DISPUTE, Action.WITHDRAW, Action.REQUEST_EXTENSION,
           Action.RESOLVE_CORRECTED, Action.APPROVE_EXTENSION, Action.REJECT_EXTENSION)


class FeedbackDetailPane(QWidget):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.detail: FeedbackDetail | None = None
        self.title = embolden(text_label(self, "DetailTitle"))
        self.facts = text_label(self, "FeedbackFacts")
        self.clock = text_label(self, "DetailCountdown")
        self.extension = text_label(self, "ExtensionLine")
        self.banner = text_label(self, "R21Banner")
        self.banner.setStyleSheet(_BANNER)
        self.result_box = QGroupBox(self)
        self.result_text = text_label(self.result_box, "CorrectionNotice")
        QVBoxLayout(self.result_box).addWidget(self.result_text)
        self.no_extension = text_label(self, "NoExtension")
        self.buttons: dict[Action, QPushButton] = {}
        for action in ACTIONS:
            button = QPushButton(self)
            button.setObjectName(f"action_{action.value}")
            self.buttons[action] = button
        self.draft_button = QPushButton(self)
        self.timeline_label, self.timeline = labelled_timeline(self, self.language)
        self._lay_out()
        self.retranslate()
        self.show_detail(None)

    def _lay_out(self) -> None:
        summary_widget = QWidget(self)
        summary = QVBoxLayout(summary_widget)
        for widget in (self.title, self.facts, self.clock, self.extension, self.banner,
                       self.result_box, self.no_extension):
            summary.addWidget(widget)
        summary.addLayout(button_row((*self.buttons.values(), self.draft_button)))
        summary.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(summary_widget)
        side_by_side(self, scroll, stacked(self.timeline_label, self.timeline), (3, 2))

    def show_detail(self, detail: FeedbackDetail | None) -> None:
        self.detail = detail
        self.draft_button.hide()
        for widget in (self.banner, self.result_box, self.no_extension, self.extension):
            widget.hide()
        for button in self.buttons.values():
            button.hide()
        if detail is None:
            self.title.setText(self.tr("Select a report to see where its verification stands."))
            for widget in (self.facts, self.clock):
                widget.clear()
            self.timeline.set_entries(())
            return
        row, feedback = detail.row, detail.feedback
        self.title.setText(self.tr("%1 — data item “%2”").replace("%1", row.resource_name)
                           .replace("%2", row.data_item))
        lines = [self.tr("Status: %1").replace("%1", row.status.label(self.language))
                 + ("  " + self.tr("(waiting for the platform to confirm)") if row.pending
                    else ""),
                 self.tr("Kind: %1").replace("%1", row.kind.label(self.language)),
                 self.tr("Provider: %1 · reported by: %2").replace("%1", row.provider_name)
                 .replace("%2", row.requester_name)]
        if feedback.record_reference:
            lines.append(self.tr("Record: %1").replace("%1", feedback.record_reference))
        lines.append(self.tr("What looks wrong: %1").replace("%1", feedback.description))
        if feedback.proposed_value:
            lines.append(self.tr("Value believed right: %1").replace("%1",
                                                                     feedback.proposed_value))
        if feedback.attachments:
            lines.append(self.tr("Evidence: %1").replace(
                "%1", "、".join(a.filename for a in feedback.attachments)))
        self.facts.setText("\n".join(lines))
        self._draw_clock(detail)
        self._draw_extension(detail)
        self._draw_result(detail)
        self.banner.setVisible(row.verifying and detail.side == "requester")  # R21
        for action, button in self.buttons.items():
            button.setVisible(action in detail.actions)
        if Action.RESOLVE_NO_ERROR in detail.actions:
            self.buttons[Action.RESOLVE_CORRECTED].show()
        may_extend = detail.side == "provider" and row.verifying and not detail.limits.allowed
        self.no_extension.setText(self.tr(
            "The rules in force allow no extension of the verification (%1): verify and answer "
            "within the deadline.").replace("%1", detail.limits.citation.describe(self.language)))
        self.no_extension.setVisible(may_extend)  # N6: the action is hidden, and why
        self.timeline.set_entries(detail.timeline)

    def _draw_clock(self, detail: FeedbackDetail) -> None:
        row = detail.row
        received = row.received_on.isoformat() if row.received_on else "—"
        draw_countdown(
            self.clock, row, self.language,
            idle=self.tr("Received %1 — no verification clock is running.").replace(
                "%1", received),
            running=lambda due, left: self.tr("Received %1 · due %2 — %3").replace(
                "%1", received).replace("%2", due).replace("%3", left))

    def _draw_extension(self, detail: FeedbackDetail) -> None:
        extension = detail.feedback.extension
        if extension is None:
            return
        days = self.tr("%n working day(s)", "", extension.days)
        if extension.is_approved:
            text = self.tr("Extension of %1 approved by %2; the user department was told (R20). "
                           "Reason: %3")
        else:
            text = self.tr("Extension of %1 asked by %2, waiting for the head's approval (R20). "
                           "Reason: %3")
        who = detail.approved_by_name if extension.is_approved else detail.requested_by_name
        self.extension.setText(text.replace("%1", days).replace("%2", who or "—")
                               .replace("%3", extension.reason))
        self.extension.show()

    def _draw_result(self, detail: FeedbackDetail) -> None:
        feedback = detail.feedback
        if feedback.outcome is None:
            return
        if feedback.outcome is FeedbackOutcome.CORRECTED:
            lines = [self.tr("Corrected. The corrected value: %1").replace(
                "%1", feedback.corrected_value)]
        else:
            lines = [self.tr("No error found.")]
        if feedback.explanation:
            lines.append(self.tr("Explanation: %1").replace("%1", feedback.explanation))
        moment = feedback.correction_notice_at or feedback.resolved_at
        if moment is not None:
            lines.append(self.tr("Told to the user department: %1").replace(
                "%1", moment.astimezone().strftime("%Y-%m-%d %H:%M")))
        self.result_text.setText("\n".join(lines))
        self.result_box.show()

    def show_draft(self, row: FeedbackRow) -> None:
        self.show_detail(None)
        self.title.setText(self.tr("%1 — data item “%2”").replace("%1", row.resource_name)
                           .replace("%2", row.data_item))
        self.facts.setText(self.tr("A draft kept on this computer; it has not been sent."))
        self.draft_button.show()

    def retranslate(self) -> None:
        self.banner.setText(self.tr(
            "During verification, citizens and companies holding valid proof are served as "
            "usual: do not refuse them or ask them to have the record corrected first (R21)."))
        self.result_box.setTitle(self.tr("Verification result (R22)"))
        texts = {Action.ACCEPT: self.tr("A&ccept the result…"),
                 Action.RAISE_DISPUTE: self.tr("&Dispute…"),
                 Action.WITHDRAW: self.tr("&Withdraw…"),
                 Action.REQUEST_EXTENSION: self.tr("Ask for more &time…"),
                 Action.RESOLVE_CORRECTED: self.tr("Re&solve…"),
                 Action.APPROVE_EXTENSION: self.tr("A&pprove the extension…"),
                 Action.REJECT_EXTENSION: self.tr("Re&ject the extension…")}
        for action, text in texts.items():
            self.buttons[action].setText(text)
        self.draft_button.setText(self.tr("C&ontinue the draft…"))
        self.timeline_label.setText(self.tr("Time&line"))
        self.clock.setAccessibleName(self.tr("Verification deadline"))
        self.show_detail(self.detail)

    def set_language(self, language: str) -> None:
        self.language = language
        self.timeline.set_language(language)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
