"""The local store's schema: its tables, and the ordered migrations that build them.

Each migration takes a database at version ``N - 1`` to version ``N`` (``PRAGMA user_version``).
:mod:`app.sync.store` runs the missing ones in order at open, each in its own transaction and
after a file backup. Never edit a migration that has shipped: add the next one.

Cached entities share one shape: ``id`` (the UUID as text), a few columns copied out of the
entity's JSON for filters and sorting, ``version`` and the full JSON (``json``, from
:func:`app.models.codec.to_json_dict`). Resources differ in two ways, both for speed at 100k
entries: they are keyed internally by an integer ``rid``, so their 20-odd data items per entry
cluster on disk and bulk loads write in key order (measured: as fast as a bare table, where a
text key doubles the time and the file size); and their JSON (≈3 KB each) lives beside them in
``resource_json``, so the rows that searches scan and sort stay narrow (half the scan time).

Version 3 replaced the five sort indexes of version 1 with wider ones: each catalog sort key
walks one index that ends with the id and the enum filter columns (status, share attribute, catalog
type, update cycle), so a filtered page — "published only" sorted by name, say — is read in order
from the index alone, and an ``OFFSET`` skips index entries without touching a row (measured at
100k entries: 8–18 ms for the last page of 200, against 0.2–1.6 s sorting the status index's
rows; bench/bench_search.py). The migration takes ~3 s on such a file, backup included.

The FTS5 search index is not a migration: whether it can exist depends on the SQLite the client
runs on (the ``trigram`` tokenizer), so :mod:`app.sync.search` creates it at open when possible.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CachedTable:
    """A table of cached entities of one change-feed ``entity``.

    ``columns`` are top-level keys of the entity's JSON copied into columns of the same name.
    """

    entity: str
    table: str
    columns: tuple[str, ...]
    indexes: tuple[tuple[str, ...], ...] = ()


# Resources and their data items have their own, hand-written tables (search needs more).
CACHED_TABLES: tuple[CachedTable, ...] = (
    CachedTable(
        "department", "departments",
        ("code", "name", "level", "parent_id", "supervisor_department_id"),
        (("parent_id",), ("supervisor_department_id",)),
    ),
    CachedTable(
        "user", "users", ("username", "display_name", "department_id"), (("department_id",),)
    ),
    CachedTable(
        "request", "requests",
        ("resource_id", "requester_department_id", "provider_department_id", "status", "due",
         "updated_at"),
        (("requester_department_id", "status"), ("provider_department_id", "status"),
         ("resource_id",), ("due",)),
    ),
    CachedTable(
        "feedback", "feedback",
        ("resource_id", "requester_department_id", "provider_department_id", "status", "due",
         "updated_at"),
        (("requester_department_id", "status"), ("provider_department_id", "status"),
         ("resource_id",), ("due",)),
    ),
    CachedTable(
        "dispute", "disputes",
        ("subject", "subject_id", "raised_by_department_id", "against_department_id",
         "supervisor_department_id", "status", "updated_at"),
        (("supervisor_department_id", "status"), ("subject_id",)),
    ),
    CachedTable(
        "filing", "filings",
        ("kind", "subject_id", "department_id", "supervisor_department_id", "status", "filed_at",
         "updated_at"),
        (("supervisor_department_id", "status"), ("department_id",), ("subject_id",)),
    ),
    CachedTable(
        "suspension", "suspensions",
        ("request_id", "kind", "status", "decided_at", "updated_at"),
        (("request_id",),),
    ),
    CachedTable(
        "notification", "notifications",
        ("recipient_department_id", "recipient_user_id", "kind", "subject_entity", "subject_id",
         "created_at", "read"),
        (("recipient_department_id", "created_at"), ("recipient_user_id",)),
    ),
)

RESOURCE_ENTITY = "resource"
RESOURCES_TABLE = "resources"
# Every cached entity, feed name -> table.
ENTITY_TABLES: dict[str, str] = {
    RESOURCE_ENTITY: RESOURCES_TABLE,
    **{spec.entity: spec.table for spec in CACHED_TABLES},
}

# Columns of `resources` filled from an entry's JSON (besides rid, id, json).
RESOURCE_COLUMNS: tuple[str, ...] = (
    "name", "code", "summary", "item_names", "provider_department_id", "provider_name",
    "share_attribute", "catalog_type", "update_cycle", "update_cycle_rank", "status",
    "publish_date", "updated_at", "version",
)
# Version 1's indexes. Sort columns carry the id as tiebreak so a page boundary never splits ties
# differently; version 3 drops the first five (the sort indexes) for RESOURCE_SORT_ORDERS'.
RESOURCE_INDEXES: tuple[tuple[str, ...], ...] = (
    ("name", "id"), ("code", "id"), ("provider_name", "id"), ("publish_date", "id"),
    ("update_cycle_rank", "id"), ("provider_department_id",), ("share_attribute",),
    ("catalog_type",), ("update_cycle",), ("status",),
)

# Natural (enum declaration) order of R10's share attributes and R3's catalog types, as SQL.
# Frozen with migration 3, whose indexes use them: a new enum value means a new migration.
SHARE_ATTRIBUTE_RANK = (
    "CASE share_attribute WHEN 'unconditional' THEN 0 WHEN 'conditional' THEN 1 "
    "WHEN 'not_shared' THEN 2 END"
)
CATALOG_TYPE_RANK = (
    "CASE catalog_type WHEN 'basic' THEN 0 WHEN 'thematic' THEN 1 WHEN 'departmental' THEN 2 END"
)
# Sort key (app.sync.search.SortKey value) -> what its index leads with; the id follows as the
# tiebreak, then ENUM_FILTER_COLUMNS. Low-cardinality enums sort by name within a value.
RESOURCE_SORT_ORDERS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "code": ("code",),
    "provider": ("provider_name",),
    "publish_date": ("publish_date",),
    "update_cycle": ("update_cycle_rank",),
    "share_attribute": (SHARE_ATTRIBUTE_RANK, "name"),
    "catalog_type": (CATALOG_TYPE_RANK, "name"),
}
# Filters with a handful of values (R3, R10): read from the sort index, never driven by their
# own index when a page is sorted. The provider filter is selective and keeps its own index.
ENUM_FILTER_COLUMNS: tuple[str, ...] = ("status", "share_attribute", "catalog_type", "update_cycle")

OUTBOX_STATES = ("queued", "sending", "needs_attention", "conflict", "held")


def _index_sql(table: str, columns: tuple[str, ...]) -> str:
    name = f"ix_{table}_{'_'.join(columns)}"
    return f"CREATE INDEX {name} ON {table} ({', '.join(columns)})"


def _cache_tables(conn: sqlite3.Connection) -> None:
    """Version 1: the cache of what the server shows this user, and the sync state."""
    conn.execute(
        "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
    )
    conn.execute(
        """CREATE TABLE resources (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            code TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            item_names TEXT NOT NULL DEFAULT '',
            provider_department_id TEXT,
            provider_name TEXT NOT NULL DEFAULT '',
            share_attribute TEXT,
            catalog_type TEXT,
            update_cycle TEXT,
            update_cycle_rank INTEGER,
            status TEXT,
            publish_date TEXT,
            updated_at TEXT,
            version INTEGER NOT NULL DEFAULT 0
        )"""
    )
    conn.execute(
        """CREATE TABLE resource_json (
            rid INTEGER PRIMARY KEY REFERENCES resources (rid) ON DELETE CASCADE,
            json TEXT NOT NULL
        )"""
    )
    conn.execute(
        """CREATE TABLE data_items (
            resource_rid INTEGER NOT NULL REFERENCES resources (rid) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (resource_rid, position)
        ) WITHOUT ROWID"""
    )
    for columns in RESOURCE_INDEXES:
        conn.execute(_index_sql(RESOURCES_TABLE, columns))
    for spec in CACHED_TABLES:
        extra = "".join(f", {column}" for column in spec.columns)
        conn.execute(
            f"CREATE TABLE {spec.table} (id TEXT PRIMARY KEY{extra}, "
            "version INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL)"
        )
        for columns in spec.indexes:
            conn.execute(_index_sql(spec.table, columns))


def _offline_work_tables(conn: sqlite3.Connection) -> None:
    """Version 2: the outbox of commands not yet answered, and evidence files not yet uploaded.

    ``seq`` is AUTOINCREMENT so creation order survives deletions and a recovery (which copies
    rows with their ``seq``); ``id`` is the UUID sent as ``Idempotency-Key``.
    """
    states = ", ".join(f"'{state}'" for state in OUTBOX_STATES)
    conn.execute(
        f"""CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            body TEXT,
            if_match TEXT,
            entity TEXT NOT NULL,
            entity_id TEXT,
            state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ({states})),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT,
            server_version TEXT
        )"""
    )
    conn.execute(_index_sql("outbox", ("state", "seq")))
    conn.execute(_index_sql("outbox", ("entity", "entity_id")))
    conn.execute(
        """CREATE TABLE attachments_local (
            id TEXT PRIMARY KEY,
            outbox_id TEXT REFERENCES outbox (id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    conn.execute(_index_sql("attachments_local", ("outbox_id",)))


def sort_index_name(sort_key: str) -> str:
    return f"ix_resources_sort_{sort_key}"


def _sort_indexes_with_filters(conn: sqlite3.Connection) -> None:
    """Version 3: one index per catalog sort key that also holds the enum filter columns.

    Replaces version 1's (column, id) sort indexes; adds share attribute and catalog type order.
    """
    for replaced in ("name_id", "code_id", "provider_name_id", "publish_date_id",
                     "update_cycle_rank_id"):
        conn.execute(f"DROP INDEX IF EXISTS ix_{RESOURCES_TABLE}_{replaced}")
    for sort_key, leading in RESOURCE_SORT_ORDERS.items():
        columns = ", ".join((*leading, "id", *ENUM_FILTER_COLUMNS))
        conn.execute(f"CREATE INDEX {sort_index_name(sort_key)} ON {RESOURCES_TABLE} ({columns})")


Migration = Callable[[sqlite3.Connection], None]

# MIGRATIONS[i] takes the database from version i to version i + 1.
MIGRATIONS: tuple[Migration, ...] = (
    _cache_tables, _offline_work_tables, _sort_indexes_with_filters,
)
SCHEMA_VERSION = len(MIGRATIONS)
