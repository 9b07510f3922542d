"""The table model of "To reply" (待答复): one row per request made to the department.

Rows come from :meth:`ProviderDesk.inbox` (filtered and sorted in the workspace: overdue first,
then by due date, R13), loaded in a worker by the page and handed in with
:meth:`InboxModel.set_rows` — a department's inbox is a few hundred rows at most. The countdown
columns are coloured by urgency with an icon and words (:mod:`app.views.urgency`, never colour
alone), and their tooltip cites the rule of the clock (R13 reply; N4 delivery) — all drawn by
:class:`~app.views.countdown_table.CountdownTableModel`. A request with an unanswered outbox
command shows a pending-sync mark.
"""

from __future__ import annotations

from app.sync.workspace_provider_types import InboxRow
from app.views.countdown_table import ID_ROLE, ROW_ROLE, CountdownTableModel

__all__ = ["ID_ROLE", "ROW_ROLE", "InboxModel"]

STATUS, RESOURCE, REQUESTER, ATTRIBUTE, RECEIVED, DUE, LEFT, SYNC = range(8)


class InboxModel(CountdownTableModel[InboxRow]):
    due_column, left_column, sync_column = DUE, LEFT, SYNC

    def waiting_count(self) -> int:
        """Requests that wait for the department, not yet answered here."""
        return sum(1 for r in self._rows if not r.pending)

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Resource"), self.tr("Requested by"),
                self.tr("Share attribute"), self.tr("Received"), self.tr("Due date"),
                self.tr("Working days left"), self.tr("Sync"))

    def display(self, row: InboxRow, column: int) -> str:
        values = {
            STATUS: row.status.label(self.language),
            RESOURCE: row.resource_name,
            REQUESTER: row.requester_name,
            ATTRIBUTE: "" if row.share_attribute is None
            else row.share_attribute.label(self.language),
            RECEIVED: row.received_on.isoformat() if row.received_on else "",
            DUE: row.due.isoformat() if row.due else "",
            LEFT: self.countdown_text(row),
        }
        return values.get(column, "")

    def pending_tooltip(self) -> str:
        return self.tr("Not yet confirmed by the platform: your answer to this request is "
                       "in the outbox.")

    def column_tooltip(self, row: InboxRow, column: int) -> str | None:
        return row.purpose if column == RESOURCE and row.purpose else None
