"""The read side of "My requests": rows with working-day countdowns, details with the timeline.

Pure functions over cached JSON and the reference data (rule profile, calendar, today), so the
:class:`~app.sync.workspace.Workspace` stays a thin facade and these can be tested alone.

Which clock a request's countdown shows (R13; N1, N4):

* awaiting reply (``submitted``): the reply clock, ``due``, citing the conditional reply (R13)
  or, for an unconditional resource under the national rules, the one-day answer (N1);
* consented under a profile with a delivery clock: ``delivery_due`` (N4) until delivered;
* anything else (granted, negotiating, waiting for material, closed): no running clock.

Working days left come from :meth:`WorkingCalendar.working_days_left`; when the span reaches a
year whose holiday notice nobody has published (``UnknownCalendarYear``) the count is made
with that year's weekdays and the row says *estimated* — never a silent guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from app.models.codec import from_json_dict
from app.models.entities import Resource, ShareRequest
from app.models.enums import RequestStatus, ShareAttribute
from app.models.errors import DomainError, UnknownCalendarYear
from app.models.profiles import Citation, ClockName, RuleProfile, get_profile
from app.models.workdays import WorkingCalendar
from app.models.workflows import Action
from app.sync.store import LocalStore
from app.sync.store_outbox import OutboxState
from app.sync.workspace_types import (
    DUE_SOON_DAYS,
    RequestFilter,
    RequestFormData,
    RequestRow,
    RequestScope,
    TimelineEntry,
    Urgency,
)

_SATURDAY = 5
_CONSENTED = frozenset({RequestStatus.APPROVED, RequestStatus.APPROVED_WITH_CONDITIONS,
                        RequestStatus.AGREED})
_ACTIONS = {action.value: action for action in Action}
_STATUSES = {status.value: status for status in RequestStatus}


def days_left(calendar: WorkingCalendar, today: date, due: date) -> tuple[int, bool]:
    """Working days until ``due`` closes (negative: overdue) and whether it is an estimate."""
    try:
        return calendar.working_days_left(today, due), False
    except UnknownCalendarYear:
        return _estimated_days_left(calendar, today, due), True


def _estimated_days_left(calendar: WorkingCalendar, today: date, due: date) -> int:
    """As ``working_days_left``, counting the weekdays of unpublished years as working days."""
    low, high = (today, due) if today <= due else (due, today)
    count = 0
    day = low + timedelta(days=1)
    while day <= high:
        known = calendar.knows(day.year)
        count += int(calendar.is_working_day(day) if known else day.weekday() < _SATURDAY)
        day += timedelta(days=1)
    return count if today <= due else min(-1, -count)


def urgency_of(left: int | None) -> Urgency:
    if left is None:
        return Urgency.NONE
    if left < 0:
        return Urgency.OVERDUE
    if left <= DUE_SOON_DAYS:
        return Urgency.DUE_SOON
    return Urgency.NORMAL


def profile_for(request: ShareRequest, current: RuleProfile) -> RuleProfile:
    """The rules the request was made under when this client ships them, else the current."""
    if request.profile_id and request.profile_id != current.id:
        try:
            return get_profile(request.profile_id)
        except DomainError:  # an id this client does not ship: count with the current rules
            return current
    return current


def running_clock(
    request: ShareRequest, attribute: ShareAttribute | None, profile: RuleProfile
) -> tuple[date | None, Citation | None]:
    """The due date of the clock running on ``request`` and the rule that set it."""
    if request.status is RequestStatus.SUBMITTED and request.due is not None:
        name = (ClockName.UNCONDITIONAL_REPLY if attribute is ShareAttribute.UNCONDITIONAL
                else ClockName.CONDITIONAL_REPLY)
        clock = profile.clock(name)
        return request.due, None if clock is None else clock.citation
    if request.status in _CONSENTED and request.delivery_due is not None:
        clock = profile.delivery_after_consent
        return request.delivery_due, None if clock is None else clock.citation
    return None, None


def build_row(
    request: ShareRequest,
    resource: Mapping[str, Any] | None,
    provider_name: str,
    *,
    profile: RuleProfile,
    calendar: WorkingCalendar,
    today: date,
    pending: OutboxState | None,
) -> RequestRow:
    share = (resource or {}).get("share")
    raw_attribute = share.get("attribute") if isinstance(share, Mapping) else None
    attribute = next((a for a in ShareAttribute if a.value == raw_attribute), None)
    due, citation = running_clock(request, attribute, profile_for(request, profile))
    left: int | None = None
    estimated = request.due_estimated if due == request.due else False
    if due is not None:
        left, counted_estimate = days_left(calendar, today, due)
        estimated = estimated or counted_estimate
    return RequestRow(
        id=request.id, status=request.status, resource_id=request.resource_id,
        resource_name=str((resource or {}).get("name") or ""), provider_name=provider_name,
        purpose=request.purpose, submitted_at=request.submitted_at, due=due, days_left=left,
        estimated=estimated, urgency=urgency_of(left), clock_citation=citation,
        share_attribute=attribute, pending=pending is not None, pending_state=pending,
    )


def sort_rows(rows: Iterable[RequestRow]) -> list[RequestRow]:
    """Overdue first (most overdue on top), then running clocks by days left, then open work
    and drafts, then closed requests — each group newest first."""

    def group(row: RequestRow) -> tuple[int, int]:
        if row.days_left is not None:
            return (0 if row.days_left < 0 else 1), row.days_left
        if row.is_draft or row.pending or row.status in _OPEN_OR_PENDING:
            return 2, 0
        return 3, 0

    def submitted(row: RequestRow) -> str:
        return row.submitted_at.isoformat() if row.submitted_at else "9999"  # drafts on top

    newest_first = sorted(rows, key=submitted, reverse=True)
    return sorted(newest_first, key=group)  # stable: keeps newest first inside a group


_OPEN_OR_PENDING = frozenset({RequestStatus.SUBMITTED, RequestStatus.MATERIAL_REQUESTED,
                              RequestStatus.NEGOTIATING, RequestStatus.DRAFT})


def names(store: LocalStore, entity: str, ids: Iterable[str], key: str) -> dict[str, str]:
    """``{id: row[key]}`` for the cached ``entity`` rows with those ids (one query)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {str(row["id"]): str(row.get(key) or "")
            for row in store.select_json(entity, {"id": wanted})}


