"""The local store: one SQLite file per server + user holding the cache, the outbox, the state.

:meth:`LocalStore.open` (or :func:`open_store`) opens the file in WAL mode, checks its integrity,
migrates it (a backup before each step), and creates the catalog search index where the SQLite
supports it. A damaged file raises :class:`~app.sync.store_files.StoreCorrupted`; the caller
then calls :meth:`LocalStore.recover`, which keeps every readable outbox item and evidence file
and leaves the cache empty for a full re-sync.

Threads: one writer connection, serialised by a lock, and one reader connection per thread —
WAL lets the catalog table read pages while the sync engine writes a long transaction. Every
method is synchronous; call the slow ones (bulk load, apply, recover) from a worker thread.

Parts: :attr:`LocalStore.outbox` (:class:`~app.sync.store_outbox.Outbox`),
:attr:`LocalStore.catalog` (:class:`~app.sync.search.Catalog`), and on the store itself the
cache (change-feed pages, the first-sync bulk load, reads, counts, checksums) and the sync state.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson
import sqlite_utils

from app.models.codec import from_json_dict
from app.models.entities import ENTITY_CLASSES, Resource
from app.sync import search, store_bulk, store_cache, store_files, store_outbox, store_recovery
from app.sync.store_cache import EntityChecksum, Record, SyncKey
from app.sync.store_files import StoreCorrupted, StoreTooNew
from app.sync.store_recovery import RecoveryReport
from app.sync.store_schema import CACHED_TABLES, ENTITY_TABLES, RESOURCE_COLUMNS

__all__ = [
    "AppliedChanges",
    "EntityChecksum",
    "LocalStore",
    "RecoveryReport",
    "StoreCorrupted",
    "StoreTooNew",
    "SyncKey",
    "open_store",
]

# Where each entity's JSON is read from (a resource's lives beside its narrow row).
_JSON_SOURCE: dict[str, str] = {
    "resource": "resources JOIN resource_json USING (rid)",
    **{spec.entity: spec.table for spec in CACHED_TABLES},
}
_FILTERABLE: dict[str, frozenset[str]] = {
    "resource": frozenset({"id", *RESOURCE_COLUMNS}),
    **{spec.entity: frozenset({"id", "version", *spec.columns}) for spec in CACHED_TABLES},
}


@dataclass(frozen=True, slots=True)
class AppliedChanges:
    """What one change-feed page did, per entity, so views redraw only that."""

    upserted: Mapping[str, frozenset[str]]
    deleted: Mapping[str, frozenset[str]]
    skipped: int
    cursor: str | None

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(self.upserted) | frozenset(self.deleted)


class LocalStore:
    """The local database of one account. Build it with :meth:`open` or :meth:`recover`."""

    def __init__(self, path: Path, connections: store_files.Connections, *, use_index: bool,
                 indexed: bool, backups: Sequence[Path] = ()) -> None:
        self.path = path
        self._conns = connections
        self._indexed = indexed  # the FTS table exists and is kept in step
        self.backups: tuple[Path, ...] = tuple(backups)
        self.recovery: RecoveryReport | None = None
        self.catalog = search.Catalog(connections.read, use_index=use_index)
        self.outbox = store_outbox.Outbox(
            connections.write, connections.read, indexed=lambda: self._indexed
        )

    # ----------------------------------------------------------------- open, recover, close

    @classmethod
    def open(cls, path: str | Path, *, search_index: bool | None = None,
             quick_check: bool = False) -> LocalStore:
        """Open (creating if needed), check, migrate. ``search_index=False`` forces LIKE search.

        Raises StoreCorrupted (then call :meth:`recover`) or StoreTooNew.
        """
        path = Path(path)
        conn = store_files.connect(path)
        try:
            conn.execute("PRAGMA cache_size = -32768")  # 32 MiB: bulk loads touch many pages
            conn.execute("PRAGMA journal_size_limit = 67108864")  # no 300 MB WAL left behind
            store_files.check_integrity(conn, path, quick=quick_check)
            backups = store_files.migrate(conn, path)
            indexed = search.index_exists(conn)
            if not indexed and search_index is not False and search.trigram_available(conn):
                conn.execute("BEGIN IMMEDIATE")
                search.create_index(conn)
                conn.execute("COMMIT")
                indexed = True
        except BaseException:
            conn.close()
            raise
        use_index = indexed and search_index is not False
        return cls(path, store_files.Connections(path, conn), use_index=use_index, indexed=indexed,
                   backups=backups)

    @classmethod
    def recover(cls, path: str | Path, *, search_index: bool | None = None) -> LocalStore:
        """Move a damaged file aside and start afresh, keeping the readable outbox and files.

        The returned store has an empty cache and no cursor, so the next sync is a full one;
        :attr:`recovery` says what was kept and lost and where the damaged file now is.
        """
        path = Path(path)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = store_files.move_aside(path, f"corrupt-{stamp}")
        salvaged = store_recovery.salvage(aside)
        store = cls.open(path, search_index=search_index)
        with store._conns.write() as conn:
            store.recovery = store_recovery.restore(conn, salvaged, aside)
            for key, value in _salvage_local_data(aside):
                store_cache.write_state(conn, key, value)
            store.reapply_pending()  # the kept items show as pending even before the re-sync
        return store

    def close(self) -> None:
        self._conns.close()

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction around several store calls (e.g. a whole full sync).

        The store's own writes inside it run in savepoints and commit with it; readers on other
        threads keep seeing the last committed state until then.
        """
        return _discard_connection(self._conns.write())

    def check_integrity(self, *, quick: bool = False) -> None:
        """Run the integrity check again (raises StoreCorrupted), e.g. after a sync in tests."""
        with self._conns.read() as conn:
            store_files.check_integrity(conn, self.path, quick=quick)

    @property
    def schema_version(self) -> int:
        with self._conns.read() as conn:
            return store_files.schema_version(conn)

    # ----------------------------------------------------------------------------- state

    def state(self, key: str) -> str | None:
        with self._conns.read() as conn:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def state_json(self, key: str) -> Any:
        text = self.state(key)
        return None if text is None else orjson.loads(text)

    def set_state(self, values: Mapping[str, str | None]) -> None:
        """Set several keys in one transaction; ``None`` removes a key."""
        with self._conns.write() as conn:
            for key, value in values.items():
                store_cache.write_state(conn, key, value)

    def set_state_json(self, key: str, value: Any) -> None:
        self.set_state({key: None if value is None else orjson.dumps(value).decode("utf-8")})

    @property
    def cursor(self) -> str | None:
        """Where the change feed resumes; None means a full sync is needed."""
        return self.state(SyncKey.CURSOR)

    # -------------------------------------------------------------------- cache: writing

    def apply_changes(self, changes: Iterable[Mapping[str, Any]],
                      cursor: str | int | None) -> AppliedChanges:
        """Apply one change-feed page and store its cursor, all in one transaction.

        A crash before the commit leaves neither the rows nor the cursor, so the page is fetched
        and applied again; after it, the next page starts from the stored cursor. Entities this
        client does not cache (a newer server's) are skipped and counted.
        """
        upserted: dict[str, set[str]] = {}
        deleted: dict[str, set[str]] = {}
        skipped = 0
        with self._conns.write() as conn:
            for change in changes:
                entity, op = str(change.get("entity")), change.get("op")
                if entity not in ENTITY_TABLES or op not in ("upsert", "delete"):
                    skipped += 1
                    continue
                if op == "delete":
                    entity_id = str(change["id"])
                    store_cache.delete_entity(conn, entity, entity_id, indexed=self._indexed)
                    deleted.setdefault(entity, set()).add(entity_id)
                    upserted.get(entity, set()).discard(entity_id)
                else:
                    entity_id = store_cache.upsert_entity(
                        conn, entity, change["data"], indexed=self._indexed
                    )
                    upserted.setdefault(entity, set()).add(entity_id)
                    deleted.get(entity, set()).discard(entity_id)
            if cursor is not None:
                store_cache.write_state(conn, SyncKey.CURSOR, str(cursor))
        return AppliedChanges(
            {entity: frozenset(ids) for entity, ids in upserted.items() if ids},
            {entity: frozenset(ids) for entity, ids in deleted.items() if ids},
            skipped, None if cursor is None else str(cursor),
        )

    def bulk_load_resources(self, records: Iterable[Record], *, batch: int = 2000,
                            cursor: str | int | None = None,
                            progress: Callable[[int], None] | None = None,
                            keep_pending: bool = True) -> int:
        """Replace the cached catalog with ``records`` (dicts or raw NDJSON lines); return count.

        One transaction, raw ``executemany`` per batch (:mod:`.store_bulk`), the sort indexes
        and the search index built once at the end, and ``cursor`` (the snapshot's position in
        the change feed) stored with it. Records are consumed as they come: only one batch is in
        memory. An exception from ``records`` (or a
        cancel raised by ``progress``) rolls everything back. ``keep_pending``: write the local
        data of unanswered outbox items for catalog entries again (:meth:`reapply_pending`);
        a caller that reapplies everything itself later in the same transaction passes False.
        """
        count = 0
        with self._conns.write() as conn:
            store_cache.clear_resources(conn, indexed=self._indexed)
            providers = store_cache.department_names(conn)
            with store_bulk.indexes_deferred(conn, "resources"):
                for count in store_bulk.bulk_insert_resources(conn, records, batch=batch,
                                                              providers=providers):
                    if progress is not None:
                        progress(count)
            if self._indexed:
                search.rebuild_index(conn)
            if keep_pending:
                self.reapply_pending(entities={"resource"})
            if cursor is not None:
                store_cache.write_state(conn, SyncKey.CURSOR, str(cursor))
        return count

    def reapply_pending(self, entities: Collection[str] | None = None) -> dict[str, set[str]]:
        """Write the ``local_data`` of every unanswered outbox item into the cache again.

        After the cache was replaced (a full re-sync, a recovery), queued work would otherwise
        vanish from the officer's lists until sent; applied in creation order, so the latest
        command's image of an object wins, exactly as when the items were queued. Returns the
        ids written per entity. ``entities`` limits it to those kinds.
        """
        written: dict[str, set[str]] = {}
        with self._conns.write() as conn:
            for entity, data in store_outbox.pending_local_data(conn):
                if entity not in ENTITY_TABLES or (entities is not None
                                                   and entity not in entities):
                    continue
                entity_id = store_cache.upsert_entity(conn, entity, data, indexed=self._indexed)
                written.setdefault(entity, set()).add(entity_id)
        return written

    def clear_cache(self) -> None:
        """Forget every cached entity and the cursor (before a full re-sync); keep the outbox.

        Call :meth:`reapply_pending` once the new cache is in (same transaction).
        """
        with self._conns.write() as conn:
            store_cache.clear_resources(conn, indexed=self._indexed)
            for spec in CACHED_TABLES:
                conn.execute(f"DELETE FROM {spec.table}")  # noqa: S608
            store_cache.write_state(conn, SyncKey.CURSOR, None)

    # -------------------------------------------------------------------- cache: reading

    def get_json(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        source = _JSON_SOURCE[entity]
        with self._conns.read() as conn:
            row = conn.execute(f"SELECT json FROM {source} WHERE id = ?",  # noqa: S608
                               (str(entity_id),)).fetchone()
        return None if row is None else dict(orjson.loads(row[0]))

    def get(self, entity: str, entity_id: str) -> object | None:
        """The cached entity as its domain object (:mod:`app.models.entities`)."""
        data = self.get_json(entity, entity_id)
        return None if data is None else from_json_dict(ENTITY_CLASSES[entity], data)

    def resource(self, resource_id: str) -> Resource | None:
        data = self.get_json("resource", resource_id)
        return None if data is None else from_json_dict(Resource, data)

    def select_json(self, entity: str, where: Mapping[str, object] | None = None, *,
                    order_by: str = "id", descending: bool = False, limit: int = -1,
                    offset: int = 0) -> list[dict[str, Any]]:
        """Cached entities matching indexed columns (a value, or a collection for IN)."""
        allowed = _FILTERABLE[entity]
        unknown = {*(where or {}), order_by} - allowed
        if unknown:
            raise ValueError(f"not an indexed column of {entity}: {sorted(unknown)}")
        conditions: list[str] = []
        params: list[object] = []
        for column, value in (where or {}).items():
            if isinstance(value, list | tuple | set | frozenset):
                values = [str(v) for v in value]
                conditions.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
            elif value is None:
                conditions.append(f"{column} IS NULL")
            else:
                conditions.append(f"{column} = ?")
                params.append(str(value) if not isinstance(value, int) else value)
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT json FROM {_JSON_SOURCE[entity]} "  # noqa: S608 (checked names only)
            f"WHERE {' AND '.join(conditions) or '1'} "
            f"ORDER BY {order_by} {direction}, id {direction} LIMIT ? OFFSET ?"
        )
        with self._conns.read() as conn:
            db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
            return [orjson.loads(row["json"]) for row in db.query(sql, [*params, limit, offset])]

    def counts(self) -> dict[str, int]:
        """Cached entities per change-feed entity name (``sharedesk status``)."""
        with self._conns.read() as conn:
            db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
            return {entity: db.table(table).count for entity, table in ENTITY_TABLES.items()}

    def checksum(self, entity: str) -> EntityChecksum:
        """Count and order-free digest of (id, version), to compare with the server's."""
        with self._conns.read() as conn:
            rows = conn.execute(f"SELECT id, version FROM {ENTITY_TABLES[entity]}")  # noqa: S608
            return store_cache.entity_checksum(entity, ((str(i), int(v)) for i, v in rows))


@contextmanager
def _discard_connection(writing: AbstractContextManager[sqlite3.Connection]) -> Iterator[None]:
    with writing:
        yield


def _salvage_local_data(damaged: Path) -> list[tuple[str, str]]:
    """The outbox items' local data from a damaged file, as far as it reads (else nothing)."""
    prefix = store_outbox.LOCAL_DATA_PREFIX
    try:
        conn = sqlite3.connect(damaged, isolation_level=None)
    except sqlite3.DatabaseError:
        return []
    try:
        rows = conn.execute("SELECT key, value FROM sync_state WHERE key >= ? AND key < ?",
                            (prefix, prefix[:-1] + "/")).fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
    return [(str(key), str(value)) for key, value in rows
            if isinstance(key, str) and isinstance(value, str)]


def open_store(path: str | Path, *, search_index: bool | None = None,
               quick_check: bool = False) -> LocalStore:
    """Same as :meth:`LocalStore.open`."""
    return LocalStore.open(path, search_index=search_index, quick_check=quick_check)
