"""The demo's first dialog: wait for the embedded platform, then pick which demo account to be."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.demo import DemoAccount


class DemoChooser(QDialog):
    """Shows progress while the demo platform starts, then one radio button per account."""

    account_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._group = QButtonGroup(self)
        self._status = QLabel(self)
        self._status.setWordWrap(True)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, 0)  # busy until the platform answers
        self._accounts = QVBoxLayout()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._buttons.accepted.connect(self.on_accepted)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._progress)
        layout.addLayout(self._accounts)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self._status.setText(self.tr("Starting the demo platform with sample data…"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShareDesk demo"))

    @Slot(object)
    def on_platform_ready(self, accounts: tuple[DemoAccount, ...]) -> None:
        self._progress.hide()
        self._status.setText(self.tr("Choose whose desk to sit at (password: sharedesk-demo):"))
        for number, account in enumerate(accounts):
            button = QRadioButton(f"{account.username} — {account.label(self._language)}", self)
            button.setProperty("username", account.username)
            self._group.addButton(button, number)
            self._accounts.addWidget(button)
            if number == 0:
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    @Slot(str)
    def on_platform_failed(self, message: str) -> None:
        self._progress.hide()
        self._status.setText(
            self.tr("The demo platform could not start: %1").replace("%1", message)
        )

    def chosen_username(self) -> str | None:
        button = self._group.checkedButton()
        return str(button.property("username")) if button is not None else None

    @Slot()
    def on_accepted(self) -> None:
        username = self.chosen_username()
        if username:
            self.account_chosen.emit(username)
            self.accept()
