"""The server's connection to its database: engine set-up and the two kinds of transaction.

SQLite by default (a file path or an SQLAlchemy URL), PostgreSQL by URL. Only portable SQL is
used elsewhere; the SQLite specifics (WAL, foreign keys, ``BEGIN IMMEDIATE`` for writers so two
writers queue instead of deadlocking on a lock upgrade) live here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

_WRITE_OPTION = "sharedesk_write"


def database_url(path_or_url: str) -> str:
    """``data/platform.db`` → ``sqlite:///…/data/platform.db``; URLs pass unchanged."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())


def make_engine(path_or_url: str) -> Engine:
    """An engine for a path or URL, with SQLite tuned for a multi-threaded web server."""
    url = database_url(path_or_url)
    if not url.startswith("sqlite"):
        return sa.create_engine(url, pool_pre_ping=True)
    in_memory = url in ("sqlite://", "sqlite:///:memory:")
    engine = sa.create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        poolclass=sa.StaticPool if in_memory else sa.QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on an exception."""
    with engine.connect() as plain:
        conn = plain.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """One read transaction: a consistent view of the database for the block."""
    with engine.connect() as conn, conn.begin():
        yield conn


def dumps(value: Any) -> str:
    """JSON text for a column (orjson: UTF-8, no spaces, dates as ISO 8601)."""
    return orjson.dumps(value).decode()


def loads(text: str | bytes | None) -> Any:
    return None if text is None else orjson.loads(text)
