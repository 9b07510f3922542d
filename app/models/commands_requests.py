"""Share-request commands (R11–R13; N1, N3): submit, withdraw, reply in writing, and the
one-time notice of missing material with the resubmission that answers it.

Every function follows :mod:`app.models.commands`: check the transition for the actor's side and
roles, validate, count the clock from the Asia/Shanghai day of ``env.now``, append a timeline
event, bump the version, and return the request with its notifications. What follows consent
or a negotiation (N2, N4, R14) lives in :mod:`app.models.commands_consent`; misuse (R17) in
:mod:`app.models.commands_misuse`; disputes (R15) in :mod:`app.models.commands_disputes`.
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
    clock_due,
    event,
    notice,
    transition,
)
from app.models.entities import (
    Attachment,
    Notification,
    Reply,
    Resource,
    ShareRequest,
)
from app.models.enums import DeliveryMethod, NotificationKind, ReplyDecision, RequestStatus
from app.models.validation import (
    raise_if_invalid,
    validate_material_notice,
    validate_reply,
    validate_request,
)
from app.models.workflows import REQUEST_FLOW, Action, ActorSide, Facts

__all__ = [
    "ReplyInput",
    "RequestInput",
    "ResubmitInput",
    "reply_number",
    "reply_to_request",
    "request_material",
    "resubmit_request",
    "submit_request",
    "tell_requester",
    "withdraw_request",
]

_ENTITY = "request"
_ACTION_OF_DECISION = {
    ReplyDecision.APPROVE: Action.APPROVE,
    ReplyDecision.APPROVE_WITH_CONDITIONS: Action.APPROVE_WITH_CONDITIONS,
    ReplyDecision.REFUSE: Action.REFUSE,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestInput:
    """What a user department states when it asks for a resource (R11); ``id`` is its choice."""

    id: UUID
    purpose: str
    legal_basis: str = ""
    scenario: str = ""
    data_items: tuple[str, ...] = ()
    usage_scope: str = ""
    period_start: date | None = None
    period_end: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyInput:
    """The provider's written reply (R13). ``sequence`` is the next number of the provider's
    reply counter for the year (None: the number is assigned later); ``number_prefix`` the
    issuer's abbreviation the document number starts with."""

    decision: ReplyDecision
    reasons: str = ""
    conditions: str = ""
    delivery_method: DeliveryMethod | None = None
    number_prefix: str = ""
    sequence: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ResubmitInput:
    """N3: the requester's answer to the notice of missing material (None keeps a field)."""

    purpose: str | None = None
    legal_basis: str | None = None
    scenario: str | None = None
    attachments: tuple[Attachment, ...] | None = None
    note: str = ""


def reply_number(prefix: str, year: int, sequence: int) -> str:
    """A GB/T 9704 document number: issuer, year, sequence (``湘公数答〔2026〕12号``)."""
    return f"{prefix.strip()}〔{year}〕{sequence}号"


def _new_request(
    data: RequestInput, resource: Resource, actor: Actor, env: CommandEnv
) -> ShareRequest:
    return ShareRequest(
        id=data.id,
        resource_id=resource.id,
        requester_department_id=actor.department_id,
        requester_user_id=actor.user_id,
        provider_department_id=resource.provider_department_id,
        purpose=data.purpose.strip(),
        legal_basis=data.legal_basis.strip(),
        scenario=data.scenario.strip(),
        data_items=data.data_items,
        usage_scope=data.usage_scope.strip(),
        period_start=data.period_start,
        period_end=data.period_end,
        contact_name=data.contact_name.strip(),
        contact_phone=data.contact_phone.strip(),
        attachments=data.attachments,
        profile_id=env.profile.id,
        created_at=env.now,
        updated_at=env.now,
    )


def submit_request(
    data: RequestInput, resource: Resource, actor: Actor, env: CommandEnv
) -> CommandResult[ShareRequest]:
    """Ask for ``resource``: granted directly when unconditional under R12, a reply clock when
    conditional (R13; N1 for unconditional under the national rules), a negotiation when not
    shared (R14). The asking department is the requester by construction."""
    requester = actor.on(ActorSide.REQUESTER)
    draft = _new_request(data, resource, requester, env)
    facts = Facts(share_attribute=resource.share.attribute)
    row = transition(REQUEST_FLOW, None, Action.SUBMIT, requester, env, facts=facts)
    raise_if_invalid(validate_request(draft, resource))
    status: RequestStatus = row.next_state
    received = None if status is RequestStatus.GRANTED else env.today  # R12: nobody receives it
    dated = clock_due(row, env, env.today)
    request = replace(
        draft,
        status=status,
        submitted_at=env.now,
        received_on=received,
        due=None if dated is None else dated.due,
        due_estimated=False if dated is None else dated.estimated,
        timeline=(event(row, requester, env),),
    )
    notifications: tuple[Notification, ...] = ()
    if status is not RequestStatus.GRANTED:
        notifications = (
            notice(
                env,
                "provider",
                recipient_department_id=request.provider_department_id,
                kind=NotificationKind.NEW_REQUEST,
                subject_entity=_ENTITY,
                subject_id=request.id,
            ),
        )
    return CommandResult(request, notifications=notifications)


