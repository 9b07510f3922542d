"""Dispute command endpoints (R15, R7; N9) under ``/api/v1/disputes``: raise a dispute about a
request, feedback or inconsistent data, decide it, escalate it up the ladder of supervisors
(national rules), and withdraw it. The rules are :mod:`app.models.commands_disputes`'s.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter
from pydantic import Field

from app.models.commands_disputes import (
    DisputeInput,
    decide_dispute,
    escalate_dispute,
    raise_dispute,
    withdraw_dispute,
)
from app.models.entities import Dispute, Feedback, Resource, ShareRequest
from app.models.enums import DisputeSubject
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

router = APIRouter(tags=["disputes / 争议协调"])
_ON_DISPUTE = IfMatch("dispute", "dispute_id")
_BASE = f"{API}/disputes"
_SUBJECTS: dict[DisputeSubject, tuple[str, type[Any]]] = {
    DisputeSubject.REQUEST: ("request", ShareRequest),
    DisputeSubject.FEEDBACK: ("feedback", Feedback),
    DisputeSubject.INCONSISTENT_DATA: ("resource", Resource),
}


class RaiseDisputeBody(Body):
    """R15/R7: what the raising department asks the supervisor to coordinate."""

    id: UUID = Field(description="The dispute's id, chosen by the client (its outbox item)")
    subject: DisputeSubject = Field(
        description="request (R15), feedback (R15) or inconsistent_data (R7, about a resource)"
    )
    subject_id: UUID = Field(description="The request, feedback or resource concerned")
    reason: str = Field(description="Why the supervisor should coordinate, 10+ characters")


class DecideBody(Body):
    """R15: the coordinating supervisor's decision."""

    decision: str = Field(description="The decision both parties are told")


class EscalateBody(Body):
    """N9: why the dispute goes to the next supervisor up."""

    reason: str = Field(description="Why it cannot be settled at this level, 10+ characters")


@command(router, "POST", _BASE, action="dispute.raise", status_code=201,
         summary="Ask the supervisor to coordinate / 提请主管部门协调")  # fmt: skip
def raise_(ctx: CommandContext, body: RaiseDisputeBody) -> Any:
    """R15 (user and provider) or R7 (inconsistent data): the nearest supervisor over both
    departments coordinates; a disputed feedback becomes ``disputed``."""
    entity, cls = _SUBJECTS[body.subject]
    subject = load_as(ctx, entity, body.subject_id, cls)
    ctx.ensure_new("dispute", body.id)
    known = departments(ctx)
    data = DisputeInput(
        id=body.id, subject=body.subject, subject_id=body.subject_id, reason=body.reason
    )
    actor = actor_on(ctx, subject, known)
    result = raise_dispute(data, subject, actor, known, command_env(ctx))
    return store_new(ctx, result, "disputes")


@command(router, "POST", f"{_BASE}/{{dispute_id}}/decide", action="dispute.decide",
         if_match=_ON_DISPUTE, summary="Decide a dispute / 作出协调意见")  # fmt: skip
def decide(ctx: CommandContext, dispute_id: UUID, body: DecideBody) -> Any:
    """R15: the supervisor of the jurisdiction decides (N9: the higher one after escalation)."""
    dispute: Dispute = ctx.current
    env = command_env(ctx)
    return store(ctx, decide_dispute(dispute, actor_on(ctx, dispute), env, body.decision))


@command(router, "POST", f"{_BASE}/{{dispute_id}}/escalate", action="dispute.escalate",
         if_match=_ON_DISPUTE, summary="Escalate a dispute / 提请上级主管部门协调")  # fmt: skip
def escalate(ctx: CommandContext, dispute_id: UUID, body: EscalateBody) -> Any:
    """N9 (national rules): not settled here, the dispute goes to the next supervisor up."""
    dispute: Dispute = ctx.current
    known = departments(ctx)
    actor = actor_on(ctx, dispute, known)
    env = command_env(ctx)
    return store(ctx, escalate_dispute(dispute, actor, known, env, body.reason))


@command(router, "POST", f"{_BASE}/{{dispute_id}}/withdraw", action="dispute.withdraw",
         if_match=_ON_DISPUTE, summary="Withdraw a dispute / 撤回争议")  # fmt: skip
def withdraw(ctx: CommandContext, dispute_id: UUID, body: NoteBody) -> Any:
    """R15: the department that raised the dispute takes it back."""
    dispute: Dispute = ctx.current
    env = command_env(ctx)
    return store(ctx, withdraw_dispute(dispute, actor_on(ctx, dispute), env, body.note))
