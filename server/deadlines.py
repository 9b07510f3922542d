"""The deadline sweep: "due tomorrow" to the department that must act, "overdue" to its supervisor.

Every running clock — a reply to a request (R13; N1), delivery after consent (N4), verification
of feedback (R20; N6), a catalog update after a law change (R5; N7) — has a department that must
act and a due date (:func:`app.models.commands_supervision.pending_on`). :func:`sweep` finds the
clocks with one working day left and tells that department (``deadline_tomorrow``), and the
clocks whose due date has passed and tells the supervisor of the late department (``overdue``,
R24/R25). Each notice is written once: its id is derived from the subject, the kind and the due
date (:func:`notice_id`), so a repeated sweep writes nothing, and an extension (a new due date)
gets a notice of its own. Notices go through :func:`server.notifications.notify`, the path the
commands use, so they reach their recipients through the change feed.

The platform runs the sweep at start and then every :attr:`ServerSettings.deadline_sweep_interval`
(:class:`DeadlineSweeper`, started and stopped by the app's lifespan); an administrator can run it
at once with ``POST /api/v1/admin/deadline-sweep`` (a command: audited and idempotent).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from fastapi import APIRouter
from sqlalchemy.engine import Connection

from app.models.codec import from_json_dict
from app.models.commands_supervision import pending_on
from app.models.entities import OPEN_FEEDBACK_STATUSES, Feedback, Resource, ShareRequest
from app.models.enums import NotificationKind, RequestStatus, ResourceStatus, Role
from app.models.errors import UnknownCalendarYear
from app.models.profiles import Clock, ClockName, RuleProfile
from app.models.workdays import WorkingCalendar
from server import audit, db, notifications, objects, schema
from server.command_kit import CommandContext, command
from server.platform import Platform, local_day

log = logging.getLogger("sharedesk.server.deadlines")

# Ids of deadline notices: uuid5 in this namespace of "entity:subject:kind:due".
NOTICE_NAMESPACE = uuid.UUID("5b0d7f1e-4c1a-5e55-9f3a-de4d11e5a3e1")

_REPLY_STATUSES = (RequestStatus.SUBMITTED, RequestStatus.NEGOTIATING)
_CONSENTED_STATUSES = (
    RequestStatus.APPROVED,
    RequestStatus.APPROVED_WITH_CONDITIONS,
    RequestStatus.AGREED,
)


def notice_id(entity: str, subject_id: object, kind: NotificationKind, due: date) -> UUID:
    """The id of the ``kind`` notice about ``subject_id``'s clock ending on ``due``."""
    return uuid.uuid5(NOTICE_NAMESPACE, f"{entity}:{subject_id}:{kind.value}:{due.isoformat()}")


@dataclass(frozen=True, slots=True)
class _Clock:
    """A running clock: what it is about, who must act, and when it ends."""

    entity: str
    subject: ShareRequest | Feedback | Resource
    department_id: UUID
    due: date


def _decoded(conn: Connection, table: sa.Table, cls: type[Any], *where: Any) -> Iterator[Any]:
    for text in conn.execute(sa.select(table.c.data).where(*where)).scalars():
        yield from_json_dict(cls, db.loads(text))


def _running_clocks(conn: Connection, horizon: date) -> Iterator[_Clock]:
    """Every clock that ends on or before ``horizon``, with the department that must act."""
    requests, feedback, resources = schema.share_requests, schema.feedback, schema.resources
    candidates: list[tuple[str, Iterator[Any]]] = [
        (
            "request",
            _decoded(
                conn,
                requests,
                ShareRequest,
                requests.c.status.in_([s.value for s in _REPLY_STATUSES]),
                requests.c.due <= horizon,
            ),
        ),
        # N4's delivery clock lives in the JSON only (``delivery_due``); consented requests are few.
        (
            "request",
            _decoded(
                conn,
                requests,
                ShareRequest,
                requests.c.status.in_([s.value for s in _CONSENTED_STATUSES]),
            ),
        ),
        (
            "feedback",
            _decoded(
                conn,
                feedback,
                Feedback,
                feedback.c.status.in_([s.value for s in OPEN_FEEDBACK_STATUSES]),
                feedback.c.due <= horizon,
            ),
        ),
        (
            "resource",
            _decoded(
                conn, resources, Resource, resources.c.status == ResourceStatus.UPDATE_PENDING.value
            ),
        ),
    ]
    for entity, subjects in candidates:
        for subject in subjects:
            pending = pending_on(subject)
            if pending is not None and pending.due is not None and pending.due <= horizon:
                yield _Clock(entity, subject, pending.department_id, pending.due)


def _days_left(calendar: WorkingCalendar, today: date, due: date) -> int:
    """Working days left (:meth:`WorkingCalendar.working_days_left`); where a year's notice is
    not published yet, the weekday estimate the due dates themselves use."""
    try:
        return calendar.working_days_left(today, due)
    except UnknownCalendarYear:
        if due < today:
            return -1
        left = 0
        while calendar.due_date(today, left + 1).date <= due:
            left += 1
        return left


