"""The supervisor's scorecard from the local cache (评价, R24/R25): works offline.

:class:`EvaluationWorkspace` feeds :func:`app.models.evaluation.evaluate` — the function the
server's ``GET /api/v1/evaluation`` runs — with what the sync engine cached for the signed-in
supervisor, with the rule profile, calendar and day of its :class:`~app.sync.workspace.Workspace`.
So the figures offline are the figures online. It also turns a figure into the list of the items
behind it (:meth:`EvaluationWorkspace.drill_down`). Qt-free; views call it from a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

from app.models.codec import from_json_dict
from app.models.entities import Department, Dispute, Feedback, Filing, ShareRequest
from app.models.enums import DepartmentLevel
from app.models.evaluation import (
    CatalogEntryFacts,
    Figure,
    Period,
    Scorecard,
    catalog_facts,
    evaluate,
    jurisdiction_of,
    local_day,
)
from app.sync import workspace_requests as reading
from app.sync.workspace import Workspace
from app.sync.workspace_types import TimelineEntry

_PAGE = 5000
_TIMELINED: dict[str, type[Any]] = {
    "request": ShareRequest, "feedback": Feedback, "dispute": Dispute}


@dataclass(frozen=True, slots=True)
class DrillRow:
    """One item behind a figure: what it is, its resource or subject, its day and status.
    ``counted`` is True when the item is in the figure's numerator (for a share)."""

    entity: str
    id: UUID
    title: str
    day: date | None
    status: str
    counted: bool


class EvaluationWorkspace:
    """The scorecard over the supervisor's jurisdiction, from the cache (see the module doc)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.store = workspace.store

    def departments(self) -> list[Department]:
        """The supervisor's jurisdiction (R24: its own level and every level below)."""
        everyone = [from_json_dict(Department, d) for d in self._all("department")]
        return jurisdiction_of(everyone, self.workspace.actor.department_id)

    def scorecard(self, period: Period, *, department_id: UUID | None = None,
                  level: DepartmentLevel | None = None) -> Scorecard:
        rows = self.departments()
        if department_id is not None:
            rows = [d for d in rows if d.id == department_id]
        if level is not None:
            rows = [d for d in rows if d.level is level]
        return evaluate(
            requests=(from_json_dict(ShareRequest, d) for d in self._all("request")),
            feedback=(from_json_dict(Feedback, d) for d in self._all("feedback")),
            resources=self._entries(),
            disputes=(from_json_dict(Dispute, d) for d in self._all("dispute")),
            filings=(from_json_dict(Filing, d) for d in self._all("filing")),
            departments=rows,
            period=period,
            calendar=self.workspace.calendar,
            profile=self.workspace.profile,
            as_of=self.workspace.today(),
        )

    def drill_down(self, figure: Figure) -> list[DrillRow]:
        """The items behind ``figure``, each with its resource's name and its day."""
        counted = set(figure.matching)
        rows: list[DrillRow] = []
        for item_id in figure.items:
            entity = self._entity_of(item_id, figure.entity)
            data = self.store.get_json(entity, str(item_id)) or {}
            rows.append(DrillRow(entity, item_id, self._title(entity, data), _day(entity, data),
                                 str(data.get("status", "")), item_id in counted))
        return rows

    def timeline(self, entity: str, item_id: UUID) -> tuple[TimelineEntry, ...]:
        """The item's timeline (requests, feedback and disputes keep one), oldest first."""
        cls = _TIMELINED.get(entity)
        data = self.store.get_json(entity, str(item_id)) if cls is not None else None
        if cls is None or data is None:
            return ()
        # The timeline reader needs only ``.timeline``, which all three entities carry.
        item: Any = from_json_dict(cls, data)
        return reading.timeline(self.store, item)

    # ------------------------------------------------------------------------- internals

    def _all(self, entity: str) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            page = self.store.select_json(entity, limit=_PAGE, offset=offset)
            yield from page
            if len(page) < _PAGE:
                return
            offset += _PAGE

    def _entries(self) -> Iterator[CatalogEntryFacts]:
        for data in self._all("resource"):
            yield catalog_facts(data)

    def _entity_of(self, item_id: UUID, entity: str) -> str:
        # The R5 on-time share mixes filed updates (filings) and overdue entries (resources).
        if entity == "filing" and self.store.get_json("filing", str(item_id)) is None:
            return "resource"
        return entity

    def _title(self, entity: str, data: dict[str, Any]) -> str:
        if entity == "resource":
            return str(data.get("name", ""))
        resource_id = data.get("resource_id") or data.get("subject_id")
        found = self.store.get_json("resource", str(resource_id)) if resource_id else None
        if found is not None:
            return str(found.get("name", ""))
        return str(data.get("summary") or data.get("reason") or "")


def _day(entity: str, data: dict[str, Any]) -> date | None:
    if entity in {"request", "feedback"} and data.get("received_on"):
        return date.fromisoformat(str(data["received_on"]))
    stamp = data.get("filed_at") or data.get("created_at")
    if entity == "resource":
        stamp = data.get("law_change_due") or data.get("publish_date")
        return None if not stamp else date.fromisoformat(str(stamp)[:10])
    if not stamp:
        return None
    return local_day(datetime.fromisoformat(str(stamp)))
