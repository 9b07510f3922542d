"""The table model of the outbox (发件箱): every command not yet answered by the platform.

Rows are :class:`~app.sync.workspace_types.OutboxRow` in creation order (the order they are
sent), loaded in a worker by the page. The state column says where each item is — queued,
sending, needs attention (with the server's reason in the officer's language), conflict, held
for editing — with a sign and a colour, so the state is never told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import OutboxRow

STATE, KIND, SUBJECT, CREATED, PROBLEM = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_SIGNS = {
    OutboxState.QUEUED: "⟳",
    OutboxState.SENDING: "⇡",
    OutboxState.NEEDS_ATTENTION: "⚠",
    OutboxState.CONFLICT: "⇄",
    OutboxState.HELD: "✎",
}
_COLOURS = {
    OutboxState.NEEDS_ATTENTION: ("#a50e0e", "#fce8e6"),
    OutboxState.CONFLICT: ("#8a4b00", "#fff0d9"),
    OutboxState.HELD: ("#3c4043", "#eeeeee"),
}


class OutboxModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[OutboxRow] = []

    def set_rows(self, rows: Sequence[OutboxRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, PROBLEM))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PROBLEM)

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def state_label(self, state: OutboxState) -> str:
        labels = {
            OutboxState.QUEUED: self.tr("Queued"),
            OutboxState.SENDING: self.tr("Sending"),
            OutboxState.NEEDS_ATTENTION: self.tr("Needs attention"),
            OutboxState.CONFLICT: self.tr("Conflict"),
            OutboxState.HELD: self.tr("Held for editing"),
        }
        return f"{_SIGNS[state]} {labels[state]}"

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PROBLEM + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("State"), self.tr("Command"), self.tr("Concerning"),
                  self.tr("Created"), self.tr("Platform's answer"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return str(row.id)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        colours = _COLOURS.get(row.state)
        if column == STATE and colours and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours[0])
        if column == STATE and colours and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colours[1])
        return None

    def _display(self, row: OutboxRow, column: int) -> str:
        if column == STATE:
            return self.state_label(row.state)
        if column == KIND:
            return row.kind_label(self.language)
        if column == SUBJECT:
            return row.subject
        if column == CREATED:
            return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return self._answer(row)

    def _answer(self, row: OutboxRow) -> str:
        problem = row.problem(self.language)
        if row.state is OutboxState.QUEUED and row.next_attempt_at is not None:
            when = row.next_attempt_at.astimezone().strftime("%H:%M")
            if problem:  # the translation decides the punctuation around the problem
                return self.tr("No answer yet; trying again at %1 (%2)").replace(
                    "%1", when).replace("%2", problem)
            return self.tr("No answer yet; trying again at %1").replace("%1", when)
        return problem

    def _tooltip(self, row: OutboxRow, column: int) -> str | None:
        if column == PROBLEM and row.problem(self.language):
            return row.problem(self.language)
        if column == STATE:
            hints = {
                OutboxState.QUEUED: self.tr("Sent with the next sync, in the order made."),
                OutboxState.SENDING: self.tr("Being sent now."),
                OutboxState.NEEDS_ATTENTION: self.tr("The platform refused it; your text is "
                                                     "kept. Edit and send again, or discard."),
                OutboxState.CONFLICT: self.tr("Someone changed the object meanwhile. Compare "
                                              "both versions, then send again or discard."),
                OutboxState.HELD: self.tr("Off the queue while you edit it; Retry sends it "
                                          "as it is."),
            }
            return hints[row.state]
        return None
