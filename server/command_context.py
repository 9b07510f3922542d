"""What a command handler works with: :class:`CommandContext` and the shapes of its answer.

See :mod:`server.command_kit` for how a command is declared; this module is the handler's side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy.engine import Connection

from app.models.entities import Attachment, Notification
from app.models.enums import NotificationKind, Role
from app.models.profiles import RuleProfile
from app.models.workdays import WorkingCalendar
from server import attachments, authz, notifications, objects
from server.authz import Principal
from server.platform import Platform, local_day
from server.problems import Problem, not_found


@dataclass(frozen=True, slots=True)
class IfMatch:
    """Declares that a command updates an existing ``entity`` whose id is in ``path_param``."""

    entity: str
    path_param: str


@dataclass(frozen=True, slots=True)
class CommandResult:
    """An explicit answer: ``body`` is an entity, a JSON value or ``None`` (no content)."""

    body: Any
    status_code: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


def created(obj: Any, location: str | None = None) -> CommandResult:
    """201 Created with the new object (and its ``Location`` when given)."""
    return CommandResult(obj, 201, {"Location": location} if location else {})


@dataclass(eq=False)
class CommandContext:
    """What a command handler works with; everything it writes commits together."""

    conn: Connection
    principal: Principal
    platform: Platform
    now: datetime
    # The command's Idempotency-Key (the client's outbox id): the domain derives the ids of a
    # command's side effects from it, so an offline client that ran the same command shows the
    # same ids.
    command_id: UUID
    current: Any = None
    target: tuple[str, str] | None = None
    _calendar: WorkingCalendar | None = None

    @property
    def user_id(self) -> UUID:
        return UUID(self.principal.user_id)

    @property
    def department_id(self) -> UUID:
        return UUID(self.principal.department_id)

    def today(self) -> date:
        """The platform's day (Asia/Shanghai) at :attr:`now`, where working-day clocks start."""
        return local_day(self.now)

    def calendar(self) -> WorkingCalendar:
        if self._calendar is None:
            self._calendar = self.platform.calendar(self.conn)
        return self._calendar

    def profile(self) -> RuleProfile:
        return self.platform.profile()

    def load(self, entity: str, entity_id: object) -> Any:
        """The stored object or ``None`` — without a visibility check."""
        return objects.load(self.conn, entity, str(entity_id))

    def load_visible(self, entity: str, entity_id: object) -> Any:
        """The stored object if the principal may see it; 404 otherwise (no existence leak)."""
        found = objects.load(self.conn, entity, str(entity_id))
        if found is None or not authz.can_see(self.conn, self.principal, entity, str(entity_id)):
            raise not_found()
        return found

    def ensure_new(self, entity: str, entity_id: object) -> None:
        """409 when an object with this client-chosen id exists already."""
        if objects.stored_version(self.conn, entity, str(entity_id)) is not None:
            raise Problem(
                409,
                "object.exists",
                "该编号的对象已存在。",
                "An object with this id exists already.",
            )

    def save(self, obj: Any) -> Any:
        """Store ``obj`` (version bumped, change logged) and return it as stored."""
        stored = objects.save(self.conn, obj, now=self.now)
        if self.target is None:
            self.target = (objects.entity_name_of(obj), str(stored.id))
        return stored

    def notify(
        self,
        recipient_department_id: object,
        kind: NotificationKind,
        subject_entity: str,
        subject_id: object,
        **options: Any,
    ) -> Notification:
        """Write a notification (see :func:`server.notifications.notify`)."""
        return notifications.notify(
            self.conn,
            recipient_department_id,
            kind,
            subject_entity,
            subject_id,
            now=self.now,
            **options,
        )

    def attach(self, attachment_id: object, entity: str, entity_id: object) -> Attachment:
        """Bind an upload of the principal's department to an object (404 if not theirs)."""
        return attachments.attach(self.conn, self.principal, attachment_id, entity, entity_id)

    def require_role(self, *roles: Role) -> None:
        """403 unless the principal holds one of ``roles``."""
        authz.require_role(self.principal, *roles)
