"""The timeline of a request: each step with its time, who acted, the action, the note and the
rule that allowed it (R11–R15), oldest first. A read-only tree the keyboard can walk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.sync.workspace_types import TimelineEntry

# Columns, in order.
TIME, ACTOR, ACTION, NOTE, RULE = range(5)


class TimelineView(QTreeWidget):
    """Shows :class:`~app.sync.workspace_types.TimelineEntry` rows; ``language`` picks the
    action labels (the domain carries both)."""

    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Timeline")
        self._language = language
        self._entries: tuple[TimelineEntry, ...] = ()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(5)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Action"),
                              self.tr("Note"), self.tr("Rule")])
        self.setAccessibleName(self.tr("Timeline of the request"))
        self._draw()

    def set_language(self, language: str) -> None:
        self._language = language
        self._draw()

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self._entries = tuple(entries)
        self._draw()

    def _draw(self) -> None:
        self.clear()
        for entry in self._entries:
            who = " · ".join(part for part in (entry.actor_name, entry.department_name) if part)
            item = QTreeWidgetItem([
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                who or "—",
                entry.action_label(self._language),
                entry.note,
                entry.rule or "",
            ])
            if entry.note:
                item.setToolTip(NOTE, entry.note)
            if entry.status_after is not None:
                item.setToolTip(ACTION, entry.status_after.label(self._language))
            item.setTextAlignment(RULE, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
