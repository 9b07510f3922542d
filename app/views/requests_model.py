"""The table model of "My requests": one row per request or draft, overdue first.

Rows come from :meth:`Workspace.my_requests` (already filtered and sorted: overdue first, then
the most urgent clocks, R13), loaded in a worker by the page and handed in with
:meth:`RequestsModel.set_rows`. The countdown column is coloured by urgency (red overdue,
orange two working days or fewer) *and* carries an icon and words, and its tooltip cites the
rule that set the clock (:class:`~app.views.countdown_table.CountdownTableModel`). A request
with an unanswered outbox command shows a pending-sync mark; a draft shows in italics.
"""

from __future__ import annotations

from app.sync.workspace_types import RequestRow
from app.views.countdown_table import ID_ROLE, ROW_ROLE, CountdownTableModel

__all__ = ["ID_ROLE", "ROW_ROLE", "RequestsModel"]

STATUS, RESOURCE, PROVIDER, SUBMITTED, DUE, LEFT, SYNC = range(7)


class RequestsModel(CountdownTableModel[RequestRow]):
    due_column, left_column, sync_column = DUE, LEFT, SYNC

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Resource"), self.tr("Provider"),
                self.tr("Submitted"), self.tr("Due date"), self.tr("Working days left"),
                self.tr("Sync"))

    def display(self, row: RequestRow, column: int) -> str:
        values = {
            STATUS: self.tr("Draft") if row.is_draft else row.status.label(self.language),
            RESOURCE: row.resource_name,
            PROVIDER: row.provider_name,
            SUBMITTED: row.submitted_at.astimezone().strftime("%Y-%m-%d")
            if row.submitted_at else "",
            DUE: row.due.isoformat() if row.due else "",
            LEFT: self.countdown_text(row),
        }
        return values.get(column, "")

    def pending_tooltip(self) -> str:
        return self.tr("Not yet confirmed by the platform: an outbox item for this request "
                       "has not been answered.")

    def column_tooltip(self, row: RequestRow, column: int) -> str | None:
        return row.purpose if column == RESOURCE and row.purpose else None
