"""The building blocks the list pages share (My requests, To reply, feedback): a filter bar over
a table of rows with a countdown, a detail pane beneath, the pane's countdown line and timeline,
and the line that reports what happened.

Functions only, no widget class: each page keeps its own strings (``self.tr`` in the page, so
translation contexts stay the page's) and hands them in. The countdown line shows urgency by
words and colour together and cites the rule of the clock in its tooltip (R13, R20;
:mod:`app.views.urgency`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import DomainError
from app.tasks import TaskRunner
from app.views import urgency
from app.views.countdown_table import CountdownRow, CountdownTableModel
from app.views.timeline import TimelineView

# ----------------------------------------------------------------------------- widgets


def text_label(parent: QWidget, name: str = "") -> QLabel:
    """A wrapping label whose text the officer can select and copy."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def embolden(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def search_field(parent: QWidget, on_enter: Callable[[], None]) -> QLineEdit:
    search = QLineEdit(parent)
    search.setClearButtonEnabled(True)
    search.returnPressed.connect(on_enter)
    return search


def refresh_button(parent: QWidget, on_click: Callable[[], None]) -> QPushButton:
    button = QPushButton(parent)
    button.clicked.connect(on_click)
    return button


def row_table(parent: QWidget, name: str, model: QAbstractItemModel, *, resource_column: int,
              resource_width: int, on_selection: Callable[..., None],
              word_wrap: bool = False) -> QTableView:
    """One selectable row at a time, keyboard navigable; the resource column is resizable."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(resource_column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(resource_column, resource_width)
    header.setStretchLastSection(True)
    table.setWordWrap(word_wrap)
    table.selectionModel().selectionChanged.connect(on_selection)
    return table


def labelled_timeline(parent: QWidget, language: str) -> tuple[QLabel, TimelineView]:
    """The timeline and its label (the label's mnemonic focuses the timeline)."""
    label = QLabel(parent)
    timeline = TimelineView(language, parent)
    label.setBuddy(timeline)
    return label, timeline


# ----------------------------------------------------------------------------- layouts


def stacked(label: QLabel, widget: QWidget) -> QVBoxLayout:
    """A label over the widget it names, the widget taking the height."""
    column = QVBoxLayout()
    column.addWidget(label)
    column.addWidget(widget, 1)
    return column


def button_row(buttons: Sequence[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def side_by_side(parent: QWidget | None, left: QLayout | QWidget, right: QLayout,
                 stretch: tuple[int, int]) -> QHBoxLayout:
    """The pane's summary beside its history, without margins of its own."""
    row = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if isinstance(left, QWidget):
        row.addWidget(left, stretch[0])
    else:
        row.addLayout(left, stretch[0])
    row.addLayout(right, stretch[1])
    return row


def list_page_layout(page: QWidget, filters: Sequence[QWidget], table: QTableView,
                     pane: QWidget, *, message: QLabel, stretch: tuple[int, int]) -> None:
    """Filters on top (the last but one takes the width), the table over the pane, the message
    line at the bottom."""
    top = QHBoxLayout()
    for position, widget in enumerate(filters):
        top.addWidget(widget, 1 if position == len(filters) - 2 else 0)
    split = QSplitter(Qt.Orientation.Vertical, page)
    split.addWidget(table)
    split.addWidget(pane)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(split, 1)
    layout.addWidget(message)


# ----------------------------------------------------------------------------- drawing


def idle_countdown(label: QLabel, text: str) -> None:
    """No clock to show: plain words, no rule, no colour."""
    label.setText(text)
    label.setToolTip("")
    label.setStyleSheet("")


def draw_countdown(label: QLabel, row: CountdownRow, language: str, *,
                   running: Callable[[str, str], str], idle: str) -> None:
    """The pane's deadline line. ``running(due date, countdown words)`` words a running clock;
    the tooltip cites the rule that set it (R13, R20) and the colour follows the urgency."""
    if row.due is None:
        idle_countdown(label, idle)
        return
    label.setText(running(row.due.isoformat(),
                          urgency.countdown_text(row.days_left, row.urgency, row.estimated)))
    label.setToolTip(urgency.countdown_tooltip(row.due, row.clock_citation, row.estimated,
                                               language))
    colour = urgency.foreground(row.urgency)
    label.setStyleSheet("" if colour is None else f"color: {colour.name()};")


def failure_text(error: Exception, language: str, fallback: str) -> str:
    """A domain error's own message; otherwise ``fallback`` with ``%1`` the error's kind."""
    if isinstance(error, DomainError):
        return error.message(language)
    return fallback.replace("%1", type(error).__name__)


# ----------------------------------------------------------------------------- selection


def selected_row(table: QTableView, model: CountdownTableModel[Any]) -> Any:
    """The row object selected in the table, or None."""
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def reselect(table: QTableView, model: CountdownTableModel[Any], row_id: UUID | None) -> bool:
    """Select again the row that was selected before a reload; False when it is gone."""
    row = model.row_of(row_id) if row_id else -1
    if row >= 0:
        table.selectRow(row)
    return row >= 0


# ----------------------------------------------------------------------------- work


def run_action(tasks: TaskRunner, receiver: QObject, name: str, action: Callable[[], object], *,
               then: Callable[[], None], failed: Callable[[Exception], None]) -> None:
    """Run a write in a worker (never on the GUI thread); ``then`` once it is queued.

    The outcome reaches ``receiver``'s callbacks only while the receiver still exists.
    """
    task = tasks.submit(name, lambda _ctx: action())
    task.deliver_to(receiver, lambda _result: then(), failed)
