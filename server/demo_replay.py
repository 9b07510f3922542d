"""Replaying demo histories through the domain commands, step by step, in time order.

A **story** is a generator: it yields the moment of its next step, and when it is resumed the
replay's clock stands at that moment and the story takes the step — it calls a domain command
of :mod:`app.models.commands_requests` & co. through :meth:`Replay.apply`, which stores what
the command made exactly as the server does after a command (:func:`server.objects.save` for
each object: version, audience, change feed) and appends the audit event. :meth:`Replay.run`
interleaves all stories by moment, so the change feed and the audit chain read like a platform
that has been in use for months, and every due date, timeline entry, filing and notification is
the command's own, counted on the working-day calendar from the day the step took place.

Command ids (from which the commands derive their side-effect ids) come from the seed, so the
same seed replays the same ids.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy.engine import Connection

from app.models.commands import Actor, CommandEnv, CommandResult, side_of
from app.models.entities import Department, Filing, User
from app.models.profiles import RuleProfile
from server import audit, objects, schema
from server.demo_province import DemoIds
from server.demo_time import DemoClock

Story = Iterator[datetime]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class People:
    """Who acts for which department: users by username, departments by id, and per department
    id the username of its (first) officer, its head, and — for supervisor departments — its
    supervisor."""

    users: Mapping[str, User]
    departments: Mapping[UUID, Department]
    officer_of: Mapping[UUID, str]
    head_of: Mapping[UUID, str]
    supervisor_of: Mapping[UUID, str]

    def user(self, username: str) -> User:
        return self.users[username]

    def department_of(self, username: str) -> Department:
        return self.departments[self.users[username].department_id]

    def supervising(self, department_id: UUID) -> str:
        """The supervisor user of the sharing supervisor whose jurisdiction holds the
        department (R3, R5: the one who reviews its catalog and takes its filings)."""
        supervisor = self.departments[department_id].supervisor_department_id
        assert supervisor is not None, "every demo department has a supervisor"
        return self.supervisor_of[supervisor]


class Replay:
    """Runs stories against one open write transaction (see the module docstring)."""

    def __init__(
        self,
        conn: Connection,
        *,
        ids: DemoIds,
        profile: RuleProfile,
        clock: DemoClock,
        people: People,
    ) -> None:
        self.conn = conn
        self.ids = ids
        self.profile = profile
        self.clock = clock
        self.people = people
        self.now = clock.moment(clock.today, 8)
        self.commands = 0
        self.saved: Counter[str] = Counter()
        self._current: dict[UUID, Any] = {}

    # -- running -------------------------------------------------------------------------
    def run(self, stories: Iterable[Story]) -> None:
        """Take every story's steps in the order of their moments (ties: story order)."""
        queue: list[tuple[datetime, int, Story]] = []
        for number, story in enumerate(stories):
            self._schedule(queue, number, story)
        while queue:
            moment, number, story = heapq.heappop(queue)
            self.now = moment
            self._schedule(queue, number, story)

    @staticmethod
    def _schedule(queue: list[tuple[datetime, int, Story]], number: int, story: Story) -> None:
        moment = next(story, None)
        if moment is not None:
            heapq.heappush(queue, (moment, number, story))

    # -- what a step uses ----------------------------------------------------------------
    def env(self) -> CommandEnv:
        """The setting of the next command: a seeded command id, the rules, the moment."""
        self.commands += 1
        return CommandEnv(
            command_id=self.ids("command", self.commands),
            profile=self.profile,
            calendar=self.clock.calendar,
            now=self.now,
        )

    def actor(self, username: str, entity: object | None = None) -> Actor:
        """The user as an actor, on the side their department is on for ``entity``."""
        user = self.people.user(username)
        actor = Actor(user_id=user.id, department_id=user.department_id, roles=user.roles)
        if entity is None:
            return actor
        return actor.on(side_of(actor, entity, self.people.departments))

    def latest(self, obj: T) -> T:
        """The stored state of ``obj`` (what another story may have changed since)."""
        found: T = self._current[obj.id]  # type: ignore[attr-defined]
        return found

    def next_reply_number(self, department_id: UUID) -> int:
        """The provider's next reply number this year (R13 document numbers), kept where the
        reply command keeps it (``server.commands.support.next_reply_number``), so replies
        made after the demo continue its numbering."""
        key = f"reply_seq:{department_id}:{self.clock.day_of(self.now).year}"
        number = int(schema.get_setting(self.conn, key) or "0") + 1
        schema.put_setting(self.conn, key, str(number))
        return number

    def filing_about(self, subject_id: UUID) -> Filing:
        """The latest filing whose subject is ``subject_id`` (R5, R14, R17)."""
        found = [
            obj
            for obj in self._current.values()
            if isinstance(obj, Filing) and obj.subject_id == subject_id
        ]
        return max(found, key=lambda filing: filing.filed_at)

    def objects_of(self, cls: type[T]) -> list[T]:
        """Every object of ``cls`` stored so far, in its latest state, in the order first stored."""
        return [obj for obj in self._current.values() if isinstance(obj, cls)]

    def apply(self, username: str, action: str, result: CommandResult[T]) -> T:
        """Store what a command made, audit it, and return the entity as stored."""
        stored_entity: T | None = None
        for obj in result.objects():
            stored = objects.save(self.conn, obj, now=self.now)
            self._current[stored.id] = stored
            self.saved[objects.entity_name_of(stored)] += 1
            if stored_entity is None:
                stored_entity = stored
        assert stored_entity is not None  # result.objects() starts with the entity
        user = self.people.user(username)
        audit.append(
            self.conn,
            now=self.now,
            actor=username,
            action=action,
            entity=objects.entity_name_of(stored_entity),
            entity_id=str(stored_entity.id),  # type: ignore[attr-defined]
            result="ok",
            actor_user_id=str(user.id),
            actor_department_id=str(user.department_id),
        )
        return stored_entity
