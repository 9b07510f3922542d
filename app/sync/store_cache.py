"""Writing cached entities: one change at a time, or the whole catalog at once.

Everything here takes an open connection inside the caller's transaction; the store decides
where transactions begin and end (a change-feed page and its cursor commit together).

Two write paths for resources, chosen knowingly (DESIGN.md, "Performance notes"):
* :func:`upsert_entity` / :func:`delete_entity` for the change feed: a row at a time, keeping the
  search index in step through FTS5's ``delete``/insert commands.
* :mod:`app.sync.store_bulk` for the first sync: raw ``executemany`` in batches, integer keys
  handed out in order so the data items land sequentially, and no index upkeep; this module
  gives it the row builders (:func:`resource_values`, :func:`data_item_rows`).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from app.models.enums import UpdateCycle
from app.sync import search
from app.sync.store_schema import CACHED_TABLES, RESOURCE_COLUMNS, RESOURCES_TABLE, CachedTable

JSONDict = dict[str, Any]
# A decoded entity, its raw JSON (bytes or text), or both (decoded, text) as a snapshot streams.
Record = Mapping[str, Any] | bytes | str | tuple[Mapping[str, Any], str]
_SPECS: dict[str, CachedTable] = {spec.entity: spec for spec in CACHED_TABLES}
# Sorting by update cycle follows the cycle's natural order (real time first), not its code.
UPDATE_CYCLE_RANK: dict[str, int] = {cycle.value: rank for rank, cycle in enumerate(UpdateCycle)}
# SQL below names only this module's constants; every value is a bound parameter.
_RESOURCE_INSERT_NEW = (
    f"INSERT INTO {RESOURCES_TABLE} (id, {', '.join(RESOURCE_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * (len(RESOURCE_COLUMNS) + 1))}) RETURNING rid"
)
_RESOURCE_UPDATE = (
    f"UPDATE {RESOURCES_TABLE} SET "  # noqa: S608
    f"{', '.join(f'{column} = ?' for column in RESOURCE_COLUMNS)} WHERE rid = ?"
)
_JSON_INSERT = "INSERT INTO resource_json (rid, json) VALUES (?, ?)"
_JSON_UPSERT = _JSON_INSERT + " ON CONFLICT (rid) DO UPDATE SET json = excluded.json"
_DATA_ITEM_INSERT = (
    "INSERT INTO data_items (resource_rid, position, name, type, description) "
    "VALUES (?, ?, ?, ?, ?)"
)


def _upsert_sql(spec: CachedTable) -> str:
    columns = ("id", *spec.columns, "version", "json")
    updates = ", ".join(f"{column} = excluded.{column}" for column in columns[1:])
    return (
        f"INSERT INTO {spec.table} ({', '.join(columns)}) "  # noqa: S608
        f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT (id) DO UPDATE SET {updates}"
    )


_UPSERT = {spec.entity: _upsert_sql(spec) for spec in CACHED_TABLES}
_DELETE = {
    spec.entity: f"DELETE FROM {spec.table} WHERE id = ?"  # noqa: S608
    for spec in CACHED_TABLES
}


def decode_record(record: Record) -> tuple[JSONDict, str]:
    """An entity as (dict, JSON text); raw NDJSON lines and (dict, text) pairs are kept as they
    came, not re-encoded."""
    if isinstance(record, tuple):
        data = record[0]
        return data if isinstance(data, dict) else dict(data), record[1]
    if isinstance(record, bytes | str):
        text = record.decode("utf-8") if isinstance(record, bytes) else record
        return orjson.loads(text), text.strip()
    return dict(record), orjson.dumps(record).decode("utf-8")


def _column_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode("utf-8")
    return value


def _version(data: Mapping[str, Any]) -> int:
    version = data.get("version", 0)
    return version if isinstance(version, int) else 0


def resource_values(data: Mapping[str, Any], provider_name: str) -> tuple[Any, ...]:
    """The values of :data:`RESOURCE_COLUMNS` for one catalog entry's JSON."""
    items = data.get("data_items") or ()
    share = data.get("share") or {}
    cycle = data.get("update_cycle")
    return (
        data.get("name") or "",
        data.get("code") or "",
        data.get("summary") or "",
        "\n".join(str(item.get("name") or "") for item in items),
        data.get("provider_department_id"),
        provider_name,
        share.get("attribute") if isinstance(share, Mapping) else None,
        data.get("catalog_type"),
        cycle,
        UPDATE_CYCLE_RANK.get(str(cycle)),
        data.get("status"),
        data.get("publish_date"),
        data.get("updated_at"),
        _version(data),
    )


def data_item_rows(rid: int, data: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (rid, position, item.get("name") or "", item.get("type"), item.get("description") or "")
        for position, item in enumerate(data.get("data_items") or ())
    ]


