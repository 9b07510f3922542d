"""Misuse commands (R16, R17): the provider suspends or terminates provision and reports it to
the supervisor; a suspension (never a termination) can be lifted.

Each action moves two machines at once: the request (``REQUEST_FLOW``) and the suspension
record (``SUSPENSION_FLOW``, whose rows oblige the misuse report, a filing). The request's state
before the suspension is read back from its timeline, so lifting restores exactly that state.
"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    event,
    filing,
    notice,
    supervisor_for,
    transition,
)
from app.models.entities import Department, ShareRequest, Suspension
from app.models.enums import (
    NotificationKind,
    RequestStatus,
    SuspensionKind,
    SuspensionStatus,
)
from app.models.errors import DomainError
from app.models.validation import raise_if_invalid, validate_filing, validate_suspension
from app.models.workflows import REQUEST_FLOW, SUSPENSION_FLOW, Action, Facts

__all__ = ["lift_suspension", "state_before_suspension", "suspend_request", "terminate_request"]

_ACTION_OF_KIND = {
    SuspensionKind.SUSPEND: Action.SUSPEND,
    SuspensionKind.TERMINATE: Action.TERMINATE,
}


def suspend_request(
    request: ShareRequest,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    reasons: str,
) -> CommandResult[ShareRequest]:
    """R17: stop provision for now after misuse, and report it to the supervisor."""
    return _stop(request, actor, departments, env, reasons, kind=SuspensionKind.SUSPEND)


def terminate_request(
    request: ShareRequest,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    reasons: str,
) -> CommandResult[ShareRequest]:
    """R17: end provision for good after misuse, and report it to the supervisor."""
    return _stop(request, actor, departments, env, reasons, kind=SuspensionKind.TERMINATE)


def _stop(
    request: ShareRequest,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    reasons: str,
    *,
    kind: SuspensionKind,
) -> CommandResult[ShareRequest]:
    action = _ACTION_OF_KIND[kind]
    request_row = transition(REQUEST_FLOW, request.status, action, actor, env)
    suspension_row = transition(SUSPENSION_FLOW, None, action, actor, env)
    assert suspension_row.requires_filing is not None  # R17: the report is owed
    text = reasons.strip()
    suspension_id = env.derived_id("suspension")
    report = filing(
        env,
        actor,
        kind=suspension_row.requires_filing,
        subject_id=suspension_id,
        department_id=request.provider_department_id,
        supervisor_department_id=supervisor_for(request.provider_department_id, departments),
        summary=text,
    )
    suspension = Suspension(
        id=suspension_id,
        request_id=request.id,
        kind=kind,
        reasons=text,
        status=suspension_row.next_state,
        decided_by_user_id=actor.user_id,
        decided_at=env.now,
        reported_filing_id=report.id,
        created_at=env.now,
        updated_at=env.now,
    )
    raise_if_invalid([*validate_suspension(suspension), *validate_filing(report)])
    updated = bumped(
        request,
        env,
        status=request_row.next_state,
        timeline=(*request.timeline, event(request_row, actor, env, text)),
    )
    return CommandResult(
        updated,
        suspensions=(suspension,),
        filings=(report,),
        notifications=(
            notice(
                env,
                "requester",
                recipient_department_id=request.requester_department_id,
                kind=NotificationKind.SUSPENDED,
                subject_entity="request",
                subject_id=request.id,
            ),
            notice(
                env,
                "supervisor",
                recipient_department_id=report.supervisor_department_id,
                kind=NotificationKind.FILING_RECEIVED,
                subject_entity="filing",
                subject_id=report.id,
            ),
        ),
    )


def state_before_suspension(request: ShareRequest) -> RequestStatus | None:
    """The request's state before its latest suspension, from its timeline (None: unknown)."""
    events = request.timeline
    for index in range(len(events) - 1, -1, -1):
        if events[index].action != Action.SUSPEND.value:
            continue
        for earlier in reversed(events[:index]):
            if earlier.status_after is not None:
                return REQUEST_FLOW.state(earlier.status_after)
        return None
    return None


def lift_suspension(
    request: ShareRequest,
    suspension: Suspension,
    actor: Actor,
    env: CommandEnv,
    note: str = "",
) -> CommandResult[ShareRequest]:
    """R17: the provider resumes provision after a suspension; the request returns to the
    state it had before (a termination is final and cannot be lifted)."""
    if suspension.request_id != request.id:
        raise DomainError(
            code="command.suspension_mismatch",
            message_zh="该暂停记录不属于这项共享申请。",
            message_en="This suspension belongs to another request.",
            rule="R17",
        )
    suspension_row = transition(
        SUSPENSION_FLOW,
        suspension.status,
        Action.LIFT,
        actor,
        env,
        facts=Facts(suspension_kind=suspension.kind),
    )
    request_row = transition(
        REQUEST_FLOW,
        request.status,
        Action.LIFT,
        actor,
        env,
        facts=Facts(suspended_from=state_before_suspension(request)),
    )
    lifted = bumped(suspension, env, status=suspension_row.next_state, lifted_at=env.now)
    assert lifted.status is SuspensionStatus.LIFTED
    updated = bumped(
        request,
        env,
        status=request_row.next_state,
        timeline=(*request.timeline, event(request_row, actor, env, note.strip())),
    )
    return CommandResult(
        updated,
        related=(lifted,),
        notifications=(
            notice(
                env,
                "requester",
                recipient_department_id=request.requester_department_id,
                kind=NotificationKind.SUSPENDED,
                subject_entity="request",
                subject_id=request.id,
                title_zh="共享已恢复提供",
                title_en="Provision has resumed",
            ),
        ),
    )
