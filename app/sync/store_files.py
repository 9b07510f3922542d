"""The store's database file: open it, check it, migrate it (with a backup), salvage it.

* :func:`connect` opens a connection the way every part of the store needs it: autocommit mode
  (transactions are explicit ``BEGIN IMMEDIATE``/``COMMIT``), WAL, ``foreign_keys=ON``, a busy
  timeout, and ``synchronous=FULL`` — an officer's queued command must survive a power cut, and
  in WAL mode that costs one fsync per commit, not per row.
* :func:`check_integrity` runs ``PRAGMA integrity_check`` and turns every failure into a typed
  :class:`StoreCorrupted`, which names the file and tells the caller to call
  :meth:`app.sync.store.LocalStore.recover`.
* :func:`migrate` runs the missing migrations of :mod:`app.sync.store_schema` in order, each in
  its own transaction, after copying the file to ``<db>.v<N>.bak`` with the online backup API.
* :func:`salvage_rows` reads what can still be read from a damaged table, row by row.
* :class:`Connections` hands out the one writer (behind a lock) and a reader per thread.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.models.errors import DomainError
from app.sync.store_schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 10_000
# SQLite primary result codes that mean "the file is damaged or is not a database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
# A damaged outbox is read row by row; never probe more keys than this (a garbled max(seq)).
MAX_SALVAGE_PROBES = 1_000_000


class StoreCorrupted(DomainError):
    """The local database failed its integrity check or cannot be read.

    The officer's queued work can be saved: :meth:`LocalStore.recover` moves the file aside,
    starts a fresh store with the readable outbox rows, and the next sync refills the cache.
    """

    def __init__(self, path: Path, problems: tuple[str, ...]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(
            code="store.corrupted",
            message_zh="本地数据文件已损坏。将保留待发送的事项，并从平台重新同步其余数据。",
            message_en=(
                "The local data file is damaged. Queued work will be kept and everything else "
                "synchronised again from the platform."
            ),
            details={"path": str(path), "problems": problems},
        )


class StoreTooNew(DomainError):
    """The file was written by a newer ShareDesk (its schema version is unknown here)."""

    def __init__(self, path: Path, found: int) -> None:
        self.path = path
        self.found = found
        super().__init__(
            code="store.too_new",
            message_zh=f"本地数据文件来自更新版本的 ShareDesk（数据版本 {found}），请升级客户端。",
            message_en=(
                f"The local data file comes from a newer ShareDesk (schema {found}); "
                "please update the client."
            ),
            details={"path": str(path), "found": found, "supported": SCHEMA_VERSION},
        )


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """True for "malformed" / "not a database"; False for busy, locked, disk full and the like."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` with the store's settings; corruption found on the way is StoreCorrupted."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        conn.close()
        if is_corruption(error):
            raise StoreCorrupted(path, (str(error),)) from error
        raise
    return conn


def check_integrity(conn: sqlite3.Connection, path: Path, *, quick: bool = False) -> None:
    """``PRAGMA integrity_check`` (or ``quick_check``); raise StoreCorrupted unless it says ok."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        problems = tuple(str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)"))
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            raise StoreCorrupted(path, (str(error),)) from error
        raise
    if problems != ("ok",):
        raise StoreCorrupted(path, problems)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open database (online backup API), written then renamed."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)


def migrate(conn: sqlite3.Connection, path: Path, *, target: int = SCHEMA_VERSION) -> list[Path]:
    """Bring the file to ``target``; return the backups made (none for a brand-new file)."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(path, version)
    backups: list[Path] = []
    for step in range(version, target):
        if version > 0:  # a file created by this very run has nothing to lose
            backup = backup_path(path, step)
            backup_to(conn, backup)
            backups.append(backup)
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return backups


