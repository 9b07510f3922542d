"""Feedback commands (R20–R22; N6): a user department's doubt or error report, the provider's
verification within its clock, the extension its head approves and the user is told of, the
result (corrected, with the R22 correction notice, or no error), and the requester's answer.

A requester who disagrees with the result raises a dispute (R15):
:func:`app.models.commands_disputes.raise_dispute` moves the feedback to ``disputed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    clock_due,
    event,
    notice,
    require_reason,
    transition,
)
from app.models.entities import Attachment, Extension, Feedback, Notification, Resource
from app.models.enums import FeedbackKind, FeedbackOutcome, NotificationKind
from app.models.errors import DomainError
from app.models.validation import (
    raise_if_invalid,
    validate_extension,
    validate_feedback,
    validate_resolution,
)
from app.models.workflows import FEEDBACK_FLOW, Action, ActorSide, extension_for

__all__ = [
    "FeedbackInput",
    "accept_resolution",
    "approve_extension",
    "reject_extension",
    "request_extension",
    "resolve_feedback",
    "submit_feedback",
    "withdraw_feedback",
]

_ENTITY = "feedback"


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedbackInput:
    """A doubt about shared data or an obvious error in it (R20); ``id`` is the client's."""

    id: UUID
    data_item: str
    kind: FeedbackKind
    description: str
    record_reference: str = ""
    proposed_value: str = ""
    attachments: tuple[Attachment, ...] = ()


def submit_feedback(
    data: FeedbackInput, resource: Resource, actor: Actor, env: CommandEnv
) -> CommandResult[Feedback]:
    """R20: report doubtful or wrong data to its provider; the verification clock starts on the
    day the provider receives it. The reporting department is the requester by construction."""
    requester = actor.on(ActorSide.REQUESTER)
    row = transition(FEEDBACK_FLOW, None, Action.SUBMIT, requester, env)
    dated = clock_due(row, env, env.today)
    feedback = Feedback(
        id=data.id,
        resource_id=resource.id,
        data_item=data.data_item.strip(),
        record_reference=data.record_reference.strip(),
        kind=data.kind,
        description=data.description.strip(),
        proposed_value=data.proposed_value.strip(),
        attachments=data.attachments,
        requester_department_id=requester.department_id,
        requester_user_id=requester.user_id,
        provider_department_id=resource.provider_department_id,
        status=row.next_state,
        profile_id=env.profile.id,
        submitted_at=env.now,
        received_on=env.today,
        due=None if dated is None else dated.due,
        due_estimated=False if dated is None else dated.estimated,
        timeline=(event(row, requester, env),),
        created_at=env.now,
        updated_at=env.now,
    )
    raise_if_invalid(validate_feedback(feedback, resource))
    return CommandResult(
        feedback,
        notifications=(
            _notice(
                env,
                "provider",
                feedback,
                feedback.provider_department_id,
                NotificationKind.NEW_FEEDBACK,
            ),
        ),
    )


