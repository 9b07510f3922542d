"""The flow the list pages share (My requests, To reply, feedback): a table of rows with a
countdown over a detail pane, both loaded in workers through the TaskRunner.

:class:`ListDetailPage` keeps the selection across reloads (a sync or the officer's own action
redraws the table under the officer's eye), loads the selected row's detail in a worker and draws
only the answer for the row still selected, shows a draft kept on this computer without asking
the workspace, and after an action reports it, tells the outbox and reloads. A page declares its
widgets and strings; it implements ``reload``, ``detail_reader``, ``detail_id``,
``_show_detail``, ``on_failed`` and, where it lists drafts, ``_show_draft``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, Signal, Slot
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from app.tasks import TaskRunner
from app.views import detail_panes as panes
from app.views.countdown_table import CountdownTableModel


class ListDetailPage(QWidget):
    outbox_changed = Signal()  # something was queued: the outbox page and counts redraw
    message = Signal(str)  # a confirmation for the status bar

    detail_task = "detail"  # the worker task's name when a detail loads
    tasks: TaskRunner
    language: str
    table: QTableView
    model: CountdownTableModel[Any]
    _selected: UUID | None
    message_line: QLabel  # the line under the pane that says what happened

    # ------------------------------------------------------------------------- for subclasses

    @Slot()
    def reload(self) -> None:
        raise NotImplementedError

    def detail_reader(self, row_id: UUID) -> Callable[[], object]:
        """What reads one row's detail: called on the GUI thread, the function it returns runs
        in a worker and touches no widget."""
        raise NotImplementedError

    def detail_id(self, detail: Any) -> UUID:
        raise NotImplementedError

    def _show_detail(self, detail: Any) -> None:
        raise NotImplementedError

    def _show_draft(self, row: Any) -> None:
        """A draft is drawn from its row: it is only on this computer."""
        raise NotImplementedError

    @Slot(object)
    def on_failed(self, error: Exception) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------------- loading

    @Slot()
    def on_synced(self) -> None:
        self.reload()

    def reselect_or_clear(self, forget: bool = False) -> None:
        """After the model took new rows: select the same row again or, when it is gone, empty
        the pane (``forget``: and forget the selection)."""
        if panes.reselect(self.table, self.model, self._selected):
            self._load_detail(self._selected)
            return
        if forget:
            self._selected = None
        self._show_detail(None)

    @Slot(QItemSelection, QItemSelection)
    def on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        found = panes.selected_row(self.table, self.model)
        self._selected = None if found is None else found.id
        if found is None:
            self._show_detail(None)
        elif getattr(found, "is_draft", False):
            self._show_draft(found)
        else:
            self._load_detail(found.id)

    def _load_detail(self, row_id: UUID | None) -> None:
        if row_id is None:
            return
        read = self.detail_reader(row_id)
        task = self.tasks.submit(self.detail_task, lambda _ctx: read())
        task.succeeded.connect(self.on_detail)
        task.failed.connect(self.on_failed)

    @Slot(object)
    def on_detail(self, detail: object) -> None:
        if detail is None or self.detail_id(detail) != self._selected:
            return  # an answer for a row no longer selected
        self._show_detail(detail)

    # ------------------------------------------------------------------------- actions

    def _run(self, name: str, action: Callable[[], object], done: str) -> None:
        panes.run_action(self.tasks, self, name, action,
                         then=lambda: self._after_action(done), failed=self.on_failed)

    def _after_action(self, text: str) -> None:
        self.message_line.setText(text)
        self.message.emit(text)
        self.outbox_changed.emit()
        self.reload()

    # ------------------------------------------------------------------------- language

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
