"""Feedback command endpoints (R20–R22, R15; N6) under ``/api/v1/feedback``: submit a doubt or
an error report, ask for and decide an extension, resolve, and the requester's answer — accept,
dispute or withdraw. The rules are :mod:`app.models.commands_feedback`'s.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter
from pydantic import Field

from app.models.commands_disputes import DisputeInput, raise_dispute
from app.models.commands_feedback import (
    FeedbackInput,
    accept_resolution,
    approve_extension,
    reject_extension,
    request_extension,
    resolve_feedback,
    submit_feedback,
    withdraw_feedback,
)
from app.models.entities import Feedback, Resource
from app.models.enums import DisputeSubject, FeedbackKind, FeedbackOutcome
from server.command_kit import CommandContext, IfMatch, command
from server.commands.support import (
    API,
    Body,
    NoteBody,
    actor_on,
    command_env,
    departments,
    load_as,
    store,
    store_new,
)

router = APIRouter(tags=["feedback / 疑义反馈"])
_ON_FEEDBACK = IfMatch("feedback", "feedback_id")
_BASE = f"{API}/feedback"


class SubmitFeedbackBody(Body):
    """R20: a doubt about shared data, or an obvious error in it."""

    id: UUID = Field(description="The feedback's id, chosen by the client (its outbox item)")
    resource_id: UUID = Field(description="The catalog entry whose data is in doubt")
    data_item: str = Field(description="The data item concerned (by name)")
    kind: FeedbackKind = Field(description="doubt (数据存疑) or error (明显错误)")
    description: str = Field(description="What looks wrong, so the provider can verify it")
    record_reference: str = Field("", description="Which record (e.g. a certificate number)")
    proposed_value: str = Field("", description="The value believed right (required for error)")
    attachment_ids: list[UUID] = Field(
        default_factory=list, description="Uploaded evidence (POST /attachments) to bind"
    )


class ExtensionBody(Body):
    """R20: more time to verify, for the head of the provider to approve."""

    days: int = Field(description="Extra working days (at most 15 under the provincial rules)")
    reason: str = Field(description="Why the verification needs longer, 10+ characters")


class RejectBody(Body):
    """R20: why the head refuses the extension."""

    reason: str = Field(description="Why the original deadline stands, 10+ characters")


class ResolveBody(Body):
    """R20/R22: the verification's result."""

    outcome: FeedbackOutcome = Field(description="corrected (已更正) or no_error (核实无误)")
    corrected_value: str = Field("", description="R22: the corrected value (for corrected)")
    explanation: str = Field("", description="How it was verified (for no_error, 10+ characters)")


class DisputeBody(Body):
    """R15: the requester disagrees with the result, or the verification is overdue."""

    dispute_id: UUID = Field(description="The new dispute's id, chosen by the client")
    reason: str = Field(description="Why the supervisor should coordinate, 10+ characters")


@command(router, "POST", _BASE, action="feedback.submit", status_code=201,
         summary="Report doubtful or wrong data / 提交疑义纠错")  # fmt: skip
def submit(ctx: CommandContext, body: SubmitFeedbackBody) -> Any:
    """R20: the provider verifies within the profile's clock (5 working days; N6: 10)."""
    resource = load_as(ctx, "resource", body.resource_id, Resource)
    ctx.ensure_new("feedback", body.id)
    data = FeedbackInput(
        id=body.id,
        data_item=body.data_item,
        kind=body.kind,
        description=body.description,
        record_reference=body.record_reference,
        proposed_value=body.proposed_value,
        attachments=tuple(ctx.attach(a, "feedback", body.id) for a in body.attachment_ids),
    )
    result = submit_feedback(data, resource, actor_on(ctx, None), command_env(ctx))
    return store_new(ctx, result, "feedback")


@command(router, "POST", f"{_BASE}/{{feedback_id}}/extension", action="feedback.extension",
         if_match=_ON_FEEDBACK, summary="More time to verify / 申请延长核实期限")  # fmt: skip
