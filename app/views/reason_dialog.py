"""A small dialog for the one text a command carries: a dispute's reasons (R15) or a note.

With ``minimum`` set, OK stays disabled until the text says enough (letters and digits counted
as :func:`app.models.validation.meaningful_length` counts them), and the domain's own message
for that check is shown under the field, in the officer's language. Open it with ``open()``
and listen to ``accepted``; :meth:`text` is what was written.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.validation import meaningful_length
from app.models.validation_messages import field_error


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, *, text: str = "", minimum: int = 0,
                 message_code: str = "", language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReasonDialog")
        self._minimum = minimum
        self._message_code = message_code
        self._language = language
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("ReasonText")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        self.prompt.setBuddy(self.editor)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self.on_text_changed)
        self.resize(480, 260)
        self.retranslate()
        self.on_text_changed()

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def retranslate(self) -> None:
        self.editor.setAccessibleName(self.prompt.text())

    @Slot()
    def on_text_changed(self) -> None:
        enough = meaningful_length(self.editor.toPlainText()) >= self._minimum
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enough)
        message = ""
        if not enough and self._message_code and self.editor.toPlainText().strip():
            message = field_error("reason", self._message_code, min=self._minimum).message(
                self._language)
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
