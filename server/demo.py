"""Demo data for the reference server: ``sharedesk-server --demo`` calls :func:`build_demo`.

:func:`build_demo` fills an empty platform database with a realistic, fictional province (示例省,
:mod:`server.demo_province`) through the server's own storage layer, so the API serves it and the
change feed carries it:

1. departments and users (:func:`server.objects.save`, :func:`server.auth.create_user`) — the
   demo accounts ``officer``, ``provider``, ``head``, ``supervisor`` and ``admin``, and officers,
   heads and supervisors of every department, all with the password ``sharedesk-demo``;
2. the catalog's variants, streamed in batches by :class:`server.demo_bulk.BulkWriter`
   (100,000 entries with ~20 data items each stay out of memory);
3. the histories of the featured catalog entries, share requests, feedback and disputes,
   replayed through the domain commands at past dates (:mod:`server.demo_replay`), so every
   status, due date, timeline, filing and notification is what the commands make;
4. the platform's deadline sweep (:func:`server.deadlines.sweep`) as it ran this morning:
   "due tomorrow" to the departments that owe an answer, "overdue" to their supervisors
   (R13, R20, R5; R24) — with the sweep's own ids, so the sweep at server start adds nothing.

Everything is deterministic: ids are ``uuid5`` of the seed, choices come from seeded
``random.Random`` streams, and time is counted from ``today`` (default: the platform's day) on
the working-day calendar of :mod:`app.models.workdays`.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from argon2 import PasswordHasher
from sqlalchemy.engine import Connection, Engine

from app.models.codec import to_json_dict
from app.models.enums import ResourceStatus
from app.models.profiles import get_profile
from server import db, objects, schema
from server.app import DEFAULT_PROFILE
from server.auth import create_user
from server.deadlines import sweep
from server.demo_bulk import BulkWriter, resource_audience
from server.demo_cases import CaseContext, feedback_cases, inconsistent_cases, request_cases
from server.demo_catalog import CatalogContext, Featured, Sequences, featured, variants
from server.demo_catalog_stories import catalog_story
from server.demo_feedback_stories import feedback_story, inconsistent_data_story
from server.demo_province import DEMO_PASSWORD, DemoIds, departments, offices, staff
from server.demo_replay import People, Replay, Story
from server.demo_request_stories import request_story
from server.demo_time import DemoClock
from server.platform import Platform

__all__ = ["DEMO_PASSWORD", "DemoSummary", "build_demo"]

log = logging.getLogger(__name__)
_SETTING = "demo"
_FOUNDED_YEARS = 6  # the platform went live this long before today


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`build_demo` wrote (or found, when the database holds the demo already)."""

    seed: int
    today: date
    profile_id: str
    resources: int
    counts: dict[str, int] = field(default_factory=dict)  # rows per entity
    statuses: dict[str, dict[str, int]] = field(default_factory=dict)  # entity → status → n
    seconds: float = 0.0
    built: bool = True  # False: the database held this demo already

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["today"] = self.today.isoformat()
        return data


class _HashOnce(PasswordHasher):
    """An argon2 hasher that hashes each password once: every demo account has the same
    published password, so one hash (one salt) serves them all instead of ~130 costly ones."""

    def __init__(self, like: PasswordHasher) -> None:
        super().__init__(
            time_cost=like.time_cost,
            memory_cost=like.memory_cost,
            parallelism=like.parallelism,
            hash_len=like.hash_len,
            salt_len=like.salt_len,
            type=like.type,
        )
        self._done: dict[str | bytes, str] = {}

    def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
        if password not in self._done:
            self._done[password] = super().hash(password, salt=salt)
        return self._done[password]


