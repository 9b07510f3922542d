"""The supervisor's decision dialogs (督办; R3, R14, R15, R17, R24; N9): one dialog, six kinds.

:class:`DecisionDialog` shows what is decided on and takes the one text the decision carries —
a dispute's decision (R15), the reason for escalating (N9), a note on a filing (R14/R17), a
review comment (R3: required to return an entry), a reminder's message (R24). OK stays
disabled until the text says enough (:data:`MINIMUM`, counted as
:func:`app.models.validation.meaningful_length` counts), and the reason is shown under the
field. The domain command is still the judge when the page runs it; the dialog only spares the
officer a refusal. Open it with ``open()`` and listen to ``accepted``; :meth:`text` is what was
written.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.validation import DESCRIPTION_MIN_LENGTH, REASON_MIN_LENGTH, meaningful_length


class DecisionKind(Enum):
    DECIDE = "decide"  # R15
    ESCALATE = "escalate"  # N9
    ACKNOWLEDGE = "acknowledge"  # R5, R14, R17
    APPROVE = "approve"  # R3
    RETURN = "return"  # R3
    REMIND = "remind"  # R24


# Letters and digits a text needs (0: optional). A decision binds two departments (R15), a
# return tells the department what to fix (R3), an escalation states why (N9).
MINIMUM = {
    DecisionKind.DECIDE: REASON_MIN_LENGTH,
    DecisionKind.ESCALATE: REASON_MIN_LENGTH,
    DecisionKind.ACKNOWLEDGE: 0,
    DecisionKind.APPROVE: 0,
    DecisionKind.RETURN: DESCRIPTION_MIN_LENGTH,
    DecisionKind.REMIND: 0,
}


class DecisionDialog(QDialog):
    def __init__(self, kind: DecisionKind, subject: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionDialog")
        self.kind = kind
        self.minimum = MINIMUM[kind]
        self.subject = QLabel(subject, self)
        self.subject.setObjectName("DecisionSubject")
        self.subject.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("DecisionText")
        self.editor.setTabChangesFocus(True)
        self.prompt.setBuddy(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self.on_text_changed)
        self.resize(520, 300)
        self.retranslate()
        self.editor.setFocus()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def is_valid(self) -> bool:
        return meaningful_length(self.editor.toPlainText()) >= self.minimum

    def retranslate(self) -> None:
        titles = {
            DecisionKind.DECIDE: (self.tr("Decide the dispute"),
                                  self.tr("Decision &both departments are told (R15):"),
                                  self.tr("&Decide")),
            DecisionKind.ESCALATE: (self.tr("Escalate the dispute"),
                                    self.tr("&Why it cannot be settled at this level (N9):"),
                                    self.tr("&Escalate")),
            DecisionKind.ACKNOWLEDGE: (self.tr("Acknowledge the filing"),
                                       self.tr("&Note (optional):"), self.tr("&Acknowledge")),
            DecisionKind.APPROVE: (self.tr("Approve the catalog entry"),
                                   self.tr("&Comment (optional, R3):"), self.tr("A&pprove")),
            DecisionKind.RETURN: (self.tr("Return the catalog entry"),
                                  self.tr("&What needs to change (R3):"), self.tr("&Return")),
            DecisionKind.REMIND: (self.tr("Remind the department"),
                                  self.tr("&Message (optional, R24):"), self.tr("&Send reminder")),
        }
        title, prompt, ok = titles[self.kind]
        self.setWindowTitle(title)
        self.prompt.setText(prompt)
        self.editor.setAccessibleName(prompt.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.on_text_changed()

    @Slot()
    def on_text_changed(self) -> None:
        valid = self.is_valid()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        message = ""
        if not valid:
            message = self.tr("Write at least %1 letters or digits.").replace(
                "%1", str(self.minimum))
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
