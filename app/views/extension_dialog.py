"""The provider's request for more time to verify (R20): days within the profile's maximum and
the reason, for the department's head to approve.

The maximum comes from the rules in force (:class:`~app.sync.workspace_feedback_types.
ExtensionLimits`): 15 working days under the provincial measures (R20); none under the national
rules (N6) — then the dialog says so and cannot be accepted (the feedback page hides the action
with the same explanation). The reason is checked as typed with the domain's own rule and
message (:func:`app.models.validation.validate_extension`). Enter accepts, Esc cancels.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Extension
from app.models.errors import FieldError
from app.models.validation import validate_extension
from app.sync.workspace_feedback_types import ExtensionLimits

_ANYONE = UUID(int=0)  # validation needs a requester; who asks does not change the rule


class ExtensionDialog(QDialog):
    def __init__(self, limits: ExtensionLimits, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExtensionDialog")
        self.limits = limits
        self.language = language
        self.errors: list[FieldError] = []
        self.explanation = QLabel(self)
        self.explanation.setObjectName("ExtensionRule")
        self.explanation.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setObjectName("days")
        self.days.setRange(1, max(1, limits.max_days))
        self.days.setValue(min(5, max(1, limits.max_days)))
        self.days.setEnabled(limits.allowed)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setEnabled(limits.allowed)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setStyleSheet("color: #a50e0e;")
        self.error.setWordWrap(True)
        self.days_label = QLabel(self)
        self.days_label.setBuddy(self.days)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.days_label, self.days)
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.days.valueChanged.connect(self.validate)
        self.reason.textChanged.connect(self.validate)
        QWidget.setTabOrder(self.days, self.reason)
        self.resize(480, 300)
        self.retranslate()
        self.validate()

    def extension(self) -> Extension:
        return Extension(days=self.days.value(), reason=self.reason.toPlainText().strip(),
                         requested_by_user_id=_ANYONE, requested_at=datetime.now(UTC))

    @Slot()
    def validate(self) -> None:
        self.errors = validate_extension(self.extension(), max_days=self.limits.max_days,
                                         extension_allowed=self.limits.allowed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.errors)
        typed = bool(self.reason.toPlainText().strip())
        shown = [e for e in self.errors if typed or e.field != "reason"]
        text = " ".join(e.message(self.language) for e in shown)
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        self.validate()
        if not self.errors:
            super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ask for more time to verify"))
        rule = self.limits.citation.describe(self.language)
        if self.limits.allowed:
            self.explanation.setText(self.tr(
                "At most %n more working day(s) under %1. Your head of department approves the "
                "extension, and the user department is told of the new deadline (R20).", "",
                self.limits.max_days).replace("%1", rule))
        else:
            self.explanation.setText(self.tr(
                "The rules in force allow no extension of the verification (%1): verify and "
                "answer within the deadline.").replace("%1", rule))
        self.days_label.setText(self.tr("Extra &working days"))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr(
            "Why the verification needs longer, e.g. the original records must be fetched"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
