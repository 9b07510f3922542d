"""The server's tables and the ordered migrations that build them.

The schema is versioned: ``schema_version`` holds one row per applied step and :func:`migrate`
applies the missing steps of :data:`MIGRATIONS` in order, each in the same transaction as its
version row. A later change adds a step (explicit ``ALTER``/``CREATE`` statements) and updates the
table definitions below so they keep describing the current shape; steps are never edited.

Entity tables store the entity's JSON (``data``, from :func:`app.models.codec.to_json_dict`) plus
the columns that authorisation and queries need. ``object_audience`` and ``change_audience`` hold
the audience keys of each object and each change (see :mod:`server.authz`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from server import db

metadata = sa.MetaData()

ID = sa.String(36)  # a UUID in its canonical text form
SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite's rowid alias must be INTEGER


class UTCDateTime(sa.TypeDecorator[datetime]):
    """An aware UTC datetime on every database (SQLite keeps no offset, so UTC is implied)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.String(200), nullable=False),
    sa.Column("applied_at", UTCDateTime, nullable=False),
)

settings = sa.Table(
    "settings",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

departments = sa.Table(
    "departments",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("code", sa.String(64), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("level", sa.String(16), nullable=False),
    sa.Column("parent_id", ID, sa.ForeignKey("departments.id"), nullable=True),
    sa.Column("supervisor_department_id", ID, sa.ForeignKey("departments.id"), nullable=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, unique=True),
    sa.Column("department_id", ID, sa.ForeignKey("departments.id"), nullable=False, index=True),
    sa.Column("roles", sa.String(200), nullable=False),  # space-separated Role codes
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
    sa.Column("locked_until", UTCDateTime, nullable=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),  # sha256 hex of the token
    sa.Column("kind", sa.String(8), nullable=False),  # "access" | "refresh"
    sa.Column("user_id", ID, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("family_id", ID, nullable=False, index=True),  # one login and its rotations
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("expires_at", UTCDateTime, nullable=False, index=True),
    sa.Column("used_at", UTCDateTime, nullable=True),  # a refresh token is good once
    sa.Column("revoked_at", UTCDateTime, nullable=True),
)


def _entity_table(name: str, *extra: sa.Column[Any]) -> sa.Table:
    """An entity table: JSON ``data`` plus version, status and the extra indexed columns."""
    return sa.Table(
        name,
        metadata,
        sa.Column("id", ID, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(32), nullable=True, index=True),
        *extra,
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )


def _dept(name: str) -> sa.Column[Any]:
    return sa.Column(name, ID, nullable=True, index=True)


resources = _entity_table(
    "resources",
    _dept("provider_department_id"),
    sa.Column("code", sa.String(80), nullable=False, index=True),
    sa.Column("name", sa.String(400), nullable=False),
)
share_requests = _entity_table(
    "requests",
    sa.Column("resource_id", ID, nullable=False, index=True),
    _dept("requester_department_id"),
    _dept("provider_department_id"),
    sa.Column("due", sa.Date, nullable=True, index=True),
)
feedback = _entity_table(
    "feedback",
    sa.Column("resource_id", ID, nullable=False, index=True),
    _dept("requester_department_id"),
    _dept("provider_department_id"),
    sa.Column("due", sa.Date, nullable=True, index=True),
)
disputes = _entity_table(
    "disputes",
    _dept("raised_by_department_id"),
    _dept("against_department_id"),
    _dept("supervisor_department_id"),
)
filings = _entity_table(
    "filings",
    _dept("department_id"),
    _dept("supervisor_department_id"),
)
suspensions = _entity_table(
    "suspensions",
    sa.Column("request_id", ID, nullable=False, index=True),
)
notifications = _entity_table(
    "notifications",
    _dept("recipient_department_id"),
    sa.Column("recipient_user_id", ID, nullable=True),
)

object_audience = sa.Table(
    "object_audience",
    metadata,
    sa.Column("audience", sa.String(48), primary_key=True),
    sa.Column("entity", sa.String(32), primary_key=True),
    sa.Column("entity_id", ID, primary_key=True),
    sa.Index("ix_object_audience_object", "entity", "entity_id"),
)

change_log = sa.Table(
    "change_log",
    metadata,
    sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", ID, nullable=False),
    sa.Column("op", sa.String(8), nullable=False),  # "upsert" | "delete"
    sa.Column("version", sa.Integer, nullable=True),
    sa.Column("data", sa.Text, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sqlite_autoincrement=True,  # a seq is never reused, even after the last row is deleted
)

change_audience = sa.Table(
    "change_audience",
    metadata,
    sa.Column("audience", sa.String(48), primary_key=True),
    sa.Column("seq", SEQ, sa.ForeignKey("change_log.seq"), primary_key=True),
)

attachments = sa.Table(
    "attachments",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("filename", sa.String(255), nullable=False),
    sa.Column("content_type", sa.String(100), nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("uploaded_by_user_id", ID, nullable=False),
    sa.Column("department_id", ID, nullable=False, index=True),
    sa.Column("entity", sa.String(32), nullable=True),  # the object it belongs to, once attached
    sa.Column("entity_id", ID, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_attachments_object", "entity", "entity_id"),
)

attachment_chunks = sa.Table(
    "attachment_chunks",
    metadata,
    sa.Column("attachment_id", ID, sa.ForeignKey("attachments.id"), primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
)

idempotency_keys = sa.Table(
    "idempotency_keys",
    metadata,
    sa.Column("user_id", ID, primary_key=True),
    sa.Column("key", sa.String(36), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("state", sa.String(12), nullable=False),  # "in_progress" | "done"
    sa.Column("status_code", sa.Integer, nullable=True),
    sa.Column("headers", sa.Text, nullable=True),
    sa.Column("body", sa.LargeBinary, nullable=True),
    sa.Column("created_at", UTCDateTime, nullable=False, index=True),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", SEQ, primary_key=True, autoincrement=True),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("actor", sa.String(64), nullable=False),  # username or "system"
    sa.Column("actor_user_id", ID, nullable=True),
    sa.Column("actor_department_id", ID, nullable=True, index=True),
    sa.Column("action", sa.String(80), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(64), nullable=False),
    sa.Column("result", sa.String(80), nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sqlite_autoincrement=True,
)

calendar_overrides = sa.Table(
    "calendar_overrides",
    metadata,
    sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("data", sa.Text, nullable=False),  # CalendarYear.to_dict()
    sa.Column("published_at", UTCDateTime, nullable=False),
    sa.Column("published_by_user_id", ID, nullable=False),
)

# The tables of schema version 1, in creation order (foreign keys point backwards).
_V1_TABLES = (
    settings,
    departments,
    users,
    tokens,
    resources,
    share_requests,
    feedback,
    disputes,
    filings,
    suspensions,
    notifications,
    object_audience,
    change_log,
    change_audience,
    attachments,
    attachment_chunks,
    idempotency_keys,
    audit_log,
    calendar_overrides,
)


def _v1_initial(conn: Connection) -> None:
    for table in _V1_TABLES:
        table.create(conn)
    # The feed epoch names this database's change log; a cursor from another one is refused (410).
    conn.execute(
        settings.insert(),
        [
            {"key": "feed_epoch", "value": secrets.token_hex(8)},
            {"key": "feed_floor", "value": "0"},
        ],
    )


Migration = tuple[int, str, Callable[[Connection], None]]
MIGRATIONS: tuple[Migration, ...] = ((1, "initial tables", _v1_initial),)
LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
    return int(found or 0)


def migrate(engine: Engine) -> int:
    """Apply the missing migration steps in one transaction; return the resulting version."""
    with db.write(engine) as conn:
        schema_version.create(conn, checkfirst=True)
        version = current_version(conn)
        if version > LATEST_VERSION:
            raise RuntimeError(
                f"database schema {version} is newer than this server ({LATEST_VERSION})"
            )
        for step, description, apply in MIGRATIONS:
            if step <= version:
                continue
            apply(conn)
            conn.execute(
                schema_version.insert().values(
                    version=step, description=description, applied_at=datetime.now(UTC)
                )
            )
            version = step
    return version


def get_setting(conn: Connection, key: str) -> str | None:
    return conn.execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()


def put_setting(conn: Connection, key: str, value: str) -> None:
    updated = conn.execute(
        settings.update().where(settings.c.key == key).values(value=value)
    ).rowcount
    if not updated:
        conn.execute(settings.insert().values(key=key, value=value))
