"""The domain commands' common ground: who acts, on which side, in what setting, with what result.

A domain command is the one place where a workflow action is applied to an entity. Each is a pure
function (in ``commands_requests``, ``commands_consent``, ``commands_misuse``,
``commands_feedback``, ``commands_disputes``, ``commands_catalog`` and ``commands_supervision``)
that takes the current
entity (or input to create one), an :class:`Actor`, the command's input and a
:class:`CommandEnv` (command id, rule profile, working-day calendar, the moment ``now``). It
validates (:mod:`app.models.validation`), asks the state machine for the transition
(:mod:`app.models.workflows`), counts due dates on the working-day calendar, appends a
:class:`~app.models.entities.TimelineEvent`, bumps ``version`` and ``updated_at`` and returns a
:class:`CommandResult`: the entity as it now is, plus the filings, notifications, suspensions,
disputes and other changed objects the action brings about.

The server runs these functions before it stores anything; the client runs the same ones offline
to show queued work as it will be. To keep the two in agreement everything is deterministic: the
ids of side-effect objects are ``uuid5`` of the command id (the outbox id, sent as
``Idempotency-Key``), and "today" for a clock is the Asia/Shanghai date of ``now``.

This module also holds :func:`side_of`, which works out the caller's :class:`ActorSide` for an
object from the departments (requester, provider, supervisor of the jurisdiction, the higher
supervisor of an escalated dispute).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any, Generic, TypeVar
from uuid import UUID

from app.models.entities import (
    Department,
    Dispute,
    Feedback,
    Filing,
    Notification,
    Resource,
    ShareRequest,
    Suspension,
    TimelineEvent,
)
from app.models.enums import DisputeStatus, FilingKind, NotificationKind, Role
from app.models.errors import DomainError, FieldError
from app.models.profiles import RuleProfile
from app.models.validation import REASON_MIN_LENGTH, meaningful_length
from app.models.workdays import WorkingCalendar
from app.models.workflows import (
    NO_FACTS,
    Action,
    ActorSide,
    Facts,
    StateMachine,
    Transition,
    clock_for,
)

__all__ = [
    "SHANGHAI",
    "Actor",
    "CommandEnv",
    "CommandResult",
    "Dated",
    "chain_of",
    "common_supervisor",
    "field_problem",
    "side_of",
]

# China keeps no daylight saving time: the platform's day is UTC+8 all year.
SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")

E = TypeVar("E")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Actor:
    """The officer who acts: user, department, roles, and their side relative to the object.

    ``side`` is computed by :func:`side_of` for the object the command acts on (the existing
    entity, or the subject of a new dispute or reminder). Commands that create an object and
    make the actor's department its party by construction (a request, feedback, a catalog
    draft) take the side from the new object themselves.
    """

    user_id: UUID
    department_id: UUID
    roles: frozenset[Role]
    side: ActorSide = ActorSide.ANY

    def on(self, side: ActorSide) -> Actor:
        return replace(self, side=side)


@dataclass(frozen=True, slots=True)
class CommandEnv:
    """The setting of one command: its id, the rules and calendar in force, and the moment."""

    command_id: UUID
    profile: RuleProfile
    calendar: WorkingCalendar
    now: datetime

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("CommandEnv.now must be an aware datetime")

    @property
    def today(self) -> date:
        """The platform's day (Asia/Shanghai), where working-day clocks start."""
        return self.now.astimezone(SHANGHAI).date()

    def derived_id(self, label: str) -> UUID:
        """A side-effect object's id: the same for the same command on client and server."""
        return uuid.uuid5(self.command_id, label)


@dataclass(frozen=True, slots=True)
class Dated:
    """A due date as stored on an entity, with whether an unpublished year made it an estimate."""

    due: date
    estimated: bool