def withdraw_feedback(
    feedback: Feedback, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[Feedback]:
    """The requester takes back feedback still being verified (R20)."""
    row = transition(FEEDBACK_FLOW, feedback.status, Action.WITHDRAW, actor, env)
    return CommandResult(
        _moved(feedback, row.next_state, event(row, actor, env, note.strip()), env)
    )


def request_extension(
    feedback: Feedback, actor: Actor, env: CommandEnv, *, days: int, reason: str
) -> CommandResult[Feedback]:
    """R20: the provider asks its head for more time (at most the profile's extra working
    days; N6: the national rules allow none)."""
    row = transition(FEEDBACK_FLOW, feedback.status, Action.REQUEST_EXTENSION, actor, env)
    most = env.profile.verification_extension_max.working_days or 0
    extension = Extension(
        days=days, reason=reason.strip(), requested_by_user_id=actor.user_id, requested_at=env.now
    )
    raise_if_invalid(validate_extension(extension, max_days=most, extension_allowed=most > 0))
    updated = _moved(
        feedback, row.next_state, event(row, actor, env, extension.reason), env, extension=extension
    )
    return CommandResult(
        updated,
        notifications=(
            _notice(
                env,
                "head",
                feedback,
                feedback.provider_department_id,
                NotificationKind.EXTENSION_REQUESTED,
            ),
        ),
    )


def approve_extension(
    feedback: Feedback, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[Feedback]:
    """R20: the provider's head approves; the deadline moves on by the days asked, counted from
    the original deadline, and the user department is told (the notice the rule requires)."""
    row = transition(FEEDBACK_FLOW, feedback.status, Action.APPROVE_EXTENSION, actor, env)
    asked = _pending_extension(feedback)
    cap = extension_for(row, env.profile)
    most = 0 if cap is None or cap.working_days is None else cap.working_days
    approved = Extension(
        days=asked.days,
        reason=asked.reason,
        requested_by_user_id=asked.requested_by_user_id,
        requested_at=asked.requested_at,
        approved_by_user_id=actor.user_id,
        approved_at=env.now,
        notice_sent_at=env.now,
    )
    raise_if_invalid(
        validate_extension(approved, max_days=most, extension_allowed=most > 0, in_force=True)
    )
    extended = env.calendar.due_date(feedback.due or env.today, approved.days)
    updated = _moved(
        feedback,
        row.next_state,
        event(row, actor, env, note.strip()),
        env,
        extension=approved,
        due=extended.date,
        due_estimated=feedback.due_estimated or extended.estimated,
    )
    assert row.notifies is not None  # R20: the notice to the user department
    return CommandResult(
        updated,
        notifications=(
            _notice(env, "requester", feedback, feedback.requester_department_id, row.notifies),
        ),
    )


def reject_extension(
    feedback: Feedback, actor: Actor, env: CommandEnv, reason: str
) -> CommandResult[Feedback]:
    """R20: the head refuses the extension; the original deadline stands."""
    row = transition(FEEDBACK_FLOW, feedback.status, Action.REJECT_EXTENSION, actor, env)
    asked = _pending_extension(feedback)
    require_reason(reason, "reason", row.rule)
    updated = _moved(
        feedback, row.next_state, event(row, actor, env, reason.strip()), env, extension=None
    )
    return CommandResult(
        updated,
        notifications=(
            _notice(
                env,
                "officer",
                feedback,
                feedback.provider_department_id,
                NotificationKind.EXTENSION_REQUESTED,
                user=asked.requested_by_user_id,
                title=("延期申请未获批准", "The extension was not approved"),
            ),
        ),
    )


def resolve_feedback(
    feedback: Feedback,
    actor: Actor,
    env: CommandEnv,
    *,
    outcome: FeedbackOutcome,
    corrected_value: str = "",
    explanation: str = "",
) -> CommandResult[Feedback]:
    """R20/R22: the verification's result. A correction gives the corrected value and is told
    to the user department (R22); "no error" explains the verification."""
    action = (
        Action.RESOLVE_CORRECTED
        if outcome is FeedbackOutcome.CORRECTED
        else Action.RESOLVE_NO_ERROR
    )
    row = transition(FEEDBACK_FLOW, feedback.status, action, actor, env)
    raise_if_invalid(validate_resolution(outcome, corrected_value, explanation))
    corrected = outcome is FeedbackOutcome.CORRECTED
    updated = _moved(
        feedback,
        row.next_state,
        event(row, actor, env, (corrected_value if corrected else explanation).strip()),
        env,
        outcome=outcome,
        corrected_value=corrected_value.strip(),
        explanation=explanation.strip(),
        resolved_at=env.now,
        correction_notice_at=env.now if corrected else None,
    )
    assert row.notifies is not None  # R22: the user department hears the result
    return CommandResult(
        updated,
        notifications=(
            _notice(env, "requester", feedback, feedback.requester_department_id, row.notifies),
        ),
    )


def accept_resolution(
    feedback: Feedback, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[Feedback]:
    """R22: the requester accepts the verification's result; the matter is closed."""
    row = transition(FEEDBACK_FLOW, feedback.status, Action.ACCEPT, actor, env)
    return CommandResult(
        _moved(feedback, row.next_state, event(row, actor, env, note.strip()), env)
    )


def _pending_extension(feedback: Feedback) -> Extension:
    if feedback.extension is None:
        raise DomainError(
            code="command.extension_missing",
            message_zh="没有待审批的延期申请。",
            message_en="There is no extension request to decide.",
            rule="R20",
        )
    return feedback.extension


def _moved(
    feedback: Feedback, status: object, step: object, env: CommandEnv, **changes: object
) -> Feedback:
    return bumped(feedback, env, status=status, timeline=(*feedback.timeline, step), **changes)


def _notice(
    env: CommandEnv,
    label: str,
    feedback: Feedback,
    department_id: UUID,
    kind: NotificationKind,
    *,
    user: UUID | None = None,
    title: tuple[str, str] = ("", ""),
) -> Notification:
    return notice(
        env,
        label,
        recipient_department_id=department_id,
        recipient_user_id=user,
        kind=kind,
        subject_entity=_ENTITY,
        subject_id=feedback.id,
        title_zh=title[0],
        title_en=title[1],
    )
