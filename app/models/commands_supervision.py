"""Supervisor commands (R5, R14, R17, R24, R25): acknowledge a filing, and remind a department
that is late (or about to be) with a request, feedback or a catalog update.

A reminder is a notification, not a transition: no state machine row covers it, so the checks
are here — the sender is a supervisor whose jurisdiction holds the object (``actor.side`` is
``SUPERVISOR``), and the object still waits for someone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    is_overdue,
    notice,
    transition,
)
from app.models.entities import Feedback, Filing, Notification, Resource, ShareRequest
from app.models.enums import (
    NotificationKind,
    RequestStatus,
    ResourceStatus,
    Role,
)
from app.models.errors import DomainError
from app.models.workflows import FILING_FLOW, Action, ActorSide

__all__ = ["Pending", "acknowledge_filing", "pending_on", "send_reminder"]

_CONSENTED = frozenset(
    {RequestStatus.APPROVED, RequestStatus.APPROVED_WITH_CONDITIONS, RequestStatus.AGREED}
)


def acknowledge_filing(
    filed: Filing, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[Filing]:
    """R5/R14/R17: the supervisor acknowledges a filing; the filing department hears of it."""
    del note  # filings keep no timeline; the audit log records the acknowledgement
    row = transition(FILING_FLOW, filed.status, Action.ACKNOWLEDGE, actor, env)
    updated = bumped(
        filed,
        env,
        status=row.next_state,
        acknowledged_by_user_id=actor.user_id,
        acknowledged_at=env.now,
    )
    return CommandResult(
        updated,
        notifications=(
            notice(
                env,
                "filer",
                recipient_department_id=filed.department_id,
                kind=NotificationKind.FILING_ACKNOWLEDGED,
                subject_entity="filing",
                subject_id=filed.id,
            ),
        ),
    )


@dataclass(frozen=True, slots=True)
class Pending:
    """Who an object waits for, and until when (``due`` None: no clock runs)."""

    department_id: UUID
    due: date | None


def pending_on(subject: ShareRequest | Feedback | Resource) -> Pending | None:
    """The department that has to act next on ``subject``, or None when nobody has to."""
    if isinstance(subject, ShareRequest):
        if subject.status in (RequestStatus.SUBMITTED, RequestStatus.NEGOTIATING):
            return Pending(subject.provider_department_id, subject.due)
        if subject.status is RequestStatus.MATERIAL_REQUESTED:
            return Pending(subject.requester_department_id, None)
        if subject.status in _CONSENTED and subject.delivery_due is not None:
            return Pending(subject.provider_department_id, subject.delivery_due)  # N4
        return None
    if isinstance(subject, Feedback):
        return Pending(subject.provider_department_id, subject.due) if subject.is_open else None
    if subject.status is ResourceStatus.UPDATE_PENDING:  # R5
        return Pending(subject.provider_department_id, subject.law_change_due)
    if subject.status in (ResourceStatus.DRAFT, ResourceStatus.RETURNED):  # R25: not compiled
        return Pending(subject.provider_department_id, None)
    return None


def send_reminder(
    reminder_id: UUID,
    subject: ShareRequest | Feedback | Resource,
    actor: Actor,
    env: CommandEnv,
    message: str = "",
) -> CommandResult[Notification]:
    """R24/R25: the supervisor of the jurisdiction reminds the department that has to act.

    The notification's title says whether the deadline has passed; ``reminder_id`` is the
    notification's id (the client's choice).
    """
    if Role.SUPERVISOR not in actor.roles:
        raise DomainError(
            code="workflow.role_not_allowed",
            message_zh=f"只有{Role.SUPERVISOR.zh}可以督办提醒。",
            message_en=f"Reminders need the role {Role.SUPERVISOR.en}.",
            rule="R24",
            details={"roles": [Role.SUPERVISOR.value]},
        )
    if actor.side is not ActorSide.SUPERVISOR:
        raise DomainError(
            code="workflow.side_not_allowed",
            message_zh="只能督办本辖区内的事项。",
            message_en="Only matters within your jurisdiction can be reminded of.",
            rule="R24",
        )
    pending = pending_on(subject)
    if pending is None:
        raise DomainError(
            code="reminder.nothing_pending",
            message_zh="该事项没有待办理的内容，无需督办。",
            message_en="Nothing is waiting on this matter; there is nobody to remind.",
            rule="R24",
        )
    late = is_overdue(pending.due, env)
    head_zh = "督办提醒（已逾期）" if late else "督办提醒"
    head_en = "Reminder (overdue)" if late else "Reminder"
    text = message.strip()
    entity = (
        "request"
        if isinstance(subject, ShareRequest)
        else "feedback"
        if isinstance(subject, Feedback)
        else "resource"
    )
    reminder = notice(
        env,
        "reminder",
        recipient_department_id=pending.department_id,
        kind=NotificationKind.REMINDER,
        subject_entity=entity,
        subject_id=subject.id,
        title_zh=f"{head_zh}：{text}" if text else head_zh,
        title_en=f"{head_en}: {text}" if text else head_en,
    )
    # The id is the client's, so a queued reminder and the stored one are the same object.
    return CommandResult(replace(reminder, id=reminder_id))
