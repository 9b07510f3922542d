"""The running platform's settings and clock, held by the app (``app.state.platform``).

Nothing in the server is global: every endpoint reaches the engine, the settings, the clock and
the active rule profile through the :class:`Platform` of its app (:func:`platform_of`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated

import sqlalchemy as sa
from argon2 import PasswordHasher
from fastapi import Depends, Request
from sqlalchemy.engine import Connection, Engine

from app.models.profiles import RuleProfile, get_profile
from app.models.workdays import CalendarYear, WorkingCalendar
from server import db, schema

# China keeps no daylight saving time, so the platform's local day is UTC+8 all year; a fixed
# offset needs no tz database on the host.
SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")


def local_day(moment: datetime) -> date:
    """The calendar day in Asia/Shanghai at ``moment`` (an aware datetime)."""
    return moment.astimezone(SHANGHAI).date()


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Tunable limits; the defaults are the production values."""

    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(days=30)
    lockout_threshold: int = 5
    lockout_duration: timedelta = timedelta(minutes=15)
    attachment_max_bytes: int = 10 * 1024 * 1024
    idempotency_retention: timedelta = timedelta(days=30)
    feed_page_max: int = 1000
    # How often the deadline sweep runs (server.deadlines: at start, then at this interval);
    # None: the platform never sweeps by itself, only through the admin command.
    deadline_sweep_interval: timedelta | None = timedelta(minutes=10)
    # argon2id cost; the defaults follow RFC 9106's second recommendation.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 64 * 1024
    argon2_parallelism: int = 4


@dataclass(eq=False)
class Platform:
    """Everything one server instance holds: engine, settings, profile, clock."""

    engine: Engine
    profile_id: str
    settings: ServerSettings = field(default_factory=ServerSettings)
    now: Callable[[], datetime] = system_clock
    hasher: PasswordHasher = field(init=False)
    last_purge: datetime | None = field(default=None, init=False)  # of expired idempotency keys

    def __post_init__(self) -> None:
        self.hasher = PasswordHasher(
            time_cost=self.settings.argon2_time_cost,
            memory_cost=self.settings.argon2_memory_kib,
            parallelism=self.settings.argon2_parallelism,
        )

    def utcnow(self) -> datetime:
        moment = self.now()
        if moment.tzinfo is None:
            raise ValueError("the platform clock must return an aware datetime")
        return moment.astimezone(UTC)

    def today(self) -> date:
        """The platform's calendar day (Asia/Shanghai) — the day due dates count from."""
        return local_day(self.utcnow())

    def calendar(self, conn: Connection) -> WorkingCalendar:
        """The working-day calendar with every published override (``PUT /calendar/{year}``)."""
        rows = conn.execute(sa.select(schema.calendar_overrides.c.data)).scalars()
        overrides = {}
        for text in rows:
            year = CalendarYear.from_dict(db.loads(text))
            overrides[year.year] = year
        return WorkingCalendar(overrides)

    def profile(self) -> RuleProfile:
        """The active rule profile (:mod:`app.models.profiles`)."""
        return get_profile(self.profile_id)


def platform_of(request: Request) -> Platform:
    """FastAPI dependency: the platform of the app serving ``request``."""
    platform: Platform = request.app.state.platform
    return platform


CurrentPlatform = Annotated[Platform, Depends(platform_of)]