def resources_by_id(store: LocalStore, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    return {str(row["id"]): row for row in store.select_json("resource", {"id": wanted})}


def timeline(store: LocalStore, request: ShareRequest) -> tuple[TimelineEntry, ...]:
    """The request's events, oldest first, with the names of who acted."""
    users = names(store, "user", (str(e.actor_user_id) for e in request.timeline
                                  if e.actor_user_id), "display_name")
    departments = names(store, "department", (str(e.actor_department_id)
                                              for e in request.timeline
                                              if e.actor_department_id), "name")
    return tuple(
        TimelineEntry(
            at=event.at,
            actor_name=users.get(str(event.actor_user_id), ""),
            department_name=departments.get(str(event.actor_department_id), ""),
            action=_ACTIONS.get(event.action), action_code=event.action, note=event.note,
            rule=event.rule,
            status_after=_STATUSES.get(event.status_after or ""),
        )
        for event in sorted(request.timeline, key=lambda e: e.at)
    )


def decode_request(data: Mapping[str, Any]) -> ShareRequest:
    return from_json_dict(ShareRequest, data)


def decode_resource(data: Mapping[str, Any] | None) -> Resource | None:
    return None if data is None else from_json_dict(Resource, data)


def pending_states(items: Iterable[tuple[str, str | None, OutboxState, Mapping[str, Any] | None]]
                   ) -> dict[str, OutboxState]:
    """``{request id: state}`` of requests an unanswered command touches: commands on the
    request itself and disputes raised about it (R15). The least settled state wins."""
    rank = {OutboxState.NEEDS_ATTENTION: 0, OutboxState.CONFLICT: 1, OutboxState.HELD: 2,
            OutboxState.SENDING: 3, OutboxState.QUEUED: 4}
    found: dict[str, OutboxState] = {}
    for entity, entity_id, state, body in items:
        target: str | None = None
        if entity == "request":
            target = entity_id
        elif entity == "dispute" and body is not None and body.get("subject") == "request":
            target = str(body.get("subject_id") or "") or None
        if target is None:
            continue
        if target not in found or rank[state] < rank[found[target]]:
            found[target] = state
    return found


def uuid_or_none(value: object) -> UUID | None:
    try:
        return UUID(str(value))
    except ValueError:
        return None


def draft_rows(store: LocalStore, drafts: list[tuple[UUID, RequestFormData]]) -> list[RequestRow]:
    """The officer's local drafts as rows of "My requests" (no clock: nothing was sent)."""
    resources = resources_by_id(store, (str(form.resource_id) for _, form in drafts))
    providers = names(store, "department",
                      (str(r.get("provider_department_id") or "") for r in resources.values()),
                      "name")
    rows = []
    for draft_id, form in drafts:
        resource = resources.get(str(form.resource_id)) or {}
        rows.append(RequestRow(
            id=draft_id, status=RequestStatus.DRAFT, resource_id=form.resource_id,
            resource_name=str(resource.get("name") or ""),
            provider_name=providers.get(str(resource.get("provider_department_id")), ""),
            purpose=form.purpose, submitted_at=None, due=None, days_left=None,
            estimated=False, urgency=Urgency.NONE, clock_citation=None, share_attribute=None,
            is_draft=True,
        ))
    return rows


def matches(row: RequestRow, wanted: RequestFilter) -> bool:
    """Whether ``row`` belongs in the list ``wanted`` asks for (open: still in progress or
    consented but not yet delivered; drafts and pending work count as open)."""
    is_open = row.is_draft or row.pending or row.status in _OPEN_NOW
    if wanted.scope is RequestScope.OPEN and not is_open:
        return False
    if wanted.scope is RequestScope.CLOSED and is_open:
        return False
    text = wanted.text.strip().casefold()
    return not text or text in row.resource_name.casefold() or text in row.purpose.casefold()


_OPEN_NOW = frozenset({RequestStatus.SUBMITTED, RequestStatus.MATERIAL_REQUESTED,
                       RequestStatus.NEGOTIATING, RequestStatus.APPROVED,
                       RequestStatus.APPROVED_WITH_CONDITIONS, RequestStatus.AGREED})