def build_demo(
    engine_or_db: Engine | Platform | str,
    *,
    resources: int = 300,
    seed: int = 2026,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty platform database with the demo province (see the module docstring).

    ``engine_or_db`` is the platform (its hasher, profile and clock are used), its engine, or a
    database path or URL (migrated first). ``resources`` is the catalog size, at least the
    featured entries (58). A database that holds the demo already is left alone and its
    summary returned; one that holds anything else is refused.
    """
    started = time.perf_counter()
    platform = _platform(engine_or_db)
    try:
        return _build_demo(platform, resources, seed, today or platform.today(), started)
    finally:
        if isinstance(engine_or_db, str):  # the engine is ours: let its connections go
            platform.engine.dispose()


def _build_demo(
    platform: Platform, resources: int, seed: int, day: date, started: float
) -> DemoSummary:
    with db.write(platform.engine) as conn:
        existing = schema.get_setting(conn, _SETTING)
        if existing is not None:
            found = db.loads(existing)
            log.info("demo data present already (seed %s); left as it is", found["seed"])
            return _summary_from(found)
        if conn.execute(sa.select(sa.func.count()).select_from(schema.departments)).scalar():
            raise RuntimeError("the database holds data already; the demo needs an empty one")
        profile = get_profile(schema.get_setting(conn, "active_profile") or DEFAULT_PROFILE)
        build = _Build(conn, seed, DemoIds(seed), DemoClock(day, platform.calendar(conn)))
        people = build.province(platform.hasher)
        catalog = CatalogContext(
            build.ids, build.clock, profile, offices(),
            {office.key: people.departments[build.ids("department", office.key)]
             for office in offices()},
        )  # fmt: skip
        sequences = Sequences()
        entries = featured(catalog, build.stream("featured"), sequences)
        if resources < len(entries):
            raise ValueError(f"the demo catalog needs at least {len(entries)} resources")
        build.variants(catalog, sequences, resources - len(entries), people)
        replay = Replay(conn, ids=build.ids, profile=profile, clock=build.clock, people=people)
        replay.run(build.stories(replay, entries, resources))
        # The platform's own deadline sweep, as it ran at five past midnight today.
        sweep(conn, build.clock.moment(day, 0, 5), profile, build.clock.calendar)
        summary = _summarise(conn, DemoSummary(seed, day, profile.id, resources), started)
        schema.put_setting(conn, _SETTING, db.dumps(summary.as_dict()))
    log.info("demo data built in %.1f s: %s", summary.seconds, summary.counts)
    return summary


def _platform(engine_or_db: Engine | Platform | str) -> Platform:
    if isinstance(engine_or_db, Platform):
        return engine_or_db
    engine = db.make_engine(engine_or_db) if isinstance(engine_or_db, str) else engine_or_db
    schema.migrate(engine)
    with db.read(engine) as conn:
        profile_id = schema.get_setting(conn, "active_profile") or DEFAULT_PROFILE
    return Platform(engine=engine, profile_id=profile_id)


@dataclass(frozen=True, slots=True)
class _Build:
    """One build's transaction, seed, ids and clock, and the steps that use them."""

    conn: Connection
    seed: int
    ids: DemoIds
    clock: DemoClock

    def stream(self, purpose: str) -> random.Random:
        """A random stream of its own per purpose, so a larger catalog leaves the province,
        the staff and the cases as they were."""
        return random.Random(f"{self.seed}:{purpose}")  # noqa: S311 - reproducible demo data

    def province(self, hasher: PasswordHasher) -> People:
        """Store departments and users; return who is who."""
        founded = self.clock.moment(self.clock.today - timedelta(days=365 * _FOUNDED_YEARS), 9)
        stored = [objects.save(self.conn, d, now=founded) for d in departments(self.ids, founded)]
        team = staff(self.ids, self.stream("staff"), founded)
        once = _HashOnce(hasher)
        users = {
            name: create_user(self.conn, user, DEMO_PASSWORD, now=founded, hasher=once)
            for name, user in team.users.items()
        }

        def key(office: str) -> UUID:
            return self.ids("department", office)

        return People(
            users=users,
            departments={d.id: d for d in stored},
            officer_of={key(k): v[0].username for k, v in team.officers.items()},
            head_of={key(k): u.username for k, u in team.heads.items()},
            supervisor_of={key(k): u.username for k, u in team.supervisors.items()},
        )

    def variants(
        self, catalog: CatalogContext, sequences: Sequences, count: int, people: People
    ) -> None:
        """Stream the catalog's variants into the database in batches."""
        supervisor_of = {
            str(d.id): None
            if d.supervisor_department_id is None
            else str(d.supervisor_department_id)
            for d in people.departments.values()
        }
        writer = BulkWriter(self.conn)
        for resource in variants(catalog, self.stream("variants"), sequences, count):
            data = to_json_dict(resource)
            audience = resource_audience(data, supervisor_of)
            writer.add_json("resource", data, now=resource.updated_at, audience=audience)
        writer.flush()

    def stories(self, replay: Replay, entries: list[Featured], resources: int) -> list[Story]:
        """Every story of the replay: the featured entries', the cases', the R7 disputes'."""
        office_of = {self.ids("department", office.key): office for office in offices()}
        canonical = {e.stem: e.resource for e in entries if e.resource.subsection == "001"}
        city = {
            (e.office.key, e.stem): e.resource
            for e in entries
            if e.office.parent is not None and e.target is ResourceStatus.PUBLISHED
        }
        updated = frozenset(e.resource.id for e in entries if e.updated is not None)
        ctx = CaseContext(self.ids, self.clock, replay.profile, replay.people, office_of,
                          canonical, city, updated)  # fmt: skip
        rng = self.stream("cases")
        requests = request_cases(ctx, rng, extra=20 + min(100, resources // 1000))
        feedback = feedback_cases(ctx, rng, extra=8 + min(40, resources // 2500))
        stories: list[Story] = [catalog_story(replay, entry) for entry in entries]
        stories += [request_story(replay, case) for case in requests]
        stories += [feedback_story(replay, case) for case in feedback]
        stories += [inconsistent_data_story(replay, case) for case in inconsistent_cases(ctx)]
        return stories


def _summarise(conn: Connection, summary: DemoSummary, started: float) -> DemoSummary:
    """``summary`` with the rows per entity and the statuses as stored."""
    counts: dict[str, int] = {}
    statuses: dict[str, dict[str, int]] = {}
    for name, kind in objects.KINDS.items():
        table = kind.table
        counts[name] = int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
        if "status" in table.c:
            rows = conn.execute(sa.select(table.c.status, sa.func.count()).group_by(table.c.status))
            found = {str(row[0]): int(row[1]) for row in rows if row[0] is not None}
            if found:
                statuses[name] = found
    seconds = round(time.perf_counter() - started, 2)
    return replace(summary, counts=counts, statuses=statuses, seconds=seconds)


def _summary_from(found: dict[str, Any]) -> DemoSummary:
    return DemoSummary(
        seed=int(found["seed"]),
        today=date.fromisoformat(found["today"]),
        profile_id=str(found["profile_id"]),
        resources=int(found["resources"]),
        counts=dict(found["counts"]),
        statuses=dict(found["statuses"]),
        seconds=float(found["seconds"]),
        built=False,
    )
