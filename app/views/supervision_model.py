"""The table model of the supervision page (督办): one row per pending item, overdue first.

Rows come from :meth:`app.sync.workspace_supervision.SupervisionDesk.rows` — already filtered
by department and level and sorted (overdue first, then by working days left, R13/R20/R5) — loaded
in a worker by the page and handed in with :meth:`SupervisionModel.set_rows`. The pending items
of a jurisdiction are a few hundred at most, so the model holds them as a list (the catalog's
paged SQL models are for 100k rows). ``group`` narrows the rows to one group without a reload.
The countdown column is coloured by urgency and carries an icon and words; its tooltip cites the
rule that set the clock. Items with a decision in the outbox show its state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from app.sync.store_outbox import OutboxState
from app.sync.workspace_supervision import SupervisionGroup, SupervisionRow
from app.views import urgency

GROUP, ITEM, DEPARTMENT, LEVEL, STATUS, DUE, LEFT, SYNC = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the SupervisionRow itself
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class SupervisionModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._all: list[SupervisionRow] = []
        self._rows: list[SupervisionRow] = []
        self._group: SupervisionGroup | None = None

    # ------------------------------------------------------------------------- content

    def set_rows(self, rows: Sequence[SupervisionRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = [r for r in self._all if self._group is None or r.group is self._group]
        self.endResetModel()

    def set_group(self, group: SupervisionGroup | None) -> None:
        self._group = group
        self.set_rows(self._all)

    @property
    def group(self) -> SupervisionGroup | None:
        return self._group

    def all_rows(self) -> list[SupervisionRow]:
        return list(self._all)

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SYNC))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SYNC)

    def row_at(self, row: int) -> SupervisionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: object) -> int:
        return next((i for i, r in enumerate(self._rows) if str(r.id) == str(item_id)), -1)

    # ------------------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SYNC + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Group"), self.tr("Item"), self.tr("Department to act"),
                  self.tr("Level"), self.tr("Status"), self.tr("Due date"),
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

    def _display(self, row: SupervisionRow, column: int) -> str:
        texts = {
            GROUP: row.group.label(self.language),
            ITEM: row.title,
            DEPARTMENT: row.department_name,
            LEVEL: "" if row.level is None else row.level.label(self.language),
            STATUS: "" if row.status is None else row.status.label(self.language),
            DUE: row.due.isoformat() if row.due else "",
        }
        if column in texts:
            return texts[column]
        if column == LEFT:
            return urgency.countdown_text(row.days_left, row.urgency, row.estimated)
        return self._sync_text(row)

    def _sync_text(self, row: SupervisionRow) -> str:
        if not row.actionable and not row.pending:
            return self.tr("Handled at another level")
        texts = {
            OutboxState.QUEUED: self.tr("⟳ Waiting to send"),
            OutboxState.SENDING: self.tr("⟳ Sending"),
            OutboxState.NEEDS_ATTENTION: self.tr("⚠ Needs attention (Outbox)"),
            OutboxState.CONFLICT: self.tr("⚠ Changed meanwhile: compare"),
            OutboxState.HELD: self.tr("✎ Being edited (Outbox)"),
        }
        return texts.get(row.outbox_state, "") if row.outbox_state else ""

    def _tooltip(self, row: SupervisionRow, column: int) -> str | None:
        if column in (DUE, LEFT):
            return urgency.countdown_tooltip(row.due, row.citation, row.estimated,
                                             self.language) or None
        if column == ITEM:
            return row.title
        if column == SYNC and row.pending:
            return self.tr("Your decision is not yet confirmed by the platform.")
        return None


def describe(data: Mapping[str, Any]) -> list[str]:
    """The texts of a pending item worth reading before deciding (its reasons, purpose,
    summary, the decision or review comment so far), one line each."""
    # Written out in full (not through a local helper) so that lupdate files each string
    # under the context the lookup uses.
    labels = (
        ("reason", QCoreApplication.translate("SupervisionModel", "Reason: %1")),
        ("purpose", QCoreApplication.translate("SupervisionModel", "Purpose (R11): %1")),
        ("legal_basis", QCoreApplication.translate("SupervisionModel", "Legal basis: %1")),
        ("description", QCoreApplication.translate("SupervisionModel", "Reported: %1")),
        ("summary", QCoreApplication.translate("SupervisionModel", "Summary: %1")),
        ("decision", QCoreApplication.translate("SupervisionModel", "Decision: %1")),
        ("review_comment",
         QCoreApplication.translate("SupervisionModel", "Review comment (R3): %1")),
    )
    lines = [label.replace("%1", str(data[key])) for key, label in labels
             if isinstance(data.get(key), str) and data[key].strip()]
    share = data.get("share")
    if isinstance(share, Mapping):
        share_labels = (
            ("conditions",
             QCoreApplication.translate("SupervisionModel", "Share conditions (R10): %1")),
            ("legal_basis",
             QCoreApplication.translate("SupervisionModel", "Legal basis (R10): %1")),
        )
        lines += [label.replace("%1", str(share[key])) for key, label in share_labels
                  if isinstance(share.get(key), str) and share[key].strip()]
    return lines
