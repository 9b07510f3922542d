"""The supervisor's rows (督办; R3, R5, R13–R15, R17, R20, R24, R25): the row and value types of
the supervision workspace and the reads that build them; the decisions are in
:mod:`app.sync.workspace_supervision`, which re-exports everything here.

Reads (:meth:`SupervisionReads.rows`): the server's feed already holds only what the supervisor's
jurisdiction shows (its level and every level below, ``server.authz``); the client still checks
each object with :func:`app.models.commands.side_of`/``chain_of`` because a published catalog
entry is public. The groups (:class:`SupervisionGroup`):

* replies (R13) whose clock has run out or ends within ``DUE_SOON_DAYS`` working days;
* verifications (R20) whose clock has run out; extensions granted (R20, status ``extended``);
* disputes to coordinate (R15; N9 after an escalation);
* filings not yet acknowledged (R14 not-shared agreements, R17 misuse reports, R5 updates);
* catalog entries in review (R3) and entries due for an update after a law change with their
  R5 clock (``law_change_due``).

Rows are sorted overdue first, then by working days left, undated last. A decision the platform
refused with 412 is listed again from the platform's version (recognised by its outbox kind,
``DECIDE``…``REMIND``, defined here for that reason).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any
from uuid import UUID

from app.models.codec import from_json_dict
from app.models.commands import Actor, chain_of, side_of
from app.models.entities import (
    Department,
    Dispute,
    Feedback,
    Filing,
    Resource,
    TimelineEvent,
)
from app.models.enums import (
    DepartmentLevel,
    DisputeStatus,
    FeedbackStatus,
    FilingStatus,
    LabeledEnum,
    RequestStatus,
    ResourceStatus,
)
from app.models.profiles import Citation
from app.models.workflows import Action, ActorSide
from app.sync import command_kinds as kinds
from app.sync import workspace_requests as reading
from app.sync.store_outbox import OutboxItem, OutboxState
from app.sync.workspace import Workspace
from app.sync.workspace_types import DUE_SOON_DAYS, TimelineEntry, Urgency

# The outbox kinds of the supervisor's decisions.
DECIDE, ESCALATE, ACKNOWLEDGE, REVIEW, REMIND = (
    kinds.DECIDE, kinds.ESCALATE, kinds.ACKNOWLEDGE, kinds.REVIEW, kinds.REMIND)
_ACTIONS = {action.value: action for action in Action}


class SupervisionGroup(LabeledEnum):
    """What the supervisor looks after, in the order the page shows the groups."""

    REPLY_DUE = "reply_due", "书面答复逾期或临期", "Replies overdue or due soon (R13)"
    VERIFICATION_OVERDUE = "verification_overdue", "核实逾期", "Verifications overdue (R20)"
    EXTENSION_GRANTED = "extension_granted", "已延期核实", "Extensions granted (R20)"
    DISPUTE = "dispute", "待协调争议", "Disputes to coordinate (R15)"
    FILING = "filing", "待确认备案", "Filings to acknowledge (R5, R14, R17)"
    CATALOG_REVIEW = "catalog_review", "待审核目录", "Catalog entries to review (R3)"
    CATALOG_UPDATE = (
        "catalog_update", "法规修订待更新目录", "Catalog updates after a law change (R5)"
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionRow:
    """One pending item. ``department_*`` is the department that has to act next;
    ``days_left`` counts working days to ``due`` (negative: overdue)."""

    group: SupervisionGroup
    entity: str
    id: UUID
    title: str
    department_id: UUID | None
    department_name: str
    level: DepartmentLevel | None
    status: LabeledEnum | None
    due: date | None
    days_left: int | None
    estimated: bool
    urgency: Urgency
    version: int
    actionable: bool  # the supervisor may decide it here (not a lower level's matter)
    pending: bool = False  # a decision about it waits in the outbox
    outbox_state: OutboxState | None = None  # the least settled of those outbox items
    outbox_item_id: UUID | None = None
    citation: Citation | None = None  # the rule that set the clock (tooltips)

    @property
    def overdue(self) -> bool:
        return self.urgency is Urgency.OVERDUE


@dataclass(frozen=True, slots=True)
class SupervisionFilter:
    department_id: UUID | None = None
    level: DepartmentLevel | None = None


@dataclass(frozen=True, slots=True)
class SupervisionCounts:
    by_group: Mapping[SupervisionGroup, int] = field(default_factory=dict)
    overdue: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_group.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionDetail:
    """The full item: its row, the object as cached (JSON) and its timeline, oldest first."""

    row: SupervisionRow
    data: Mapping[str, Any]
    timeline: tuple[TimelineEntry, ...]


def counts_of(rows: list[SupervisionRow]) -> SupervisionCounts:
    found = {group: 0 for group in SupervisionGroup}
    for row in rows:
        found[row.group] += 1
    return SupervisionCounts(found, sum(1 for row in rows if row.overdue))


def _sort_key(row: SupervisionRow) -> tuple[int, int, str]:
    if row.days_left is None:
        return 2, 0, row.title
    return (0 if row.days_left < 0 else 1), row.days_left, row.title



class SupervisionReads:
    """The supervisor's reads over one :class:`Workspace` (module docstring)."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    @property
    def actor(self) -> Actor:
        return self.ws.actor

    def rows(self, wanted: SupervisionFilter | None = None) -> list[SupervisionRow]:
        wanted = wanted or SupervisionFilter()
        known = self.ws.departments()
        store = self.ws.store
        pending = _outbox_states(store.outbox.items())
        found: list[SupervisionRow] = []
        open_requests = store.select_json("request", {"status": [RequestStatus.SUBMITTED.value]})
        for data in open_requests:
            request = reading.decode_request(data)
            row = self._row(SupervisionGroup.REPLY_DUE, "request", request, known, pending,
                            request.provider_department_id, request.due, request.purpose)
            if row is not None and row.days_left is not None and row.days_left <= DUE_SOON_DAYS:
                found.append(row)
        open_feedback = [s.value for s in FeedbackStatus
                         if s in (FeedbackStatus.SUBMITTED, FeedbackStatus.EXTENSION_REQUESTED,
                                  FeedbackStatus.EXTENDED)]
        for data in store.select_json("feedback", {"status": open_feedback}):
            item = from_json_dict(Feedback, data)
            title = f"{item.data_item}：{item.description}"
            late = self._row(SupervisionGroup.VERIFICATION_OVERDUE, "feedback", item, known,
                             pending, item.provider_department_id, item.due, title)
            if late is not None and late.overdue:
                found.append(late)
            elif late is not None and item.status is FeedbackStatus.EXTENDED:
                found.append(self._regroup(late, SupervisionGroup.EXTENSION_GRANTED))
        waiting = [DisputeStatus.OPEN.value, DisputeStatus.ESCALATED.value]
        for data in store.select_json("dispute", {"status": waiting}):
            dispute = from_json_dict(Dispute, data)
            row = self._row(SupervisionGroup.DISPUTE, "dispute", dispute, known, pending,
                            dispute.against_department_id, None, dispute.reason)
            if row is not None:
                found.append(row)
        for data in store.select_json("filing", {"status": FilingStatus.PENDING.value}):
            filed = from_json_dict(Filing, data)
            row = self._row(SupervisionGroup.FILING, "filing", filed, known, pending,
                            filed.department_id, None, f"{filed.kind.zh}：{filed.summary}")
            if row is not None:
                found.append(row)
        statuses = [ResourceStatus.IN_REVIEW.value, ResourceStatus.UPDATE_PENDING.value]
        for data in store.select_json("resource", {"status": statuses}):
            resource = from_json_dict(Resource, data)
            group = (SupervisionGroup.CATALOG_REVIEW
                     if resource.status is ResourceStatus.IN_REVIEW
                     else SupervisionGroup.CATALOG_UPDATE)
            row = self._row(group, "resource", resource, known, pending,
                            resource.provider_department_id, resource.law_change_due,
                            f"{resource.name}（{resource.code}）")
            if row is not None:
                found.append(row)
        found += self._conflicts(found, known, pending)
        profile = self.ws.profile
        clocks = {SupervisionGroup.REPLY_DUE: profile.conditional_reply.citation,
                  SupervisionGroup.VERIFICATION_OVERDUE: profile.verification.citation,
                  SupervisionGroup.EXTENSION_GRANTED:
                      profile.verification_extension_max.citation,
                  SupervisionGroup.CATALOG_UPDATE: profile.catalog_update.citation}
        chosen = [replace(row, citation=clocks.get(row.group)) for row in found
                  if self._wanted(row, wanted)]
        return sorted(chosen, key=_sort_key)

    def _conflicts(self, found: list[SupervisionRow], known: Mapping[UUID, Department],
                   pending: Mapping[str, tuple[OutboxState, UUID]]) -> list[SupervisionRow]:
        """Decisions the platform refused with 412: the cache shows the decision as taken, so
        the item is listed again from the platform's version, for the supervisor to compare."""
        listed = {str(row.id) for row in found}
        rows = []
        for item in self.ws.store.outbox.items([OutboxState.CONFLICT]):
            kind = _DECIDED.get(item.kind)
            if kind is None or not item.server_version or str(item.entity_id) in listed:
                continue
            group, cls = kind
            obj = from_json_dict(cls, item.server_version)
            acting = (obj.against_department_id if isinstance(obj, Dispute)
                      else obj.department_id if isinstance(obj, Filing)
                      else obj.provider_department_id)
            row = self._row(group, item.entity, obj, known, pending, acting, None,
                            str(getattr(obj, "name", "") or getattr(obj, "summary", "")
                                or getattr(obj, "reason", "")))
            if row is not None:
                rows.append(row)
        return rows

    def counts(self, wanted: SupervisionFilter | None = None) -> SupervisionCounts:
        return counts_of(self.rows(wanted))

    def jurisdiction(self) -> list[Department]:
        """The departments under this supervisor (for the department filter), by level and
        name."""
        known = self.ws.departments()
        mine = self.actor.department_id
        inside = [d for d in known.values() if d.id != mine and mine in chain_of(d.id, known)]
        return sorted(inside, key=lambda d: (d.level.rank, d.name))

    def detail(self, entity: str, item_id: UUID | str) -> SupervisionDetail | None:
        for row in self.rows():
            if row.entity == entity and str(row.id) == str(item_id):
                data = self.ws.store.get_json(entity, str(item_id)) or {}
                return SupervisionDetail(row=row, data=data, timeline=self._timeline(data))
        return None

    def _row(self, group: SupervisionGroup, entity: str, obj: Any,  # noqa: PLR0917
             known: Mapping[UUID, Department],
             pending: Mapping[str, tuple[OutboxState, UUID]], acting: UUID | None,
             due: date | None, title: str) -> SupervisionRow | None:
        side = self._side(obj, known)
        if side is None:
            return None
        left: int | None = None
        estimated = False
        if due is not None:
            left, estimated = reading.days_left(self.ws.calendar, self.ws.today(), due)
        department = known.get(acting) if acting is not None else None
        return SupervisionRow(
            group=group, entity=entity, id=obj.id, title=title, department_id=acting,
            department_name="" if department is None else department.name,
            level=None if department is None else department.level,
            status=obj.status, due=due, days_left=left, estimated=estimated,
            urgency=reading.urgency_of(left), version=obj.version,
            actionable=side in (ActorSide.SUPERVISOR, ActorSide.HIGHER_SUPERVISOR)
            and self._decides(obj, side),
            pending=str(obj.id) in pending,
            outbox_state=pending[str(obj.id)][0] if str(obj.id) in pending else None,
            outbox_item_id=pending[str(obj.id)][1] if str(obj.id) in pending else None,
        )

    @staticmethod
    def _regroup(row: SupervisionRow, group: SupervisionGroup) -> SupervisionRow:
        return replace(row, group=group)

    def _side(self, obj: object, known: Mapping[UUID, Department]) -> ActorSide | None:
        """The supervisor's side, or None when the object is outside the jurisdiction."""
        side = side_of(self.actor, obj, known)
        if side in (ActorSide.SUPERVISOR, ActorSide.HIGHER_SUPERVISOR):
            return side
        mine = self.actor.department_id
        if isinstance(obj, Dispute):  # a lower supervisor's dispute: in view, not ours to decide
            handling = obj.escalated_to_department_id or obj.supervisor_department_id
            if mine in chain_of(handling, known):
                return ActorSide.ANY
        return None

    def _decides(self, obj: object, side: ActorSide) -> bool:
        if isinstance(obj, Dispute):
            if obj.status is DisputeStatus.ESCALATED:
                return side is ActorSide.HIGHER_SUPERVISOR
            return obj.supervisor_department_id == self.actor.department_id
        return True

    @staticmethod
    def _wanted(row: SupervisionRow, wanted: SupervisionFilter) -> bool:
        if wanted.department_id is not None and row.department_id != wanted.department_id:
            return False
        return wanted.level is None or row.level is wanted.level

    def _timeline(self, data: Mapping[str, Any]) -> tuple[TimelineEntry, ...]:
        raw = data.get("timeline")
        events = [from_json_dict(TimelineEvent, e) for e in raw] if isinstance(raw, list) else []
        if not events and data.get("filed_at"):  # filings and their acknowledgement
            events = [TimelineEvent(at=datetime.fromisoformat(str(data["filed_at"])),
                                    actor_user_id=_uuid(data.get("filed_by_user_id")),
                                    actor_department_id=_uuid(data.get("department_id")),
                                    action=Action.FILE.value, status_after="pending")]
            if data.get("acknowledged_at"):
                events.append(TimelineEvent(
                    at=datetime.fromisoformat(str(data["acknowledged_at"])),
                    actor_user_id=_uuid(data.get("acknowledged_by_user_id")),
                    actor_department_id=_uuid(data.get("supervisor_department_id")),
                    action=Action.ACKNOWLEDGE.value, status_after="acknowledged"))
        store = self.ws.store
        users = reading.names(store, "user", (str(e.actor_user_id) for e in events
                                              if e.actor_user_id), "display_name")
        departments = reading.names(store, "department", (str(e.actor_department_id)
                                                          for e in events
                                                          if e.actor_department_id), "name")
        statuses = {s.value: s for s in RequestStatus}
        return tuple(TimelineEntry(
            at=e.at, actor_name=users.get(str(e.actor_user_id), ""),
            department_name=departments.get(str(e.actor_department_id), ""),
            action=_ACTIONS.get(e.action), action_code=e.action, note=e.note, rule=e.rule,
            status_after=statuses.get(e.status_after or ""),
        ) for e in sorted(events, key=lambda e: e.at))


_DECIDED: dict[str, tuple[SupervisionGroup, type[Any]]] = {
    DECIDE: (SupervisionGroup.DISPUTE, Dispute), ESCALATE: (SupervisionGroup.DISPUTE, Dispute),
    ACKNOWLEDGE: (SupervisionGroup.FILING, Filing),
    REVIEW: (SupervisionGroup.CATALOG_REVIEW, Resource),
}


def _outbox_states(items: list[OutboxItem]) -> dict[str, tuple[OutboxState, UUID]]:
    """``{entity id: (state, item id)}``: the least settled outbox item about each object."""
    rank = {OutboxState.CONFLICT: 0, OutboxState.NEEDS_ATTENTION: 1, OutboxState.HELD: 2,
            OutboxState.SENDING: 3, OutboxState.QUEUED: 4}
    found: dict[str, tuple[OutboxState, UUID]] = {}
    for item in items:
        key = str(item.entity_id)
        if key not in found or rank[item.state] < rank[found[key][0]]:
            found[key] = (item.state, item.id)
    return found


def _uuid(raw: object) -> UUID | None:
    return reading.uuid_or_none(raw) if raw else None
