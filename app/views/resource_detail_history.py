"""The catalog detail's "Requests and feedback" tab: what the officer's own department asked for
or reported about one resource, each with its status and its clock (R11–R14, R20).

:class:`ResourceHistoryTable` draws what it is given (the page loads it from the store); the due
date's tooltip names the rule behind the clock (``Clock.citation.describe``). The read-only table
helpers here are shared with the detail pane's data-items table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.models.entities import Feedback, ShareRequest
from app.models.enums import ShareAttribute
from app.models.profiles import Clock, RuleProfile

DUE_COLUMN = 3


def day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def table_item(text: str, tooltip: str = "") -> QTableWidgetItem:
    """A selectable, read-only cell."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def prepare_table(table: QTableWidget) -> QTableWidget:
    """Row selection, no editing, compact rows, columns sized to their contents."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ResourceHistoryTable(QTableWidget):
    """The department's requests (R11–R14), then its feedback (R20), with their clocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        prepare_table(self)
        self.retranslate()

    def show_history(self, attribute: ShareAttribute, requests: Sequence[ShareRequest],
                     feedback: Sequence[Feedback], profile: RuleProfile | None,
                     language: str) -> None:
        rows: list[tuple[str, str, str, str, Clock | None]] = []
        reply = None if profile is None else (
            profile.unconditional_reply if attribute is ShareAttribute.UNCONDITIONAL
            else profile.conditional_reply)
        for request in requests:
            submitted = request.submitted_at.date() if request.submitted_at else None
            rows.append((self.tr("Share request"), request.status.label(language), day(submitted),
                         self._due_text(request.due, request.due_estimated), reply))
        for report in feedback:
            submitted = report.submitted_at.date() if report.submitted_at else None
            what = self.tr("%1 on “%2”").replace("%1", report.kind.label(language)).replace(
                "%2", report.data_item)
            rows.append((what, report.status.label(language), day(submitted),
                         self._due_text(report.due, report.due_estimated),
                         profile.verification if profile else None))
        self.setRowCount(len(rows))
        for number, (*cells, clock) in enumerate(rows):
            for column, text in enumerate(cells):
                tip = (self._clock_tip(clock, language)
                       if column == DUE_COLUMN and text != "—" else "")
                self.setItem(number, column, table_item(str(text), tip))

    def _due_text(self, due: date | None, estimated: bool) -> str:
        if due is None:
            return "—"
        if estimated:
            return self.tr("%1 (estimated: calendar not yet published)").replace(
                "%1", due.isoformat())
        return due.isoformat()

    def _clock_tip(self, clock: Clock | None, language: str) -> str:
        if clock is None or clock.working_days is None:
            return ""
        return self.tr("%n working day(s) from %1 — %2", "", clock.working_days).replace(
            "%1", clock.starts(language)).replace("%2", clock.citation.describe(language))

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Status"), self.tr("Submitted"), self.tr("Due")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
