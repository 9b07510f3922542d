"""协商 — the outcome of a negotiation over not-shared data (R14): agree, which files the
agreement with the supervisor (shown "备案待确认" until acknowledged), or decline with reasons.

:class:`DecisionDialog` is the common frame of the provider's text decisions (this one and
misuse, :mod:`app.views.misuse_dialog`): a prompt, one text with live validation in the
domain's words, a note on what follows, and OK — disabled, and refused by ``accept``, while the
text does not say enough. The action runs in a worker through the workspace (which checks
again) and the dialog closes with ``sent``.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.commands import require_reason
from app.models.errors import DomainError
from app.models.validation_messages import field_error
from app.models.workflows import Action
from app.sync.workspace_provider import ProviderDesk
from app.sync.workspace_provider_types import InboxDetail
from app.tasks import TaskRunner


class DecisionDialog(QDialog):
    """A decision that carries one text (see the module docstring)."""

    sent = Signal(object)  # the outbox item's UUID

    def __init__(self, provider: ProviderDesk, detail: InboxDetail, tasks: TaskRunner, *,
                 language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider, self.detail, self.tasks, self.language = provider, detail, tasks, language
        self._busy = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("DecisionText")
        self.editor.setTabChangesFocus(True)
        self.prompt.setBuddy(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("DecisionNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.editor, 1)
        self.body.addWidget(self.error)
        self.body.addWidget(self.note)
        self.body.addWidget(self.buttons)
        self.editor.textChanged.connect(self.on_changed)
        self.resize(560, 340)

    def text(self) -> str:
        return self.editor.toPlainText()

    def problem(self) -> str:
        """What stands in the way, in the officer's language ("" when the text will do)."""
        raise NotImplementedError

    def action(self) -> Callable[[], UUID]:
        raise NotImplementedError

    @Slot()
    def on_changed(self) -> None:
        problem = self.problem()
        shown = problem if self.text().strip() or not problem else ""
        self.error.setText(shown)
        self.error.setVisible(bool(shown))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and not self._busy)

    def accept(self) -> None:
        if self._busy:
            return
        problem = self.problem()
        if problem:  # refused: the text stays for the officer to complete
            self.error.setText(problem)
            self.error.show()
            return
        self._busy = True
        self.on_changed()
        send = self.action()
        task = self.tasks.submit("provider-decision", lambda _ctx: send())
        task.succeeded.connect(self.on_sent)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_sent(self, item_id: UUID) -> None:
        self._busy = False
        self.sent.emit(item_id)
        super().accept()

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        self._busy = False
        self.on_changed()
        self.error.setText(error.message(self.language) if isinstance(error, DomainError)
                           else type(error).__name__)
        self.error.show()

    def _summary(self) -> str:
        return self.tr("“%1”, asked for by %2. Purpose: %3").replace(
            "%1", self.detail.row.resource_name).replace(
            "%2", self.detail.requester_name).replace("%3", self.detail.request.purpose)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.summary.setText(self._summary())


class NegotiationDialog(DecisionDialog):
    """R14: ``Action.AGREE`` (terms, filed) or ``Action.DECLINE`` (reasons)."""

    def __init__(self, provider: ProviderDesk, detail: InboxDetail, tasks: TaskRunner, *,
                 mode: Action, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        if mode not in (Action.AGREE, Action.DECLINE):
            raise ValueError(mode)
        self.mode = mode
        super().__init__(provider, detail, tasks, language=language, parent=parent)
        self.setObjectName("NegotiationDialog")
        self.retranslate()
        self.on_changed()

    def problem(self) -> str:
        if self.mode is Action.AGREE:
            if self.text().strip():
                return ""
            return field_error("summary", "filing.summary_required").message(self.language)
        try:
            require_reason(self.text(), "reasons", "R14")
        except DomainError as refused:
            return refused.message(self.language)
        return ""

    def action(self) -> Callable[[], UUID]:
        provider, request_id, text = self.provider, self.detail.request.id, self.text()
        if self.mode is Action.AGREE:
            return lambda: provider.agree(request_id, text)
        return lambda: provider.decline(request_id, text)

    def retranslate(self) -> None:
        super().retranslate()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        supervisor = self.detail.supervisor_name or self.tr("the sharing supervisor")
        if self.mode is Action.AGREE:
            self.setWindowTitle(self.tr("Agree to provide (R14)"))
            self.prompt.setText(self.tr("&Terms agreed in the negotiation:"))
            self.note.setText(self.tr(
                "The agreement is filed with %1 (R14) and shows as “filing awaiting "
                "acknowledgement” (备案待确认) until the supervisor acknowledges it.").replace(
                "%1", supervisor))
            ok.setText(self.tr("&Agree and file"))
        else:
            self.setWindowTitle(self.tr("Decline to provide (R14)"))
            self.prompt.setText(self.tr("&Reasons for declining (at least 10 characters):"))
            self.note.setText(self.tr("The requesting department sees the reasons and may ask "
                                      "the supervisor to coordinate (R15)."))
            ok.setText(self.tr("&Decline"))
        self.editor.setAccessibleName(self.prompt.text())
