"""Dispute commands (R15, R7; N9): a party asks the supervisor to coordinate, the supervisor
decides or — under the national rules — escalates to the next supervisor up, and the raiser
may withdraw.

A dispute is about a request (the requester after a refusal, a failed negotiation, a suspension
or an overdue reply), about feedback (the requester disagrees with the verification's result or
it is overdue; the feedback becomes ``disputed``), or about inconsistent data of the same kind
(R7: a department against the provider of a catalog entry). The coordinating supervisor is the
nearest one whose jurisdiction holds both parties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    chain_of,
    common_supervisor,
    event,
    is_overdue,
    notice,
    require_reason,
    transition,
)
from app.models.entities import Department, Dispute, Feedback, Notification, Resource, ShareRequest
from app.models.enums import DisputeSubject, NotificationKind
from app.models.errors import DomainError
from app.models.validation import raise_if_invalid, validate_dispute
from app.models.workflows import (
    DISPUTE_FLOW,
    FEEDBACK_FLOW,
    REQUEST_FLOW,
    Action,
    ActorSide,
    Facts,
)

__all__ = [
    "DisputeInput",
    "decide_dispute",
    "escalate_dispute",
    "raise_dispute",
    "withdraw_dispute",
]

_ENTITY = "dispute"
_SUBJECT_OF_TYPE: dict[type, DisputeSubject] = {
    ShareRequest: DisputeSubject.REQUEST,
    Feedback: DisputeSubject.FEEDBACK,
    Resource: DisputeSubject.INCONSISTENT_DATA,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class DisputeInput:
    """What the raising department states; ``id`` is its choice."""

    id: UUID
    subject: DisputeSubject
    subject_id: UUID
    reason: str


def raise_dispute(
    data: DisputeInput,
    subject: ShareRequest | Feedback | Resource,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
) -> CommandResult[Dispute]:
    """R15/R7: ask the supervisor to coordinate. ``actor.side`` is the side on ``subject``."""
    if _SUBJECT_OF_TYPE[type(subject)] is not data.subject or subject.id != data.subject_id:
        raise DomainError(
            code="dispute.subject_mismatch",
            message_zh="争议事项与所选对象不一致。",
            message_en="The dispute names another subject than the object given.",
            rule="R15",
        )
    related: tuple[ShareRequest | Feedback, ...] = ()
    if isinstance(subject, Resource):
        # R7: a department with data of the same kind against this entry's provider.
        against = subject.provider_department_id
        party = actor.on(ActorSide.PARTY if actor.department_id != against else ActorSide.ANY)
    else:
        flow = REQUEST_FLOW if isinstance(subject, ShareRequest) else FEEDBACK_FLOW
        facts = Facts(overdue=is_overdue(subject.due, env))
        row = transition(flow, subject.status, Action.RAISE_DISPUTE, actor, env, facts=facts)
        step = event(row, actor, env, data.reason.strip())
        related = (bumped(subject, env, status=row.next_state, timeline=(*subject.timeline, step)),)
        party = actor
        against = (
            subject.provider_department_id
            if actor.department_id == subject.requester_department_id
            else subject.requester_department_id
        )
    row = transition(DISPUTE_FLOW, None, Action.RAISE_DISPUTE, party, env)
    supervisor = common_supervisor((actor.department_id, against), departments)
    if supervisor is None:
        raise _no_supervisor("common")
    dispute = Dispute(
        id=data.id,
        subject=data.subject,
        subject_id=data.subject_id,
        raised_by_department_id=actor.department_id,
        raised_by_user_id=actor.user_id,
        against_department_id=against,
        supervisor_department_id=supervisor,
        reason=data.reason.strip(),
        status=row.next_state,
        timeline=(event(row, actor, env, data.reason.strip()),),
        created_at=env.now,
        updated_at=env.now,
    )
    raise_if_invalid(validate_dispute(dispute))
    return CommandResult(
        dispute,
        related=related,
        notifications=(
            _notice(env, "supervisor", dispute, supervisor, NotificationKind.DISPUTE_RAISED),
            _notice(env, "against", dispute, against, NotificationKind.DISPUTE_RAISED),
        ),
    )


def decide_dispute(
    dispute: Dispute, actor: Actor, env: CommandEnv, decision: str
) -> CommandResult[Dispute]:
    """R15 (N9 after an escalation): the coordinating supervisor's decision, told to both
    parties."""
    row = transition(DISPUTE_FLOW, dispute.status, Action.DECIDE, actor, env)
    text = decision.strip()
    decided = bumped(
        dispute,
        env,
        status=row.next_state,
        decision=text,
        decided_by_user_id=actor.user_id,
        decided_at=env.now,
        timeline=(*dispute.timeline, event(row, actor, env, text)),
    )
    raise_if_invalid(validate_dispute(decided))
    return CommandResult(
        decided,
        notifications=tuple(
            _notice(env, label, decided, department, NotificationKind.DISPUTE_DECIDED)
            for label, department in (
                ("raiser", decided.raised_by_department_id),
                ("against", decided.against_department_id),
            )
        ),
    )


def escalate_dispute(
    dispute: Dispute,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    reason: str,
) -> CommandResult[Dispute]:
    """N9: not settled at this level, the dispute goes to the next supervisor up."""
    row = transition(DISPUTE_FLOW, dispute.status, Action.ESCALATE, actor, env)
    require_reason(reason, "reason", row.rule)
    handling = dispute.escalated_to_department_id or dispute.supervisor_department_id
    above = chain_of(handling, departments)
    if not above:
        raise _no_supervisor("higher")
    escalated = bumped(
        dispute,
        env,
        status=row.next_state,
        escalated_to_department_id=above[0],
        timeline=(*dispute.timeline, event(row, actor, env, reason.strip())),
    )
    raise_if_invalid(validate_dispute(escalated))
    return CommandResult(
        escalated,
        notifications=(
            _notice(env, "higher", escalated, above[0], NotificationKind.DISPUTE_RAISED),
        ),
    )


def withdraw_dispute(
    dispute: Dispute, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[Dispute]:
    """R15: the department that raised the dispute takes it back."""
    row = transition(DISPUTE_FLOW, dispute.status, Action.WITHDRAW, actor, env)
    withdrawn = bumped(
        dispute,
        env,
        status=row.next_state,
        timeline=(*dispute.timeline, event(row, actor, env, note.strip())),
    )
    handling = dispute.escalated_to_department_id or dispute.supervisor_department_id
    return CommandResult(
        withdrawn,
        notifications=(
            _notice(
                env,
                "supervisor",
                withdrawn,
                handling,
                NotificationKind.DISPUTE_DECIDED,
                title=("争议已撤回", "The dispute was withdrawn"),
            ),
        ),
    )


def _no_supervisor(which: str) -> DomainError:
    if which == "higher":
        return DomainError(
            code="dispute.no_higher_supervisor",
            message_zh="已是最高一级主管部门，不能再提请上级协调。",
            message_en="This is the highest supervisor; there is no one above to escalate to.",
            rule="N9",
        )
    return DomainError(
        code="dispute.no_supervisor",
        message_zh="找不到同时管辖双方的主管部门，无法提请协调。",
        message_en="No supervisor has jurisdiction over both departments to coordinate.",
        rule="R15",
    )


def _notice(
    env: CommandEnv,
    label: str,
    dispute: Dispute,
    department_id: UUID,
    kind: NotificationKind,
    *,
    title: tuple[str, str] = ("", ""),
) -> Notification:
    return notice(
        env,
        label,
        recipient_department_id=department_id,
        kind=kind,
        subject_entity=_ENTITY,
        subject_id=dispute.id,
        title_zh=title[0],
        title_en=title[1],
    )