@dataclass(frozen=True, slots=True)
class CommandResult(Generic[E]):
    """What a command made: ``entity`` and its side effects, in the order they are stored.

    ``related`` holds existing objects the command also changed (the request a dispute is about,
    the suspension a lift ends); the other tuples hold new objects.
    """

    entity: E
    related: tuple[object, ...] = ()
    suspensions: tuple[Suspension, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    filings: tuple[Filing, ...] = ()
    notifications: tuple[Notification, ...] = ()

    def objects(self) -> tuple[object, ...]:
        """Everything to store, the entity first (a suspension after its request, a filing
        after what it records, notifications last)."""
        return (
            self.entity,
            *self.related,
            *self.suspensions,
            *self.disputes,
            *self.filings,
            *self.notifications,
        )


# ------------------------------------------------------------------------------ sides


def chain_of(department_id: UUID, departments: Mapping[UUID, Department]) -> list[UUID]:
    """The supervisors whose jurisdiction holds ``department_id``, nearest first (R15, R24)."""
    chain: list[UUID] = []
    current = departments.get(department_id)
    while current is not None and current.supervisor_department_id is not None:
        supervisor = current.supervisor_department_id
        if supervisor in chain:  # a loop in bad data must not hang a command
            break
        chain.append(supervisor)
        current = departments.get(supervisor)
    return chain


def common_supervisor(
    parties: Iterable[UUID], departments: Mapping[UUID, Department]
) -> UUID | None:
    """The nearest supervisor whose jurisdiction holds every party and who is none of them."""
    members = list(dict.fromkeys(parties))
    if not members:
        return None
    chains = [chain_of(party, departments) for party in members]
    for candidate in chains[0]:
        if candidate not in members and all(candidate in chain for chain in chains[1:]):
            return candidate
    return None


def _in_jurisdiction(
    department_id: UUID, parties: Iterable[UUID | None], departments: Mapping[UUID, Department]
) -> bool:
    return any(
        party is not None and department_id in chain_of(party, departments) for party in parties
    )


def side_of(
    actor: Actor, entity: object | None, departments: Mapping[UUID, Department]
) -> ActorSide:
    """The side ``actor``'s department is on for ``entity`` (ANY when it is none of them).

    Requests and feedback: requester, provider, or supervisor of either party's jurisdiction.
    Catalog entries: provider, or supervisor of the provider's jurisdiction. Filings: the filing
    department is the provider side; the supervisor named on it, or one above, the supervisor.
    Disputes (R15, N9): the raiser, the other party, the supervisor that coordinates, and after
    an escalation the higher supervisor it went to.
    """
    mine = actor.department_id
    if isinstance(entity, ShareRequest | Feedback):
        if mine == entity.requester_department_id:
            return ActorSide.REQUESTER
        if mine == entity.provider_department_id:
            return ActorSide.PROVIDER
        parties = (entity.requester_department_id, entity.provider_department_id)
        if _in_jurisdiction(mine, parties, departments):
            return ActorSide.SUPERVISOR
        return ActorSide.ANY
    if isinstance(entity, Resource):
        if mine == entity.provider_department_id:
            return ActorSide.PROVIDER
        if _in_jurisdiction(mine, (entity.provider_department_id,), departments):
            return ActorSide.SUPERVISOR
        return ActorSide.ANY
    if isinstance(entity, Filing):
        if mine == entity.department_id:
            return ActorSide.PROVIDER
        if mine == entity.supervisor_department_id or _in_jurisdiction(
            mine, (entity.supervisor_department_id,), departments
        ):
            return ActorSide.SUPERVISOR
        return ActorSide.ANY
    if isinstance(entity, Dispute):
        if entity.status is DisputeStatus.ESCALATED and mine == entity.escalated_to_department_id:
            return ActorSide.HIGHER_SUPERVISOR
        if mine == entity.supervisor_department_id:
            return ActorSide.SUPERVISOR
        if mine == entity.raised_by_department_id:
            return ActorSide.RAISER
        if mine == entity.against_department_id:
            return ActorSide.PARTY
        return ActorSide.ANY
    return ActorSide.ANY


# ------------------------------------------------------------------------------ shared steps


def transition(
    flow: StateMachine[Any],
    state: Any,
    action: Action,
    actor: Actor,
    env: CommandEnv,
    *,
    facts: Facts = NO_FACTS,
) -> Transition[Any]:
    """The state machine's answer for this actor (raises the officer-facing refusal)."""
    return flow.transition(state, action, actor.roles, actor.side, env.profile, facts=facts)


def clock_due(row: Transition[Any], env: CommandEnv, start: date) -> Dated | None:
    """Where the clock ``row`` starts ends, counted from ``start`` (None: no clock)."""
    clock = clock_for(row, env.profile)
    if clock is None or clock.working_days is None:
        return None
    found = env.calendar.due_date(start, clock.working_days)
    return Dated(found.date, found.estimated)


def event(row: Transition[Any], actor: Actor, env: CommandEnv, note: str = "") -> TimelineEvent:
    """The timeline entry of ``row`` taken by ``actor`` now."""
    return TimelineEvent(
        at=env.now,
        actor_user_id=actor.user_id,
        actor_department_id=actor.department_id,
        action=row.action.value,
        note=note,
        status_after=row.next_state.value,
        rule=row.rule,
    )


def bumped(entity: _T, env: CommandEnv, **changes: Any) -> _T:
    """``entity`` with ``changes``, its version bumped and ``updated_at`` set to now."""
    version = getattr(entity, "version")  # noqa: B009 -- every stored entity has one
    return replace(entity, version=version + 1, updated_at=env.now, **changes)  # type: ignore[type-var]


def notice(
    env: CommandEnv,
    label: str,
    *,
    recipient_department_id: UUID,
    kind: NotificationKind,
    subject_entity: str,
    subject_id: UUID,
    recipient_user_id: UUID | None = None,
    title_zh: str = "",
    title_en: str = "",
) -> Notification:
    """A notification with an id derived from the command (``label`` tells them apart)."""
    return Notification(
        id=env.derived_id(f"notification:{label}"),
        recipient_department_id=recipient_department_id,
        recipient_user_id=recipient_user_id,
        kind=kind,
        subject_entity=subject_entity,
        subject_id=subject_id,
        title_zh=title_zh or kind.zh,
        title_en=title_en or kind.en,
        created_at=env.now,
    )


def filing(
    env: CommandEnv,
    actor: Actor,
    *,
    kind: FilingKind,
    subject_id: UUID,
    department_id: UUID,
    supervisor_department_id: UUID,
    summary: str,
) -> Filing:
    """A filing with the supervisor (R5, R14, R17), its id derived from the command."""
    return Filing(
        id=env.derived_id("filing"),
        kind=kind,
        subject_id=subject_id,
        department_id=department_id,
        supervisor_department_id=supervisor_department_id,
        summary=summary,
        filed_by_user_id=actor.user_id,
        filed_at=env.now,
        created_at=env.now,
        updated_at=env.now,
    )


def supervisor_for(department_id: UUID, departments: Mapping[UUID, Department]) -> UUID:
    """The supervisor a department files with and whose review it needs (R3, R5, R14, R17)."""
    chain = chain_of(department_id, departments)
    if not chain:
        raise DomainError(
            code="command.no_supervisor",
            message_zh="找不到该部门的共享主管部门，无法报送或提请。",
            message_en="The department has no sharing supervisor to file with or report to.",
            details={"department_id": str(department_id)},
        )
    return chain[0]


def field_problem(field: str, code: str, zh: str, en: str, rule: str | None = None) -> DomainError:
    """A refusal about one input field that :mod:`app.models.validation` has no check for."""
    return DomainError(
        code=code,
        message_zh=zh,
        message_en=en,
        rule=rule,
        field_errors=(FieldError(field, code, zh, en),),
    )


def is_overdue(due: date | None, env: CommandEnv) -> bool:
    """The clock has run out: its due day has closed (R15 with R25)."""
    return due is not None and env.today > due


def require_reason(text: str, field: str, rule: str | None) -> None:
    """Reasons that bind a department are written out (R13, R14, R15, R17, R20)."""
    if meaningful_length(text) < REASON_MIN_LENGTH:
        raise field_problem(
            field,
            "command.reason_required",
            f"请说明理由，至少 {REASON_MIN_LENGTH} 个字。",
            f"State the reasons, in at least {REASON_MIN_LENGTH} characters.",
            rule=rule,
        )
