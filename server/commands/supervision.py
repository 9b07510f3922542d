"""Supervisor command endpoints (R5, R14, R17, R24, R25): acknowledge a filing
(``/api/v1/filings/{id}/acknowledge``) and remind a department that has to act
(``/api/v1/reminders``). The rules are :mod:`app.models.commands_supervision`'s.
"""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from fastapi import APIRouter
from pydantic import Field

from app.models.commands_supervision import acknowledge_filing, send_reminder
from app.models.entities import Feedback, Filing, Resource, ShareRequest
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

router = APIRouter(tags=["supervision / 监督管理"])
_SUBJECTS: dict[str, type[Any]] = {
    "request": ShareRequest,
    "feedback": Feedback,
    "resource": Resource,
}


class ReminderBody(Body):
    """R24/R25: a reminder about a request, feedback or catalog entry in the jurisdiction."""

    id: UUID = Field(description="The reminder's id (a notification), chosen by the client")
    subject_entity: Literal["request", "feedback", "resource"] = Field(
        description="What the reminder is about"
    )
    subject_id: UUID = Field(description="The request, feedback or catalog entry")
    message: str = Field("", description="What the supervisor wants done")


@command(router, "POST", f"{API}/filings/{{filing_id}}/acknowledge", action="filing.acknowledge",
         if_match=IfMatch("filing", "filing_id"),
         summary="Acknowledge a filing / 确认备案")  # fmt: skip
def acknowledge(ctx: CommandContext, filing_id: UUID, body: NoteBody) -> Any:
    """R5/R14/R17: the supervisor acknowledges; the filing department hears of it."""
    filed: Filing = ctx.current
    env = command_env(ctx)
    return store(ctx, acknowledge_filing(filed, actor_on(ctx, filed), env, body.note))


@command(router, "POST", f"{API}/reminders", action="reminder.send", status_code=201,
         summary="Remind a department / 督办提醒")  # fmt: skip
def remind(ctx: CommandContext, body: ReminderBody) -> Any:
    """R24/R25: the supervisor of the jurisdiction reminds whoever has to act next; the
    reminder is a notification to that department."""
    subject = load_as(ctx, body.subject_entity, body.subject_id, _SUBJECTS[body.subject_entity])
    ctx.ensure_new("notification", body.id)
    actor = actor_on(ctx, subject, departments(ctx))
    env = command_env(ctx)
    result = send_reminder(body.id, subject, actor, env, body.message)
    return store_new(ctx, result, "notifications")
