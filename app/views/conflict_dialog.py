"""A 412 conflict, side by side: what the officer acted on and what the platform holds now.

Lines that differ are marked (bold and a sign, not colour alone). The officer chooses: send the
command again on the platform's current version (``Workspace.retry``, which first checks that
the new state still allows it), or discard it. The dialog only reports the choice
(``resend_chosen`` / ``discard_chosen``); the outbox page does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sync.workspace_types import ConflictVersions


class ConflictDialog(QDialog):
    resend_chosen = Signal()
    discard_chosen = Signal()

    def __init__(self, versions: ConflictVersions, *, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.versions = versions
        self.language = language
        self.setWindowTitle(self.tr("Both versions"))
        intro = QLabel(self.tr("Someone changed this object after you acted on it. Your command "
                               "was made on version %1; the platform now holds version %2.")
                       .replace("%1", versions.base_version or "?")
                       .replace("%2", str(versions.server_version or "?")), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(versions.fields), 3, self)
        self.table.setObjectName("VersionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("What you acted on"),
                                              self.tr("The platform now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        for row, line in enumerate(versions.fields):
            name = line.label(language) + ("  ≠" if line.differs and line.theirs else "")
            cells = (name, line.mine, line.theirs)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if line.differs and line.theirs:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.resend_button = QPushButton(self.tr("&Send again on the current version"), self)
        self.discard_button = QPushButton(self.tr("&Discard my command…"), self)
        buttons.addButton(self.resend_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.resend_button.clicked.connect(self.on_resend)
        self.discard_button.clicked.connect(self.on_discard)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    @Slot()
    def on_resend(self) -> None:
        self.resend_chosen.emit()
        self.accept()

    @Slot()
    def on_discard(self) -> None:
        self.discard_chosen.emit()
        self.accept()
