"""The scorecard as a table model: one row per department, its figures as columns (R24/R25).

A scorecard has one row per department of a jurisdiction (tens, not thousands), so the rows are
held and sorted in memory. Weak figures (:func:`is_weak`) get a red background *and* bold text,
and their tooltip says why, so the colour is never the only sign. ``FIGURE_ROLE`` returns the
:class:`~app.models.evaluation.Figure` behind a cell (the drill-down reads it).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.evaluation import DepartmentScore, Figure, FigureKey, Scorecard

FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1
DEPARTMENT, LEVEL = 0, 1
FIRST_FIGURE = 2
FIGURE_KEYS: tuple[FigureKey, ...] = tuple(FigureKey)

# Below these shares (%) a figure is weak: the rules set a clock, so anything late is a lapse;
# 90 % leaves room for a rare late answer before the supervisor's eye is drawn to it.
_LOW_SHARES = {
    FigureKey.REPLIES_ON_TIME: 90.0,  # R13
    FigureKey.VERIFIED_ON_TIME: 90.0,  # R20
    FigureKey.UPDATES_ON_TIME: 90.0,  # R5
    FigureKey.UNCONDITIONAL_SHARE: 30.0,  # R2/R10: sharing is the rule; R25 narrowed scope
}
_HIGH_SHARES = {FigureKey.REFUSAL_SHARE: 50.0}  # R2: refusal is the exception
# Any of these is a lapse the supervisor looks for (R25).
_ANY_IS_WEAK = frozenset({FigureKey.REPLIES_OVERDUE, FigureKey.UPDATES_OVERDUE})
WEAK_BACKGROUND = QColor("#f8d7da")
Index = QModelIndex | QPersistentModelIndex


def is_weak(figure: Figure) -> bool:
    value = figure.value
    if value is None:
        return False
    if figure.key in _LOW_SHARES:
        return value < _LOW_SHARES[figure.key]
    if figure.key in _HIGH_SHARES:
        return value > _HIGH_SHARES[figure.key]
    return figure.key in _ANY_IS_WEAK and value > 0


def format_value(figure: Figure) -> str:
    if figure.value is None:
        return "—"
    if figure.key.is_share:
        return f"{figure.value:.1f}%"
    if figure.key is FigureKey.MEDIAN_REPLY_DAYS:
        return f"{figure.value:g}"
    return str(int(figure.value))


class ScorecardModel(QAbstractTableModel):
    def __init__(self, language: str = "zh_CN", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.card: Scorecard | None = None
        self._rows: list[DepartmentScore] = []

    def set_scorecard(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self.card = card
        self._rows = [] if card is None else list(card.rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, LEVEL), self.index(len(self._rows) - 1, LEVEL))

    def rows(self) -> list[DepartmentScore]:
        return list(self._rows)

    # --------------------------------------------------------------------- the Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_FIGURE + len(FIGURE_KEYS)

    def figure_at(self, index: Index) -> Figure | None:
        if not index.isValid() or index.column() < FIRST_FIGURE:
            return None
        return self._rows[index.row()].figure(FIGURE_KEYS[index.column() - FIRST_FIGURE])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == DEPARTMENT:
                return self.tr("Department")
            if section == LEVEL:
                return self.tr("Level")
            return FIGURE_KEYS[section - FIRST_FIGURE].label(self.language)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_FIGURE:
            key = FIGURE_KEYS[section - FIRST_FIGURE]
            return key.label(self.language)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        figure = self.figure_at(index)
        if role == FIGURE_ROLE:
            return figure
        if figure is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name if index.column() == DEPARTMENT else row.level.label(
                    self.language)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(figure)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, figure)
        if is_weak(figure):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WEAK_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _tooltip(self, row: DepartmentScore, figure: Figure) -> str:
        text = self.tr("%1 — %2: %3 (rule %4). %n item(s) behind it; double-click to list them.",
                       "", len(figure.items))
        text = (text.replace("%1", row.name).replace("%2", figure.key.label(self.language))
                .replace("%3", format_value(figure)).replace("%4", figure.rule))
        if is_weak(figure):
            text += "\n" + self.tr("Weak figure: the supervisor should look into it (R25).")
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)

        def value_of(row: DepartmentScore) -> float | str | None:
            if column == DEPARTMENT:
                return row.name
            if column == LEVEL:
                return float(row.level.rank)
            return row.figure(FIGURE_KEYS[column - FIRST_FIGURE]).value

        present = [r for r in before if value_of(r) is not None]
        present.sort(key=value_of,  # type: ignore[arg-type]  # None was filtered out above
                     reverse=order == Qt.SortOrder.DescendingOrder)
        # Departments with nothing to count go last, whichever the direction.
        self._rows = present + [r for r in before if value_of(r) is None]
        moved = {id(row): number for number, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(moved[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
