"""Share-request command endpoints (R11–R14, R17; N1–N4) under ``/api/v1/requests``.

Each endpoint loads what the domain command needs, runs it (:mod:`app.models.commands_requests`,
``commands_consent``, ``commands_misuse``) and stores the result; authentication, the
``Idempotency-Key``, ``If-Match`` and the audit come from :func:`server.command_kit.command`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from pydantic import Field

from app.models.commands_consent import (
    agree_request,
    decline_request,
    deliver_request,
    extend_reply,
)
from app.models.commands_misuse import lift_suspension, suspend_request, terminate_request
from app.models.commands_requests import (
    ReplyInput,
    RequestInput,
    ResubmitInput,
    reply_to_request,
    request_material,
    resubmit_request,
    submit_request,
    withdraw_request,
)
from app.models.entities import Resource, ShareRequest
from app.models.enums import DeliveryMethod, ReplyDecision
from app.models.errors import DomainError
from server.command_kit import CommandContext, IfMatch, command
from server.commands.support import (
    API,
    Body,
    NoteBody,
    active_suspension,
    actor_on,
    command_env,
    department_prefix,
    departments,
    load_as,
    next_reply_number,
    store,
    store_new,
)

router = APIRouter(tags=["requests / 共享申请"])
_ON_REQUEST = IfMatch("request", "request_id")
_BASE = f"{API}/requests"


class SubmitRequestBody(Body):
    """R11: what the user department states when it asks for a resource."""

    id: UUID = Field(description="The request's id, chosen by the client (its outbox item)")
    resource_id: UUID = Field(description="The catalog entry asked for (must be published)")
    purpose: str = Field(description="R11: the duty the data serves (使用用途), 10+ characters")
    legal_basis: str = Field("", description="R13: the legal basis (申请依据) of the request")
    scenario: str = Field("", description="R13/R14: the scenario of use (应用场景)")
    data_items: list[str] = Field(description="R11: names of the data items wanted")
    usage_scope: str = Field("", description="R4: where the data will be used (使用范围)")
    period_start: date | None = Field(None, description="First day of the period of use")
    period_end: date | None = Field(None, description="Last day of the period of use")
    contact_name: str = Field("", description="Contact for the reply (R13) or the talks (R14)")
    contact_phone: str = Field("", description="The contact's phone: mobile or landline")
    attachment_ids: list[UUID] = Field(
        default_factory=list, description="Uploaded attachments (POST /attachments) to bind"
    )


class ReplyBody(Body):
    """R13: the provider's written reply (书面答复)."""

    decision: ReplyDecision = Field(description="approve / approve_with_conditions / refuse")
    reasons: str = Field("", description="R13: required to refuse — why the request is refused")
    conditions: str = Field("", description="Required to approve with conditions")
    delivery_method: DeliveryMethod | None = Field(
        None, description="R8: how the data travels on the platform (required to approve)"
    )
    number_prefix: str = Field(
        "", description="Issuer abbreviation of the reply number (default: the provider's name)"
    )


class MaterialNoticeBody(Body):
    """N3: the one-time notice of everything missing (national rules)."""

    notice: str = Field(description="Every missing item, in one notice")


class ResubmitBody(Body):
    """N3: the requester's answer to the notice; fields left out keep their value."""

    purpose: str | None = Field(None, description="A clearer purpose of use")
    legal_basis: str | None = Field(None, description="The legal basis, completed")
    scenario: str | None = Field(None, description="The scenario of use, completed")
    attachment_ids: list[UUID] | None = Field(
        None, description="The attachments now bound to the request (replaces the list)"
    )
    note: str = Field("", description="A note for the timeline")


class ExtendReplyBody(Body):
    """N2: the supervisor's longer reply period for a conditional request."""

    days: int = Field(description="Extra working days (at most the profile's cap)")
    reason: str = Field(description="Why the provider needs more time")


class TermsBody(Body):
    """R14: what was agreed in the negotiation; filed with the supervisor."""

    terms: str = Field(description="The agreed terms of provision (filed, R14)")


class ReasonsBody(Body):
    """A decision that must state its reasons (R14 decline, R17 misuse)."""

    reasons: str = Field(description="Why, in at least 10 characters")


