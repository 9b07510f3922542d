"""The read side of the feedback lists: rows with the provider's verification clock (R20).

Pure functions over cached JSON and the reference data, like :mod:`app.sync.workspace_requests`
for requests. The clock a row shows: while the verification runs (submitted, extension asked,
extended) the feedback's ``due`` — moved on by an approved extension (R20) — with the working
days left; afterwards none. Its citation is the verification clock of the rules the feedback
was made under (5 working days, R20; 10 under the national rules, N6), or the extension's
when one was approved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any
from uuid import UUID

from app.models.codec import from_json_dict
from app.models.entities import Feedback
from app.models.enums import FeedbackStatus
from app.models.errors import DomainError
from app.models.profiles import Citation, RuleProfile, get_profile
from app.models.workdays import WorkingCalendar
from app.models.workflows import Action
from app.sync import workspace_requests as reading
from app.sync.store import LocalStore
from app.sync.store_outbox import OutboxState
from app.sync.workspace_feedback_types import FeedbackFormData, FeedbackRow
from app.sync.workspace_types import TimelineEntry, Urgency

_ACTIONS = {action.value: action for action in Action}
_RANK = {OutboxState.NEEDS_ATTENTION: 0, OutboxState.CONFLICT: 1, OutboxState.HELD: 2,
         OutboxState.SENDING: 3, OutboxState.QUEUED: 4}
# Results the user department has yet to answer (R22: accept, or dispute under R15).
AWAITING_ANSWER = frozenset({FeedbackStatus.CORRECTED, FeedbackStatus.NO_ERROR})


def decode(data: Mapping[str, Any]) -> Feedback:
    return from_json_dict(Feedback, data)


def profile_of(feedback: Feedback, current: RuleProfile) -> RuleProfile:
    """The rules the feedback was made under when this client ships them, else the current."""
    if feedback.profile_id and feedback.profile_id != current.id:
        try:
            return get_profile(feedback.profile_id)
        except DomainError:
            return current
    return current


def clock_citation(feedback: Feedback, profile: RuleProfile) -> Citation:
    rules = profile_of(feedback, profile)
    if feedback.extension is not None and feedback.extension.is_approved:
        return rules.verification_extension_max.citation
    return rules.verification.citation


def build_row(feedback: Feedback, names: Mapping[str, str], *, profile: RuleProfile,
              calendar: WorkingCalendar, today: date,
              pending: OutboxState | None) -> FeedbackRow:
    """``names`` maps resource and department ids to their names."""
    running = feedback.is_open and feedback.due is not None
    left: int | None = None
    estimated = feedback.due_estimated
    if running and feedback.due is not None:
        left, counted_estimate = reading.days_left(calendar, today, feedback.due)
        estimated = estimated or counted_estimate
    extension = feedback.extension
    return FeedbackRow(
        id=feedback.id, status=feedback.status, kind=feedback.kind,
        resource_id=feedback.resource_id,
        resource_name=names.get(str(feedback.resource_id), ""),
        data_item=feedback.data_item, record_reference=feedback.record_reference,
        provider_name=names.get(str(feedback.provider_department_id), ""),
        requester_name=names.get(str(feedback.requester_department_id), ""),
        received_on=feedback.received_on, due=feedback.due if running else None,
        days_left=left, estimated=estimated if running else False,
        urgency=reading.urgency_of(left),
        clock_citation=clock_citation(feedback, profile) if running else None,
        extension_days=None if extension is None else extension.days,
        extension_approved=extension is not None and extension.is_approved,
        submitted_at=feedback.submitted_at, pending=pending is not None, pending_state=pending,
    )


def names_for(store: LocalStore, feedback: Iterable[Feedback]) -> dict[str, str]:
    """Names of the resources and departments the rows mention (two indexed reads)."""
    items = list(feedback)
    found = reading.names(store, "resource", (str(f.resource_id) for f in items), "name")
    departments = {str(d) for f in items
                   for d in (f.provider_department_id, f.requester_department_id)}
    found.update(reading.names(store, "department", departments, "name"))
    return found


def draft_rows(store: LocalStore, drafts: list[tuple[UUID, FeedbackFormData]],
               requester_name: str) -> list[FeedbackRow]:
    """The officer's local feedback drafts as rows of "My feedback" (nothing was sent)."""
    resources = reading.resources_by_id(store, (str(form.resource_id) for _, form in drafts))
    providers = reading.names(store, "department",
                              (str(r.get("provider_department_id") or "")
                               for r in resources.values()), "name")
    rows = []
    for draft_id, form in drafts:
        resource = resources.get(str(form.resource_id)) or {}
        rows.append(FeedbackRow(
            id=draft_id, status=FeedbackStatus.SUBMITTED, kind=form.kind,
            resource_id=form.resource_id, resource_name=str(resource.get("name") or ""),
            data_item=form.data_item, record_reference=form.record_reference,
            provider_name=providers.get(str(resource.get("provider_department_id")), ""),
            requester_name=requester_name, received_on=None, due=None, days_left=None,
            estimated=False, urgency=Urgency.NONE, clock_citation=None, is_draft=True,
        ))
    return rows


def pending_states(items: Iterable[tuple[str, str | None, OutboxState]]
                   ) -> dict[str, OutboxState]:
    """``{feedback id: state}`` of feedback with an unanswered command; the least settled wins."""
    found: dict[str, OutboxState] = {}
    for entity, entity_id, state in items:
        if entity != "feedback" or entity_id is None:
            continue
        if entity_id not in found or _RANK[state] < _RANK[found[entity_id]]:
            found[entity_id] = state
    return found


def sort_rows(rows: Iterable[FeedbackRow]) -> list[FeedbackRow]:
    """Overdue first (most overdue on top), then running clocks by days left, then drafts and
    results awaiting an answer, then closed — each group newest first."""

    def group(row: FeedbackRow) -> tuple[int, int]:
        if row.days_left is not None:
            return (0 if row.days_left < 0 else 1), row.days_left
        if row.is_draft or row.pending or row.status in AWAITING_ANSWER:
            return 2, 0
        return 3, 0

    def submitted(row: FeedbackRow) -> str:
        return row.submitted_at.isoformat() if row.submitted_at else "9999"

    return sorted(sorted(rows, key=submitted, reverse=True), key=group)


def matches(row: FeedbackRow, text: str) -> bool:
    wanted = text.strip().casefold()
    return not wanted or any(wanted in value.casefold() for value in (
        row.resource_name, row.data_item, row.record_reference, row.provider_name,
        row.requester_name))


def timeline(store: LocalStore, feedback: Feedback) -> tuple[TimelineEntry, ...]:
    """The feedback's events, oldest first, with who acted (status labels stay the action's)."""
    steps = feedback.timeline
    users = reading.names(store, "user", (str(e.actor_user_id) for e in steps
                                          if e.actor_user_id), "display_name")
    departments = reading.names(store, "department", (str(e.actor_department_id)
                                                      for e in steps if e.actor_department_id),
                                "name")
    return tuple(
        TimelineEntry(
            at=step.at, actor_name=users.get(str(step.actor_user_id), ""),
            department_name=departments.get(str(step.actor_department_id), ""),
            action=_ACTIONS.get(step.action), action_code=step.action, note=step.note,
            rule=step.rule, status_after=None,
        )
        for step in sorted(steps, key=lambda s: s.at)
    )
