"""What every command endpoint does around its domain command: build the actor and the setting,
load the departments and the objects a command needs, and store what the command made.

The domain commands (:mod:`app.models.commands` and its siblings) decide; this module feeds
them what the database holds and writes their :class:`~app.models.commands.CommandResult` back —
the entity, its side effects (filings, suspensions, disputes, changed related objects) and its
notifications — in the handler's one transaction, each through ``ctx.save`` so the change feed
and the audiences follow.

The command id the domain derives side-effect ids from is ``ctx.command_id`` — the
``Idempotency-Key`` (the client's outbox id) — so an offline client that ran the same command
shows the same ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar
from uuid import UUID

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from app.models.codec import from_json_dict
from app.models.commands import Actor, CommandEnv, CommandResult, side_of
from app.models.entities import Department, Suspension
from app.models.enums import SuspensionKind, SuspensionStatus
from server import db, schema
from server.command_kit import CommandContext, created
from server.command_kit import CommandResult as Answer

E = TypeVar("E")

# Every write path of the API sits under this prefix.
API = "/api/v1"


class Body(BaseModel):
    """Request bodies refuse unknown members, so a misspelt field is a 422, not a silent no-op."""

    model_config = ConfigDict(extra="forbid")


class NoteBody(Body):
    """A command that needs no input beyond an optional note for the timeline."""

    note: str = ""


def departments(ctx: CommandContext) -> dict[UUID, Department]:
    """Every department, for sides and supervisor chains (a small table)."""
    rows: list[str] = list(ctx.conn.execute(sa.select(schema.departments.c.data)).scalars())
    found = (from_json_dict(Department, db.loads(text)) for text in rows)
    return {department.id: department for department in found}


def actor_on(
    ctx: CommandContext, entity: object | None, known: Mapping[UUID, Department] | None = None
) -> Actor:
    """The signed-in officer, on the side their department has for ``entity``."""
    actor = Actor(user_id=ctx.user_id, department_id=ctx.department_id, roles=ctx.principal.roles)
    if entity is None:
        return actor
    return actor.on(side_of(actor, entity, known if known is not None else departments(ctx)))


def command_env(ctx: CommandContext) -> CommandEnv:
    """The domain setting: the outbox id, the rules and the calendar in force, and now."""
    return CommandEnv(
        command_id=ctx.command_id, profile=ctx.profile(), calendar=ctx.calendar(), now=ctx.now
    )


def store(ctx: CommandContext, result: CommandResult[E]) -> E:
    """Write the entity and every side effect; return the entity as stored."""
    stored: E = ctx.save(result.entity)
    for extra in result.objects()[1:]:
        ctx.save(extra)
    return stored


def store_new(ctx: CommandContext, result: CommandResult[E], collection: str) -> Answer:
    """Store a created entity and answer 201 with its ``Location``."""
    stored = store(ctx, result)
    return created(stored, location=f"{API}/{collection}/{getattr(stored, 'id')}")  # noqa: B009


def load_as(ctx: CommandContext, entity: str, entity_id: object, cls: type[E]) -> E:
    """A visible object of type ``cls`` (404 when missing or foreign)."""
    found = ctx.load_visible(entity, entity_id)
    if not isinstance(found, cls):  # pragma: no cover - the kinds table decides the class
        raise TypeError(f"{entity} {entity_id} is not a {cls.__name__}")
    return found


def active_suspension(ctx: CommandContext, request_id: UUID) -> Suspension | None:
    """The suspension (not a termination) in force on a request, the latest first (R17)."""
    table = schema.suspensions
    active = (
        table.c.request_id == str(request_id),
        table.c.status == SuspensionStatus.ACTIVE.value,
    )
    rows: list[str] = list(
        ctx.conn.execute(
            sa.select(table.c.data).where(*active).order_by(table.c.created_at.desc())
        ).scalars()
    )
    for text in rows:
        suspension = from_json_dict(Suspension, db.loads(text))
        if suspension.kind is SuspensionKind.SUSPEND:
            return suspension
    return None


def next_reply_number(ctx: CommandContext, department_id: UUID, year: int) -> int:
    """The provider's next reply sequence for ``year`` (R13 document numbers), in this
    transaction: a refused reply gives its number back."""
    key = f"reply_seq:{department_id}:{year}"
    current = int(schema.get_setting(ctx.conn, key) or "0")
    schema.put_setting(ctx.conn, key, str(current + 1))
    return current + 1


def department_prefix(known: Mapping[UUID, Department], department_id: UUID) -> str:
    """The issuer part of a reply number: the provider's short name, then 答 (reply)."""
    department = known.get(department_id)
    name = "" if department is None else department.short_name or department.name
    return f"{name or '共享'}答"
