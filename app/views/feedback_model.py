"""The table model of the feedback lists: the department's own reports, the reports it verifies
as provider, and the extensions its head approves — one row per feedback, overdue first.

Rows come from :meth:`FeedbackWorkspace.rows` (already filtered and sorted, R20), loaded in a
worker by the page and handed in with :meth:`FeedbackModel.set_rows`. The clock columns are the
provider's verification clock: due date and working days left, coloured by urgency (red
overdue, orange two working days or fewer) *and* carrying an icon and words, the tooltip citing
the rule (R20; N6; drawn by :class:`~app.views.countdown_table.CountdownTableModel`) — an
approved extension is shown beside it. The department column names the provider on "My
feedback" and the reporting department on the provider's lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from app.sync.workspace_feedback_types import FeedbackList, FeedbackRow
from app.views.countdown_table import ID_ROLE, ROW_ROLE, CountdownTableModel

__all__ = ["ID_ROLE", "ROW_ROLE", "FeedbackModel"]

STATUS, KIND, RESOURCE, ITEM, DEPARTMENT, RECEIVED, DUE, LEFT, EXTENSION, SYNC = range(10)


class FeedbackModel(CountdownTableModel[FeedbackRow]):
    due_column, left_column, sync_column = DUE, LEFT, SYNC
    which = FeedbackList.MINE

    def set_rows(self, rows: Sequence[FeedbackRow],  # type: ignore[override]
                 which: FeedbackList) -> None:
        self.which = which
        super().set_rows(rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, DEPARTMENT, DEPARTMENT)

    def titles(self) -> tuple[str, ...]:
        department = (self.tr("Provider") if self.which is FeedbackList.MINE
                      else self.tr("Reported by"))
        return (self.tr("Status"), self.tr("Kind"), self.tr("Resource"), self.tr("Data item"),
                department, self.tr("Received"), self.tr("Due date"),
                self.tr("Working days left"), self.tr("Extension"), self.tr("Sync"))

    def display(self, row: FeedbackRow, column: int) -> str:
        values = {
            STATUS: self.tr("Draft") if row.is_draft else row.status.label(self.language),
            KIND: row.kind.label(self.language),
            RESOURCE: row.resource_name,
            ITEM: row.data_item,
            DEPARTMENT: row.provider_name if self.which is FeedbackList.MINE
            else row.requester_name,
            RECEIVED: row.received_on.isoformat() if row.received_on else "",
            DUE: row.due.isoformat() if row.due else "",
            LEFT: "" if row.is_draft else self.countdown_text(row),
            EXTENSION: self._extension_text(row),
        }
        return values.get(column, "")

    def _extension_text(self, row: FeedbackRow) -> str:
        if row.extension_days is None:
            return ""
        if row.extension_approved:
            return self.tr("+%n working day(s), approved", "", row.extension_days)
        return self.tr("+%n working day(s) asked", "", row.extension_days)

    def pending_tooltip(self) -> str:
        return self.tr("Not yet confirmed by the platform: an outbox item for this "
                       "feedback has not been answered.")

    def column_tooltip(self, row: FeedbackRow, column: int) -> str | None:
        if column == ITEM and row.record_reference:
            return self.tr("Record: %1").replace("%1", row.record_reference)
        return None