def _clock_of(clock: _Clock, profile: RuleProfile) -> Clock | None:
    """The profile's clock that runs here (for the notice's title), when it is known."""
    subject = clock.subject
    if isinstance(subject, Feedback):
        return profile.verification
    if isinstance(subject, Resource):
        return profile.catalog_update
    if subject.status in _CONSENTED_STATUSES:
        return profile.delivery_after_consent
    if any(event.rule == "N1" for event in subject.timeline):
        return profile.clock(ClockName.UNCONDITIONAL_REPLY)
    return profile.conditional_reply


def _titles(kind: NotificationKind, clock: Clock | None, due: date) -> tuple[str, str]:
    if clock is None:
        return f"{kind.zh}（{due.isoformat()}）", f"{kind.en} ({due.isoformat()})"
    rule = clock.citation.rule_id
    return (
        f"{kind.zh}：{clock.name.zh}截至{due.isoformat()}（{rule}）",
        f"{kind.en}: {clock.name.en}, due {due.isoformat()} ({rule})",
    )


def _supervisor_of(conn: Connection, department_id: UUID) -> str | None:
    table = schema.departments
    found = conn.execute(
        sa.select(table.c.supervisor_department_id).where(table.c.id == str(department_id))
    ).scalar()
    return None if found is None else str(found)


def sweep(conn: Connection, now: datetime, profile: RuleProfile, calendar: WorkingCalendar) -> int:
    """Write the deadline notices due at ``now`` in the caller's transaction; return how many.

    ``deadline_tomorrow`` goes to the department that must act when one working day is left;
    ``overdue`` to the supervisor of that department once the due date has passed (a department
    with no supervisor above it gets none). Notices written before are not written again.
    """
    if db.is_postgresql(conn):
        # One sweep at a time: two concurrent sweeps would both find a notice missing.
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7366003)"))
    today = local_day(now)
    horizon = calendar.due_date(today, 1).date  # the next working day: "tomorrow"
    written = 0
    # Read every candidate before writing: no open cursor while notices are inserted.
    for clock in list(_running_clocks(conn, horizon)):
        left = _days_left(calendar, today, clock.due)
        if left == 1:
            kind, recipient = NotificationKind.DEADLINE_TOMORROW, str(clock.department_id)
        elif clock.due < today:
            kind = NotificationKind.OVERDUE
            supervisor = _supervisor_of(conn, clock.department_id)
            if supervisor is None:
                continue
            recipient = supervisor
        else:
            continue
        notification_id = notice_id(clock.entity, clock.subject.id, kind, clock.due)
        if objects.stored_version(conn, "notification", str(notification_id)) is not None:
            continue
        title_zh, title_en = _titles(kind, _clock_of(clock, profile), clock.due)
        notifications.notify(
            conn,
            recipient,
            kind,
            clock.entity,
            clock.subject.id,
            now=now,
            notification_id=notification_id,
            title_zh=title_zh,
            title_en=title_en,
        )
        written += 1
    return written


def sweep_platform(platform: Platform) -> int:
    """One sweep of a platform in its own transaction, audited as ``system`` when it wrote."""
    with db.write(platform.engine) as conn:
        now = platform.utcnow()
        written = sweep(conn, now, platform.profile(), platform.calendar(conn))
        if written:
            audit.append(
                conn,
                now=now,
                actor="system",
                action="deadline.sweep",
                entity="notification",
                entity_id="-",
                result=f"ok:{written}",
            )
    return written


class DeadlineSweeper:
    """Sweeps a platform at start and then every ``interval`` seconds, on the app's event loop
    (the sweep itself runs in a worker thread); :meth:`stop` waits for a running sweep.

    ``sweeps`` counts the finished sweeps (failed ones too); :meth:`swept` waits for a count.
    """

    def __init__(self, platform: Platform, interval: float) -> None:
        self._platform = platform
        self._interval = interval
        self._stopping = asyncio.Event()
        self._progress = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self.sweeps = 0

    async def start(self) -> None:
        """Sweep once (the server answers nothing before it is done), then keep sweeping."""
        await self._sweep_once()
        self._task = asyncio.create_task(self._run(), name="sharedesk-deadline-sweeper")

    async def swept(self, count: int) -> None:
        """Return once ``count`` sweeps have finished."""
        async with self._progress:
            await self._progress.wait_for(lambda: self.sweeps >= count)

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                await asyncio.wait_for(self._stopping.wait(), self._interval)
            except TimeoutError:
                await self._sweep_once()

    async def _sweep_once(self) -> None:
        try:
            written = await asyncio.to_thread(sweep_platform, self._platform)
        except Exception:  # a failed sweep must not stop the server; the next one retries
            log.exception("deadline sweep failed")
        else:
            if written:
                log.info("deadline sweep wrote %d notification(s)", written)
        async with self._progress:
            self.sweeps += 1
            self._progress.notify_all()


router = APIRouter(prefix="/api/v1/admin", tags=["admin"])


@command(
    router,
    "POST",
    "/deadline-sweep",
    action="deadline.sweep",
    summary="Run the deadline sweep now (admin) / 立即检查到期提醒",
)
def run_sweep(ctx: CommandContext) -> dict[str, int]:
    """R24/R25: write the due-tomorrow and overdue notices now; answers how many were new."""
    ctx.require_role(Role.ADMIN)
    written = sweep(ctx.conn, ctx.now, ctx.profile(), ctx.calendar())
    ctx.target = ("notification", "-")
    return {"written": written}