def department_names(conn: sqlite3.Connection) -> dict[str, str]:
    return {row[0]: row[1] or "" for row in conn.execute("SELECT id, name FROM departments")}


def _provider_name(conn: sqlite3.Connection, data: Mapping[str, Any]) -> str:
    row = conn.execute(
        "SELECT name FROM departments WHERE id = ?", (data.get("provider_department_id"),)
    ).fetchone()
    return str(row[0] or "") if row else str(data.get("provider_name") or "")


def _indexed_text(conn: sqlite3.Connection, entity_id: str) -> tuple[Any, ...] | None:
    row = conn.execute(
        "SELECT rid, name, code, summary, item_names FROM resources WHERE id = ?", (entity_id,)
    ).fetchone()
    return tuple(row) if row else None


def _upsert_resource(conn: sqlite3.Connection, data: Mapping[str, Any], text: str,
                     indexed: bool) -> None:
    old = _indexed_text(conn, str(data["id"]))
    values = resource_values(data, _provider_name(conn, data))
    if old is None:
        rid = conn.execute(_RESOURCE_INSERT_NEW, (str(data["id"]), *values)).fetchone()[0]
    else:
        rid = old[0]
        if indexed:
            search.index_delete(conn, old)
        conn.execute(_RESOURCE_UPDATE, (*values, rid))
        conn.execute("DELETE FROM data_items WHERE resource_rid = ?", (rid,))
    conn.execute(_JSON_UPSERT, (rid, text))
    conn.executemany(_DATA_ITEM_INSERT, data_item_rows(rid, data))
    if indexed:
        search.index_insert(conn, (rid, values[0], values[1], values[2], values[3]))


def _upsert_cached(conn: sqlite3.Connection, spec: CachedTable, data: Mapping[str, Any],
                   text: str) -> None:
    values = (
        str(data["id"]), *(_column_value(data.get(column)) for column in spec.columns),
        _version(data), text,
    )
    conn.execute(_UPSERT[spec.entity], values)
    if spec.entity == "department":
        # Resource rows carry their provider's name so the catalog sorts by it with an index.
        conn.execute(
            "UPDATE resources SET provider_name = ? "
            "WHERE provider_department_id = ? AND provider_name != ?",
            (data.get("name") or "", str(data["id"]), data.get("name") or ""),
        )


def upsert_entity(conn: sqlite3.Connection, entity: str, record: Record, *, indexed: bool) -> str:
    """Insert or replace one cached entity; return its id. ``indexed``: keep the FTS in step."""
    data, text = decode_record(record)
    if entity == "resource":
        _upsert_resource(conn, data, text, indexed)
    else:
        _upsert_cached(conn, _SPECS[entity], data, text)
    return str(data["id"])


def delete_entity(conn: sqlite3.Connection, entity: str, entity_id: str, *, indexed: bool) -> None:
    if entity == "resource":
        old = _indexed_text(conn, entity_id)
        if old is None:
            return
        if indexed:
            search.index_delete(conn, old)
        conn.execute("DELETE FROM resources WHERE rid = ?", (old[0],))  # items cascade
    else:
        conn.execute(_DELETE[entity], (entity_id,))


def clear_resources(conn: sqlite3.Connection, *, indexed: bool) -> None:
    conn.execute("DELETE FROM data_items")
    conn.execute("DELETE FROM resource_json")
    conn.execute("DELETE FROM resources")
    if indexed:
        search.index_clear(conn)


class SyncKey:
    """Keys of ``sync_state`` (the sync engine's memory, not the officer's settings)."""

    CURSOR = "cursor"
    LAST_SYNC_AT = "last_sync_at"
    SERVER_URL = "server_url"
    USERNAME = "username"
    PROFILE = "profile"
    CALENDAR = "calendar"


def write_state(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


@dataclass(frozen=True, slots=True)
class EntityChecksum:
    """How many entities of a kind are held, and an order-free digest of their (id, version).

    The server computes the same with :func:`entity_checksum` over what it shows this user; equal
    checksums after a full sync mean the cache holds exactly the server's objects and versions.
    """

    entity: str
    count: int
    digest: str


def entity_checksum(entity: str, pairs: Iterable[tuple[str, int]]) -> EntityChecksum:
    """XOR of the first 16 bytes of SHA-256(``"<id>:<version>"``) over every pair, and the count.

    ``id`` is the canonical UUID text (lower case, hyphens); a missing version counts as 0.
    XOR makes the digest independent of order, so both sides can stream their rows.
    """
    digest = 0
    count = 0
    for entity_id, version in pairs:
        token = hashlib.sha256(f"{entity_id}:{version}".encode()).digest()[:16]
        digest ^= int.from_bytes(token, "big")
        count += 1
    return EntityChecksum(entity, count, f"{digest:032x}")
