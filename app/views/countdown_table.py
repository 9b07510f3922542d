"""The base table model of lists whose rows run a working-day countdown (My requests, To reply,
feedback): overdue first as the workspace sorted them (R13, R20), one row per item.

:class:`CountdownTableModel` owns what those lists share: the rows handed in with ``set_rows``
(loaded in a worker by the page), the id and row roles, the countdown columns coloured by
urgency *with* an icon and words (:mod:`app.views.urgency`, never colour alone) and a tooltip
citing the rule of the clock, the pending-sync column, drafts in italics, and the Qt plumbing
pytest-qt's ``qtmodeltester`` checks. A subclass declares its columns (``titles``), what each
shows (``display``), and the tooltips of its own columns (``column_tooltip``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, Protocol, TypeVar
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.models.profiles import Citation
from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import Urgency
from app.views import urgency

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
ID_ROLE = Qt.ItemDataRole.UserRole  # the row's UUID as text
Index = QModelIndex | QPersistentModelIndex


class CountdownRow(Protocol):
    """What a row must carry for the shared columns: its id, its clock and its outbox state."""

    @property
    def id(self) -> UUID: ...
    @property
    def due(self) -> date | None: ...
    @property
    def days_left(self) -> int | None: ...
    @property
    def estimated(self) -> bool: ...
    @property
    def urgency(self) -> Urgency: ...
    @property
    def clock_citation(self) -> Citation | None: ...
    @property
    def pending(self) -> bool: ...
    @property
    def pending_state(self) -> OutboxState | None: ...


RowT = TypeVar("RowT", bound=CountdownRow)


class CountdownTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows with a countdown: ``due_column`` and ``left_column`` carry the clock, ``sync_column``
    (the last) the outbox state. Subclasses set the three and implement the hooks below."""

    due_column: int
    left_column: int
    sync_column: int

    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[RowT] = []

    # ------------------------------------------------------------------------- for subclasses

    def titles(self) -> tuple[str, ...]:
        """The column headers, translated, one per column."""
        raise NotImplementedError

    def display(self, row: RowT, column: int) -> str:
        """The text of one of the subclass's own columns."""
        raise NotImplementedError

    def column_tooltip(self, row: RowT, column: int) -> str | None:
        """The tooltip of a column other than the clock's, or None."""
        return None

    # ------------------------------------------------------------------------- content

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        last = self.sync_column
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def overdue_count(self) -> int:
        """Rows whose clock has run out (the navigation badge)."""
        return sum(1 for r in self._rows if r.days_left is not None and r.days_left < 0)

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.sync_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        clock = column in (self.due_column, self.left_column)
        if role == ID_ROLE:
            return str(row.id)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.sync_text(row) if column == self.sync_column else self.display(row,
                                                                                      column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if clock and role == Qt.ItemDataRole.ForegroundRole:
            return urgency.foreground(row.urgency)
        if clock and role == Qt.ItemDataRole.BackgroundRole:
            return urgency.background(row.urgency)
        if column == self.left_column and role == Qt.ItemDataRole.DecorationRole:
            return urgency.icon(row.urgency)
        if role == Qt.ItemDataRole.FontRole and _is_draft(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # ------------------------------------------------------------------------- shared columns

    @staticmethod
    def countdown_text(row: RowT) -> str:
        """The words of the working-days-left column."""
        return urgency.countdown_text(row.days_left, row.urgency, row.estimated)

    def sync_text(self, row: RowT) -> str:
        if _is_draft(row):
            return self.tr("Local draft")
        texts = {
            OutboxState.QUEUED: self.tr("⟳ Waiting to send"),
            OutboxState.SENDING: self.tr("⟳ Sending"),
            OutboxState.NEEDS_ATTENTION: self.tr("⚠ Needs attention (Outbox)"),
            OutboxState.CONFLICT: self.tr("⚠ Conflict (Outbox)"),
            OutboxState.HELD: self.tr("✎ Being edited (Outbox)"),
        }
        return texts.get(row.pending_state, "") if row.pending_state else ""

    def pending_tooltip(self) -> str:
        """Why the sync column is marked: the subclass says what kind of item waits."""
        raise NotImplementedError

    def _tooltip(self, row: RowT, column: int) -> str | None:
        if column in (self.due_column, self.left_column):
            return urgency.countdown_tooltip(row.due, row.clock_citation, row.estimated,
                                             self.language) or None
        if column == self.sync_column:
            return self.pending_tooltip() if row.pending else None
        return self.column_tooltip(row, column)


def _is_draft(row: object) -> bool:
    """Only some lists hold drafts (kept on this computer, not yet sent)."""
    return bool(getattr(row, "is_draft", False))