def move_aside(path: Path, suffix: str) -> Path:
    """Rename the database and its WAL together (the WAL may hold committed outbox rows)."""
    aside = path.with_name(f"{path.name}.{suffix}")
    for extension in ("", "-wal", "-shm"):
        source = Path(str(path) + extension)
        if source.exists():
            os.replace(source, Path(str(aside) + extension))
    return aside


def _readable_keys(conn: sqlite3.Connection, table: str, key: str) -> tuple[list[int], bool]:
    """Keys found by a plain scan, and whether the scan reached the end of the table."""
    found: list[int] = []
    try:
        for (value,) in conn.execute(f"SELECT {key} FROM {table} ORDER BY {key}"):  # noqa: S608
            found.append(int(value))
    except sqlite3.DatabaseError:
        return found, False
    return found, True


def _largest_key(conn: sqlite3.Connection, table: str, key: str) -> int:
    candidates = [0]
    for sql in (
        f"SELECT max({key}) FROM {table}",  # noqa: S608
        "SELECT seq FROM sqlite_sequence WHERE name = ?",
    ):
        try:
            row = conn.execute(sql, (table,) if "?" in sql else ()).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row and isinstance(row[0], int):
            candidates.append(row[0])
    return min(max(candidates), MAX_SALVAGE_PROBES)


def salvage_rows(
    conn: sqlite3.Connection,
    table: str,
    columns: tuple[str, ...],
    key: str,
    accept: Callable[[dict[str, object]], bool],
) -> tuple[list[dict[str, object]], int]:
    """Read every readable row of ``table`` one key at a time; return (rows, rows lost).

    A damaged page breaks a table scan where it lies, so after a failed scan every integer key
    up to the largest one known is probed on its own: the rows on healthy pages come back, the
    rest are counted as lost. ``accept`` rejects rows whose content is garbled.
    """
    keys, complete = _readable_keys(conn, table, key)
    if not complete:
        keys = list(range(1, _largest_key(conn, table, key) + 1))
    select = f"SELECT {', '.join(columns)} FROM {table} WHERE {key} = ?"  # noqa: S608
    rows: list[dict[str, object]] = []
    lost = 0
    for value in keys:
        try:
            found = conn.execute(select, (value,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if found is None:
            continue
        row = dict(zip(columns, found, strict=True))
        if accept(row):
            rows.append(row)
        else:
            lost += 1
    return rows, lost


def _in_transaction(conn: sqlite3.Connection) -> bool:
    return conn.in_transaction


class Connections:
    """One writer behind a lock; one read-only reader per thread (created on first use)."""

    def __init__(self, path: Path, writer: sqlite3.Connection) -> None:
        self.path = path
        self.writer = writer
        self._lock = threading.RLock()
        self._writing_thread: int | None = None
        self._depth = 0
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``).

        A nested call runs in a savepoint of the outer transaction: its failure undoes only its
        own writes, its success commits with the outer one.
        """
        with self._lock:
            if self.writer.in_transaction:
                self._depth += 1
                savepoint = f"nested_{self._depth}"
                self.writer.execute(f"SAVEPOINT {savepoint}")
                try:
                    yield self.writer
                except BaseException:
                    self.writer.execute(f"ROLLBACK TO {savepoint}")
                    raise
                finally:
                    self.writer.execute(f"RELEASE {savepoint}")
                    self._depth -= 1
                return
            self.writer.execute("BEGIN IMMEDIATE")
            self._writing_thread = threading.get_ident()
            try:
                yield self.writer
                self.writer.execute("COMMIT")
            except BaseException:
                if _in_transaction(self.writer):  # a failed COMMIT may have ended it already
                    self.writer.execute("ROLLBACK")
                raise
            finally:
                self._writing_thread = None

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        if self._writing_thread == threading.get_ident():
            yield self.writer  # read your own uncommitted writes
            return
        reader: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            reader.execute("PRAGMA query_only = ON")
            self._local.reader = reader
            with self._readers_lock:
                self._readers.append(reader)
        yield reader

    def close(self) -> None:
        with self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
        with self._lock:
            self.writer.close()