def _attachments(ctx: CommandContext, request_id: UUID, ids: list[UUID]) -> tuple[Any, ...]:
    return tuple(ctx.attach(attachment_id, "request", request_id) for attachment_id in ids)


@command(router, "POST", _BASE, action="request.submit", status_code=201,
         summary="Submit a share request / 提交共享申请")  # fmt: skip
def submit(ctx: CommandContext, body: SubmitRequestBody) -> Any:
    """R12 unconditional: granted at once (provincial rules); R13 conditional: the provider
    replies within 10 working days; R14 not shared: the departments negotiate."""
    resource = load_as(ctx, "resource", body.resource_id, Resource)
    ctx.ensure_new("request", body.id)
    data = RequestInput(
        id=body.id,
        purpose=body.purpose,
        legal_basis=body.legal_basis,
        scenario=body.scenario,
        data_items=tuple(body.data_items),
        usage_scope=body.usage_scope,
        period_start=body.period_start,
        period_end=body.period_end,
        contact_name=body.contact_name,
        contact_phone=body.contact_phone,
        attachments=_attachments(ctx, body.id, body.attachment_ids),
    )
    result = submit_request(data, resource, actor_on(ctx, None), command_env(ctx))
    return store_new(ctx, result, "requests")


@command(router, "POST", f"{_BASE}/{{request_id}}/withdraw", action="request.withdraw",
         if_match=_ON_REQUEST, summary="Withdraw a request / 撤回申请")  # fmt: skip
def withdraw(ctx: CommandContext, request_id: UUID, body: NoteBody) -> Any:
    """R11: the requester takes back a request still open."""
    request: ShareRequest = ctx.current
    result = withdraw_request(request, actor_on(ctx, request), command_env(ctx), body.note)
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{request_id}}/reply", action="request.reply",
         if_match=_ON_REQUEST, summary="Reply in writing / 书面答复")  # fmt: skip
def reply(ctx: CommandContext, request_id: UUID, body: ReplyBody) -> Any:
    """R13: approve, approve with conditions, or refuse with reasons. The reply number comes
    from the provider's yearly counter."""
    request: ShareRequest = ctx.current
    known = departments(ctx)
    env = command_env(ctx)
    actor = actor_on(ctx, request, known)
    prefix = body.number_prefix or department_prefix(known, request.provider_department_id)
    data = ReplyInput(
        decision=body.decision,
        reasons=body.reasons,
        conditions=body.conditions,
        delivery_method=body.delivery_method,
        number_prefix=prefix,
        sequence=None,
    )
    reply_to_request(request, actor, env, data)  # refused before a number is taken
    sequence = next_reply_number(ctx, request.provider_department_id, env.today.year)
    numbered = replace(data, sequence=sequence)
    return store(ctx, reply_to_request(request, actor, env, numbered))


@command(router, "POST", f"{_BASE}/{{request_id}}/material-notice",
         action="request.material_notice", if_match=_ON_REQUEST,
         summary="One-time notice of missing material / 一次性告知补正材料")  # fmt: skip
def material_notice(ctx: CommandContext, request_id: UUID, body: MaterialNoticeBody) -> Any:
    """N3 (national rules): one notice listing everything missing; the reply clock waits."""
    request: ShareRequest = ctx.current
    actor = actor_on(ctx, request)
    return store(ctx, request_material(request, actor, command_env(ctx), body.notice))


@command(router, "POST", f"{_BASE}/{{request_id}}/resubmit", action="request.resubmit",
         if_match=_ON_REQUEST, summary="Resubmit with the material / 补正后重新提交")  # fmt: skip
def resubmit(ctx: CommandContext, request_id: UUID, body: ResubmitBody) -> Any:
    """N3: the requester sends the missing material; the reply clock starts again."""
    request: ShareRequest = ctx.current
    resource = load_as(ctx, "resource", request.resource_id, Resource)
    data = ResubmitInput(
        purpose=body.purpose,
        legal_basis=body.legal_basis,
        scenario=body.scenario,
        attachments=None
        if body.attachment_ids is None
        else _attachments(ctx, request.id, body.attachment_ids),
        note=body.note,
    )
    actor = actor_on(ctx, request)
    return store(ctx, resubmit_request(request, resource, actor, command_env(ctx), data))