def extension(ctx: CommandContext, feedback_id: UUID, body: ExtensionBody) -> Any:
    """R20: the provider asks its head; nothing moves until the head approves."""
    feedback: Feedback = ctx.current
    result = request_extension(
        feedback, actor_on(ctx, feedback), command_env(ctx),
        days=body.days, reason=body.reason,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{feedback_id}}/extension/approve",
         action="feedback.extension_approve", if_match=_ON_FEEDBACK,
         summary="Approve the extension (head) / 批准延期")  # fmt: skip
def approve(ctx: CommandContext, feedback_id: UUID, body: NoteBody) -> Any:
    """R20: the provider's head approves; the user department is told of the new deadline."""
    feedback: Feedback = ctx.current
    env = command_env(ctx)
    return store(ctx, approve_extension(feedback, actor_on(ctx, feedback), env, body.note))


@command(router, "POST", f"{_BASE}/{{feedback_id}}/extension/reject",
         action="feedback.extension_reject", if_match=_ON_FEEDBACK,
         summary="Reject the extension (head) / 不批准延期")  # fmt: skip
def reject(ctx: CommandContext, feedback_id: UUID, body: RejectBody) -> Any:
    """R20: the head refuses; the original deadline stands."""
    feedback: Feedback = ctx.current
    env = command_env(ctx)
    return store(ctx, reject_extension(feedback, actor_on(ctx, feedback), env, body.reason))


@command(router, "POST", f"{_BASE}/{{feedback_id}}/resolve", action="feedback.resolve",
         if_match=_ON_FEEDBACK, summary="Resolve the feedback / 反馈核实结果")  # fmt: skip
def resolve(ctx: CommandContext, feedback_id: UUID, body: ResolveBody) -> Any:
    """R20/R22: corrected (the user department is told) or no error (explained)."""
    feedback: Feedback = ctx.current
    result = resolve_feedback(
        feedback, actor_on(ctx, feedback), command_env(ctx),
        outcome=body.outcome, corrected_value=body.corrected_value, explanation=body.explanation,
    )  # fmt: skip
    return store(ctx, result)


@command(router, "POST", f"{_BASE}/{{feedback_id}}/accept", action="feedback.accept",
         if_match=_ON_FEEDBACK, summary="Accept the result / 确认核实结果")  # fmt: skip
def accept(ctx: CommandContext, feedback_id: UUID, body: NoteBody) -> Any:
    """R22: the requester accepts the result; the matter is closed."""
    feedback: Feedback = ctx.current
    env = command_env(ctx)
    return store(ctx, accept_resolution(feedback, actor_on(ctx, feedback), env, body.note))


@command(router, "POST", f"{_BASE}/{{feedback_id}}/withdraw", action="feedback.withdraw",
         if_match=_ON_FEEDBACK, summary="Withdraw the feedback / 撤回反馈")  # fmt: skip
def withdraw(ctx: CommandContext, feedback_id: UUID, body: NoteBody) -> Any:
    """R20: the requester takes back feedback still being verified."""
    feedback: Feedback = ctx.current
    env = command_env(ctx)
    return store(ctx, withdraw_feedback(feedback, actor_on(ctx, feedback), env, body.note))


@command(router, "POST", f"{_BASE}/{{feedback_id}}/dispute", action="feedback.dispute",
         if_match=_ON_FEEDBACK, summary="Dispute the result / 对核实结果提请协调")  # fmt: skip
def dispute(ctx: CommandContext, feedback_id: UUID, body: DisputeBody) -> Any:
    """R15: the supervisor is asked to coordinate; answers the feedback (now disputed). The
    new dispute reaches both parties and the supervisor through the change feed."""
    feedback: Feedback = ctx.current
    ctx.ensure_new("dispute", body.dispute_id)
    known = departments(ctx)
    data = DisputeInput(
        id=body.dispute_id,
        subject=DisputeSubject.FEEDBACK,
        subject_id=feedback.id,
        reason=body.reason,
    )
    actor = actor_on(ctx, feedback, known)
    result = raise_dispute(data, feedback, actor, known, command_env(ctx))
    (changed,) = result.related
    stored = ctx.save(changed)
    ctx.save(result.entity)
    for extra in result.notifications:
        ctx.save(extra)
    return stored
