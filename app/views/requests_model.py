"""The table model of "My requests": one row per request or draft, overdue first.

Rows come from :meth:`Workspace.my_requests` (already filtered and sorted: overdue first, then
the most urgent clocks, R13), loaded in a worker by the page and handed in with
:meth:`RequestsModel.set_rows`. The countdown column is coloured by urgency (red overdue,
orange two working days or fewer) *and* carries an icon and words, and its tooltip cites the
rule that set the clock. A request with an unanswered outbox command shows a pending-sync mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import RequestRow
from app.views import urgency

STATUS, RESOURCE, PROVIDER, SUBMITTED, DUE, LEFT, SYNC = range(7)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RequestRow itself
ID_ROLE = Qt.ItemDataRole.UserRole  # the row's UUID
_Index = QModelIndex | QPersistentModelIndex


class RequestsModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[RequestRow] = []

    # ------------------------------------------------------------------------- content

    def set_rows(self, rows: Sequence[RequestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SYNC))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SYNC)

    def row_at(self, row: int) -> RequestRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.days_left is not None and r.days_left < 0)

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Status"), self.tr("Resource"), self.tr("Provider"),
                  self.tr("Submitted"), self.tr("Due date"), self.tr("Working days left"),
                  self.tr("Sync"))
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
        if column in (DUE, LEFT) and role == Qt.ItemDataRole.ForegroundRole:
            return urgency.foreground(row.urgency)
        if column in (DUE, LEFT) and role == Qt.ItemDataRole.BackgroundRole:
            return urgency.background(row.urgency)
        if column == LEFT and role == Qt.ItemDataRole.DecorationRole:
            return urgency.icon(row.urgency)
        if role == Qt.ItemDataRole.FontRole and row.is_draft:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: RequestRow, column: int) -> str:
        if column == STATUS:
            return self.tr("Draft") if row.is_draft else row.status.label(self.language)
        if column == RESOURCE:
            return row.resource_name
        if column == PROVIDER:
            return row.provider_name
        if column == SUBMITTED:
            return row.submitted_at.astimezone().strftime("%Y-%m-%d") if row.submitted_at else ""
        if column == DUE:
            return row.due.isoformat() if row.due else ""
        if column == LEFT:
            return urgency.countdown_text(row.days_left, row.urgency, row.estimated)
        return self._sync_text(row)

    def _sync_text(self, row: RequestRow) -> str:
        if row.is_draft:
            return self.tr("Local draft")
        texts = {
            OutboxState.QUEUED: self.tr("⟳ Waiting to send"),
            OutboxState.SENDING: self.tr("⟳ Sending"),
            OutboxState.NEEDS_ATTENTION: self.tr("⚠ Needs attention (Outbox)"),
            OutboxState.CONFLICT: self.tr("⚠ Conflict (Outbox)"),
            OutboxState.HELD: self.tr("✎ Being edited (Outbox)"),
        }
        return texts.get(row.pending_state, "") if row.pending_state else ""

    def _tooltip(self, row: RequestRow, column: int) -> str | None:
        if column in (DUE, LEFT):
            return urgency.countdown_tooltip(row.due, row.clock_citation, row.estimated,
                                             self.language) or None
        if column == SYNC and row.pending:
            return self.tr("Not yet confirmed by the platform: an outbox item for this request "
                           "has not been answered.")
        if column == RESOURCE and row.purpose:
            return row.purpose
        return None
