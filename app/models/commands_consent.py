"""What follows a request's first answer (R14; N2, N4): the supervisor's extension of the reply
period, delivery after consent, and the outcome of a not-shared negotiation — agreement, filed
with the supervisor, or a reasoned decline.

Same shape as :mod:`app.models.commands_requests`: transition, validation, clocks, timeline,
version, and the filings and notifications the action brings about.
"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from app.models.commands import (
    Actor,
    CommandEnv,
    CommandResult,
    bumped,
    clock_due,
    event,
    field_problem,
    filing,
    notice,
    require_reason,
    supervisor_for,
    transition,
)
from app.models.commands_requests import tell_requester
from app.models.entities import Department, Resource, ShareRequest
from app.models.enums import NotificationKind
from app.models.validation import raise_if_invalid, validate_filing
from app.models.workflows import REQUEST_FLOW, Action, Facts, extension_for

__all__ = ["agree_request", "decline_request", "deliver_request", "extend_reply"]

_ENTITY = "request"


def extend_reply(
    request: ShareRequest,
    resource: Resource,
    actor: Actor,
    env: CommandEnv,
    *,
    days: int,
    reason: str,
) -> CommandResult[ShareRequest]:
    """N2: the supervisor grants a conditional request's provider up to the profile's extra
    working days, counted on from the running deadline."""
    facts = Facts(share_attribute=resource.share.attribute)
    row = transition(REQUEST_FLOW, request.status, Action.EXTEND_REPLY, actor, env, facts=facts)
    cap = extension_for(row, env.profile)
    most = 0 if cap is None or cap.working_days is None else cap.working_days
    if not 1 <= days <= most:
        raise field_problem(
            "days",
            "extension.days_out_of_range",
            f"延长的天数应为 1 至 {most} 个工作日。",
            f"The extension must be between 1 and {most} working days.",
            rule=row.rule,
        )
    require_reason(reason, "reason", row.rule)
    base = request.due or env.today
    extended = env.calendar.due_date(base, days)
    updated = bumped(
        request,
        env,
        due=extended.date,
        due_estimated=request.due_estimated or extended.estimated,
        timeline=(*request.timeline, event(row, actor, env, reason.strip())),
    )
    return CommandResult(
        updated,
        notifications=tuple(
            notice(
                env,
                label,
                recipient_department_id=department,
                kind=NotificationKind.REPLY_RECEIVED,
                subject_entity=_ENTITY,
                subject_id=request.id,
                title_zh="答复期限已延长",
                title_en="The reply deadline was extended",
            )
            for label, department in (
                ("provider", request.provider_department_id),
                ("requester", request.requester_department_id),
            )
        ),
    )


def deliver_request(
    request: ShareRequest, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[ShareRequest]:
    """N4: the provider delivers the data it consented to share."""
    row = transition(REQUEST_FLOW, request.status, Action.DELIVER, actor, env)
    updated = bumped(
        request,
        env,
        status=row.next_state,
        timeline=(*request.timeline, event(row, actor, env, note.strip())),
    )
    return CommandResult(
        updated,
        notifications=(tell_requester(updated, env, "数据已交付", "The data has been delivered"),),
    )


def agree_request(
    request: ShareRequest,
    actor: Actor,
    departments: Mapping[UUID, Department],
    env: CommandEnv,
    terms: str,
) -> CommandResult[ShareRequest]:
    """R14: the provider agrees to provide not-shared data and files the agreement with its
    supervisor; the national delivery clock starts (N4)."""
    row = transition(REQUEST_FLOW, request.status, Action.AGREE, actor, env)
    assert row.requires_filing is not None  # R14: the table obliges the filing
    text = terms.strip()
    filed = filing(
        env,
        actor,
        kind=row.requires_filing,
        subject_id=request.id,
        department_id=request.provider_department_id,
        supervisor_department_id=supervisor_for(request.provider_department_id, departments),
        summary=text,
    )
    raise_if_invalid(validate_filing(filed))
    delivery = clock_due(row, env, env.today)
    updated = bumped(
        request,
        env,
        status=row.next_state,
        delivery_due=None if delivery is None else delivery.due,
        timeline=(*request.timeline, event(row, actor, env, text)),
    )
    return CommandResult(
        updated,
        filings=(filed,),
        notifications=(
            tell_requester(updated, env),
            notice(
                env,
                "supervisor",
                recipient_department_id=filed.supervisor_department_id,
                kind=NotificationKind.FILING_RECEIVED,
                subject_entity="filing",
                subject_id=filed.id,
            ),
        ),
    )


def decline_request(
    request: ShareRequest, actor: Actor, env: CommandEnv, reasons: str
) -> CommandResult[ShareRequest]:
    """R14: the negotiation ends without agreement; the provider says why (the requester may
    then ask the supervisor to coordinate, R15)."""
    row = transition(REQUEST_FLOW, request.status, Action.DECLINE, actor, env)
    require_reason(reasons, "reasons", row.rule)
    updated = bumped(
        request,
        env,
        status=row.next_state,
        timeline=(*request.timeline, event(row, actor, env, reasons.strip())),
    )
    return CommandResult(updated, notifications=(tell_requester(updated, env),))