def withdraw_request(
    request: ShareRequest, actor: Actor, env: CommandEnv, note: str = ""
) -> CommandResult[ShareRequest]:
    """The requester takes back a request that is still open (R11)."""
    row = transition(REQUEST_FLOW, request.status, Action.WITHDRAW, actor, env)
    updated = bumped(
        request,
        env,
        status=row.next_state,
        timeline=(*request.timeline, event(row, actor, env, note.strip())),
    )
    return CommandResult(updated)


def reply_to_request(
    request: ShareRequest, actor: Actor, env: CommandEnv, data: ReplyInput
) -> CommandResult[ShareRequest]:
    """The provider's written reply (R13): approve, approve with conditions, or refuse with
    reasons. Consent starts the national delivery clock (N4)."""
    row = transition(REQUEST_FLOW, request.status, _ACTION_OF_DECISION[data.decision], actor, env)
    number = (
        ""
        if data.sequence is None
        else reply_number(data.number_prefix, env.today.year, data.sequence)
    )
    reply = Reply(
        id=env.derived_id("reply"),
        request_id=request.id,
        decision=data.decision,
        reasons=data.reasons.strip(),
        conditions=data.conditions.strip(),
        delivery_method=data.delivery_method,
        reply_number=number,
        replied_by_user_id=actor.user_id,
        replied_at=env.now,
        cited_rule=row.rule,
    )
    raise_if_invalid(validate_reply(reply))
    delivery = clock_due(row, env, env.today)
    updated = bumped(
        request,
        env,
        status=row.next_state,
        reply=reply,
        delivery_due=None if delivery is None else delivery.due,
        timeline=(*request.timeline, event(row, actor, env, reply.reasons or reply.conditions)),
    )
    return CommandResult(updated, notifications=(tell_requester(updated, env),))


def request_material(
    request: ShareRequest, actor: Actor, env: CommandEnv, material_notice: str
) -> CommandResult[ShareRequest]:
    """N3: one notice that lists every missing item, instead of a refusal; the reply clock
    stops until the requester sends the material."""
    facts = Facts(material_notice_sent=request.material_notice is not None)
    row = transition(REQUEST_FLOW, request.status, Action.REQUEST_MATERIAL, actor, env, facts=facts)
    text = material_notice.strip()
    raise_if_invalid(validate_material_notice(text, allowed=env.profile.material_notice_once))
    updated = bumped(
        request,
        env,
        status=row.next_state,
        material_notice=text,
        due=None,
        due_estimated=False,
        timeline=(*request.timeline, event(row, actor, env, text)),
    )
    return CommandResult(
        updated,
        notifications=(
            notice(
                env,
                "requester",
                recipient_department_id=request.requester_department_id,
                kind=NotificationKind.MATERIAL_REQUESTED,
                subject_entity=_ENTITY,
                subject_id=request.id,
            ),
        ),
    )


def resubmit_request(
    request: ShareRequest, resource: Resource, actor: Actor, env: CommandEnv, data: ResubmitInput
) -> CommandResult[ShareRequest]:
    """N3: the requester sends the missing material; the reply clock starts again today."""
    facts = Facts(share_attribute=resource.share.attribute)
    row = transition(REQUEST_FLOW, request.status, Action.RESUBMIT, actor, env, facts=facts)
    changed = replace(
        request,
        purpose=request.purpose if data.purpose is None else data.purpose.strip(),
        legal_basis=request.legal_basis if data.legal_basis is None else data.legal_basis.strip(),
        scenario=request.scenario if data.scenario is None else data.scenario.strip(),
        attachments=request.attachments if data.attachments is None else data.attachments,
    )
    raise_if_invalid(validate_request(changed, resource))
    dated = clock_due(row, env, env.today)
    updated = bumped(
        changed,
        env,
        status=row.next_state,
        received_on=env.today,
        due=None if dated is None else dated.due,
        due_estimated=False if dated is None else dated.estimated,
        timeline=(*request.timeline, event(row, actor, env, data.note.strip())),
    )
    return CommandResult(
        updated,
        notifications=(
            notice(
                env,
                "provider",
                recipient_department_id=request.provider_department_id,
                kind=NotificationKind.NEW_REQUEST,
                subject_entity=_ENTITY,
                subject_id=request.id,
                title_zh="申请部门已补正材料",
                title_en="The requester has sent the missing material",
            ),
        ),
    )


def tell_requester(
    request: ShareRequest, env: CommandEnv, title_zh: str = "", title_en: str = ""
) -> Notification:
    return notice(
        env,
        "requester",
        recipient_department_id=request.requester_department_id,
        kind=NotificationKind.REPLY_RECEIVED,
        subject_entity=_ENTITY,
        subject_id=request.id,
        title_zh=title_zh,
        title_en=title_en,
    )