@command(router, "POST", f"{_BASE}/{{request_id}}/extend-reply", action="request.extend_reply",
         if_match=_ON_REQUEST, summary="Extend the reply deadline / 延长答复期限")  # fmt: skip
def extend(ctx: CommandContext, request_id: UUID, body: ExtendReplyBody) -> Any:
    """N2 (national rules): the supervisor grants up to 10 more working days."""
    request: ShareRequest = ctx.current
    resource = load_as(ctx, "resource", request.resource_id, Resource)
    result = extend_reply(
        request, resource, actor_on(ctx, request), command_env(ctx),
        days=body.days, reason=body.reason,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{request_id}}/deliver", action="request.deliver",
         if_match=_ON_REQUEST, summary="Deliver the data / 交付数据")  # fmt: skip
def deliver(ctx: CommandContext, request_id: UUID, body: NoteBody) -> Any:
    """N4 (national rules): delivery within 20 working days after consent."""
    request: ShareRequest = ctx.current
    actor = actor_on(ctx, request)
    return store(ctx, deliver_request(request, actor, command_env(ctx), body.note))


@command(router, "POST", f"{_BASE}/{{request_id}}/agree", action="request.agree",
         if_match=_ON_REQUEST, summary="Agree after negotiation / 协商同意提供")  # fmt: skip
def agree(ctx: CommandContext, request_id: UUID, body: TermsBody) -> Any:
    """R14: the provider agrees to provide not-shared data; the agreement is filed."""
    request: ShareRequest = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, request, known)
    return store(ctx, agree_request(request, actor, known, command_env(ctx), body.terms))


@command(router, "POST", f"{_BASE}/{{request_id}}/decline", action="request.decline",
         if_match=_ON_REQUEST, summary="Decline after negotiation / 协商不同意提供")  # fmt: skip
def decline(ctx: CommandContext, request_id: UUID, body: ReasonsBody) -> Any:
    """R14: the negotiation ends without agreement, with reasons."""
    request: ShareRequest = ctx.current
    actor = actor_on(ctx, request)
    return store(ctx, decline_request(request, actor, command_env(ctx), body.reasons))


@command(router, "POST", f"{_BASE}/{{request_id}}/suspend", action="request.suspend",
         if_match=_ON_REQUEST, summary="Suspend for misuse / 暂停提供")  # fmt: skip
def suspend(ctx: CommandContext, request_id: UUID, body: ReasonsBody) -> Any:
    """R17: provision stops after misuse; the report is filed with the supervisor."""
    request: ShareRequest = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, request, known)
    env = command_env(ctx)
    return store(ctx, suspend_request(request, actor, known, env, body.reasons))


@command(router, "POST", f"{_BASE}/{{request_id}}/terminate", action="request.terminate",
         if_match=_ON_REQUEST, summary="Terminate for misuse / 终止提供")  # fmt: skip
def terminate(ctx: CommandContext, request_id: UUID, body: ReasonsBody) -> Any:
    """R17: provision ends for good after misuse; the report is filed with the supervisor."""
    request: ShareRequest = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, request, known)
    env = command_env(ctx)
    return store(ctx, terminate_request(request, actor, known, env, body.reasons))


@command(router, "POST", f"{_BASE}/{{request_id}}/lift", action="request.lift",
         if_match=_ON_REQUEST, summary="Lift a suspension / 恢复提供")  # fmt: skip
def lift(ctx: CommandContext, request_id: UUID, body: NoteBody) -> Any:
    """R17: provision resumes; the request returns to its state before the suspension."""
    request: ShareRequest = ctx.current
    actor = actor_on(ctx, request)
    suspension = active_suspension(ctx, request.id)
    if suspension is None:
        raise DomainError(
            code="workflow.illegal_transition",
            message_zh="该申请没有生效中的暂停，无需恢复。",
            message_en="No suspension is in force on this request.",
            rule="R17",
        )
    result = lift_suspension(request, suspension, actor, command_env(ctx), body.note)
    return store(ctx, result)
