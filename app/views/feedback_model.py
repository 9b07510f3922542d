"""The table model of the feedback lists: the department's own reports, the reports it verifies
as provider, and the extensions its head approves — one row per feedback, overdue first.

Rows come from :meth:`FeedbackWorkspace.rows` (already filtered and sorted, R20), loaded in a
worker by the page and handed in with :meth:`FeedbackModel.set_rows`. The clock columns are the
provider's verification clock: due date and working days left, coloured by urgency (red
overdue, orange two working days or fewer) *and* carrying an icon and words, the tooltip citing
the rule (R20; N6) — an approved extension is shown beside it. The department column names the
provider on "My feedback" and the reporting department on the provider's lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.sync.store_outbox import OutboxState
from app.sync.workspace_feedback_types import FeedbackList, FeedbackRow
from app.views import urgency

STATUS, KIND, RESOURCE, ITEM, DEPARTMENT, RECEIVED, DUE, LEFT, EXTENSION, SYNC = range(10)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FeedbackRow itself
ID_ROLE = Qt.ItemDataRole.UserRole  # the row's UUID as text
_Index = QModelIndex | QPersistentModelIndex


class FeedbackModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.which = FeedbackList.MINE
        self._rows: list[FeedbackRow] = []

    # ------------------------------------------------------------------------- content

    def set_rows(self, rows: Sequence[FeedbackRow], which: FeedbackList) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.which = which
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, DEPARTMENT, DEPARTMENT)

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SYNC))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SYNC)

    def row_at(self, row: int) -> FeedbackRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, feedback_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == feedback_id), -1)

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        department = (self.tr("Provider") if self.which is FeedbackList.MINE
                      else self.tr("Reported by"))
        titles = (self.tr("Status"), self.tr("Kind"), self.tr("Resource"), self.tr("Data item"),
                  department, self.tr("Received"), self.tr("Due date"),
                  self.tr("Working days left"), self.tr("Extension"), self.tr("Sync"))
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

    def _display(self, row: FeedbackRow, column: int) -> str:
        values = {
            STATUS: self.tr("Draft") if row.is_draft else row.status.label(self.language),
            KIND: row.kind.label(self.language),
            RESOURCE: row.resource_name,
            ITEM: row.data_item,
            DEPARTMENT: row.provider_name if self.which is FeedbackList.MINE
            else row.requester_name,
            RECEIVED: row.received_on.isoformat() if row.received_on else "",
            DUE: row.due.isoformat() if row.due else "",
            LEFT: "" if row.is_draft else urgency.countdown_text(row.days_left, row.urgency,
                                                                 row.estimated),
            EXTENSION: self._extension_text(row),
        }
        return values.get(column, self._sync_text(row))

    def _extension_text(self, row: FeedbackRow) -> str:
        if row.extension_days is None:
            return ""
        if row.extension_approved:
            return self.tr("+%n working day(s), approved", "", row.extension_days)
        return self.tr("+%n working day(s) asked", "", row.extension_days)

    def _sync_text(self, row: FeedbackRow) -> str:
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

    def _tooltip(self, row: FeedbackRow, column: int) -> str | None:
        if column in (DUE, LEFT):
            return urgency.countdown_tooltip(row.due, row.clock_citation, row.estimated,
                                             self.language) or None
        if column == SYNC and row.pending:
            return self.tr("Not yet confirmed by the platform: an outbox item for this "
                           "feedback has not been answered.")
        if column == ITEM and row.record_reference:
            return self.tr("Record: %1").replace("%1", row.record_reference)
        return None
