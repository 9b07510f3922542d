"""The table model of "To reply" (待答复): one row per request made to the department.

Rows come from :meth:`ProviderDesk.inbox` (filtered and sorted in the workspace: overdue first,
then by due date, R13), loaded in a worker by the page and handed in with
:meth:`InboxModel.set_rows` — a department's inbox is a few hundred rows at most. The countdown
columns are coloured by urgency with an icon and words (:mod:`app.views.urgency`, never colour
alone), and their tooltip cites the rule of the clock (R13 reply; N4 delivery). A request with
an unanswered outbox command shows a pending-sync mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.sync.store_outbox import OutboxState
from app.sync.workspace_provider_types import InboxRow
from app.views import urgency

STATUS, RESOURCE, REQUESTER, ATTRIBUTE, RECEIVED, DUE, LEFT, SYNC = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the InboxRow itself
ID_ROLE = Qt.ItemDataRole.UserRole  # the request's id as text
_Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[InboxRow] = []

    def set_rows(self, rows: Sequence[InboxRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SYNC))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SYNC)

    def row_at(self, row: int) -> InboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def overdue_count(self) -> int:
        """Requests whose clock has run out (the navigation badge)."""
        return sum(1 for r in self._rows if r.days_left is not None and r.days_left < 0)

    def waiting_count(self) -> int:
        """Requests that wait for the department, not yet answered here."""
        return sum(1 for r in self._rows if not r.pending)

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Status"), self.tr("Resource"), self.tr("Requested by"),
                  self.tr("Share attribute"), self.tr("Received"), self.tr("Due date"),
                  self.tr("Working days left"), self.tr("Sync"))
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
        return None

    def _display(self, row: InboxRow, column: int) -> str:
        if column == STATUS:
            return row.status.label(self.language)
        if column == RESOURCE:
            return row.resource_name
        if column == REQUESTER:
            return row.requester_name
        if column == ATTRIBUTE:
            return "" if row.share_attribute is None else row.share_attribute.label(self.language)
        if column == RECEIVED:
            return row.received_on.isoformat() if row.received_on else ""
        if column == DUE:
            return row.due.isoformat() if row.due else ""
        if column == LEFT:
            return urgency.countdown_text(row.days_left, row.urgency, row.estimated)
        return self._sync_text(row)

    def _sync_text(self, row: InboxRow) -> str:
        texts = {
            OutboxState.QUEUED: self.tr("⟳ Waiting to send"),
            OutboxState.SENDING: self.tr("⟳ Sending"),
            OutboxState.NEEDS_ATTENTION: self.tr("⚠ Needs attention (Outbox)"),
            OutboxState.CONFLICT: self.tr("⚠ Conflict (Outbox)"),
            OutboxState.HELD: self.tr("✎ Being edited (Outbox)"),
        }
        return texts.get(row.pending_state, "") if row.pending_state else ""

    def _tooltip(self, row: InboxRow, column: int) -> str | None:
        if column in (DUE, LEFT):
            return urgency.countdown_tooltip(row.due, row.clock_citation, row.estimated,
                                             self.language) or None
        if column == SYNC and row.pending:
            return self.tr("Not yet confirmed by the platform: your answer to this request is "
                           "in the outbox.")
        if column == RESOURCE and row.purpose:
            return row.purpose
        return None
