"""The provider's verification result (R20/R22): corrected, with the corrected value, which the
user department is told of (R22); or no error, with an explanation of how it was verified.

Checked as typed with the domain's rule and message
(:func:`app.models.validation.validate_resolution`); OK stays disabled until it holds.
The user department's proposed value, when it gave one, is shown as a hint — not filled in:
the provider states what the record now says.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.entities import Feedback
from app.models.enums import FeedbackOutcome
from app.models.errors import FieldError
from app.models.validation import validate_resolution


class ResolveDialog(QDialog):
    def __init__(self, feedback: Feedback, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResolveDialog")
        self.feedback = feedback
        self.language = language
        self.errors: list[FieldError] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("ResolveSummary")
        self.summary.setWordWrap(True)
        self.corrected = QRadioButton(self)
        self.no_error = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.corrected)
        self.group.addButton(self.no_error)
        self.corrected.setChecked(True)
        self.value = QLineEdit(self)
        self.value.setObjectName("corrected_value")
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setTabChangesFocus(True)
        self.value_label = QLabel(self)
        self.value_label.setBuddy(self.value)
        self.explanation_label = QLabel(self)
        self.explanation_label.setBuddy(self.explanation)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setStyleSheet("color: #a50e0e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.corrected)
        form.addRow(self.value_label, self.value)
        form.addRow(self.no_error)
        form.addRow(self.explanation_label, self.explanation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self.validate)
        self.value.textChanged.connect(self.validate)
        self.explanation.textChanged.connect(self.validate)
        for first, second in ((self.corrected, self.value), (self.value, self.no_error),
                              (self.no_error, self.explanation)):
            QWidget.setTabOrder(first, second)
        self.resize(520, 360)
        self.retranslate()
        self.validate()

    def outcome(self) -> FeedbackOutcome:
        return (FeedbackOutcome.CORRECTED if self.corrected.isChecked()
                else FeedbackOutcome.NO_ERROR)

    def corrected_value(self) -> str:
        return self.value.text().strip() if self.outcome() is FeedbackOutcome.CORRECTED else ""

    def explanation_text(self) -> str:
        return self.explanation.toPlainText().strip()

    @Slot()
    def validate(self) -> None:
        corrected = self.outcome() is FeedbackOutcome.CORRECTED
        self.value.setEnabled(corrected)
        self.errors = validate_resolution(self.outcome(), self.value.text(),
                                          self.explanation.toPlainText())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.errors)
        typed = self.value.text().strip() if corrected else self.explanation.toPlainText().strip()
        text = " ".join(e.message(self.language) for e in self.errors) if typed else ""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def accept(self) -> None:
        self.validate()
        if not self.errors:
            super().accept()

    def retranslate(self) -> None:
        feedback = self.feedback
        self.setWindowTitle(self.tr("Verification result"))
        lines = [self.tr("Data item: %1").replace("%1", feedback.data_item)]
        if feedback.record_reference:
            lines.append(self.tr("Record: %1").replace("%1", feedback.record_reference))
        lines.append(self.tr("Reported: %1").replace("%1", feedback.description))
        self.summary.setText("\n".join(lines))
        self.corrected.setText(self.tr("&Corrected — the user department is told the "
                                       "corrected value (R22)"))
        self.no_error.setText(self.tr("&No error — explain how it was verified (R20)"))
        self.value_label.setText(self.tr("Corrected &value"))
        self.explanation_label.setText(self.tr("E&xplanation"))
        hint = (self.tr("Proposed by the user department: %1").replace(
            "%1", feedback.proposed_value) if feedback.proposed_value
            else self.tr("The value the record holds now"))
        self.value.setPlaceholderText(hint)
        self.explanation.setPlaceholderText(self.tr(
            "How the data was checked, e.g. against the original household register"))

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
