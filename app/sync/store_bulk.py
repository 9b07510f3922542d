"""The first sync's bulk path: the whole catalog written at once.

:func:`bulk_insert_resources` writes catalog entries with raw ``executemany`` in batches
(integer keys handed out in order, so the data items land sequentially) and no index upkeep;
:func:`indexes_deferred` drops the secondary indexes for the load and builds them again, sorted,
at its end, and the store rebuilds the search index once after that.

Measured and left out (bench/bench_sync.py, 100k entries, 2 cores): handing the batches to a
writer thread so SQLite's work overlaps the download and decode won 3% (16.4 s → 15.9 s): the
SQLite side is the longer one (the search index alone takes ~2.7 s of it), and binding two
million rows takes the GIL back from the downloading thread row by row. Reading the data items
from the stored JSON in SQL (``json_each``) instead of binding them is slower still (2.2 s
against 1.1 s per 30k entries).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from app.sync.store_cache import Record, data_item_rows, decode_record, resource_values
from app.sync.store_schema import RESOURCE_COLUMNS, RESOURCES_TABLE

# SQL below names only constants; every value is a bound parameter.
RESOURCE_INSERT = (
    f"INSERT INTO {RESOURCES_TABLE} (rid, id, {', '.join(RESOURCE_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * (len(RESOURCE_COLUMNS) + 2))})"
)
JSON_INSERT = "INSERT INTO resource_json (rid, json) VALUES (?, ?)"
DATA_ITEM_INSERT = (
    "INSERT INTO data_items (resource_rid, position, name, type, description) "
    "VALUES (?, ?, ?, ?, ?)"
)


def bulk_insert_resources(
    conn: sqlite3.Connection, records: Iterable[Record], *, batch: int,
    providers: dict[str, str], first_rid: int = 1,
) -> Generator[int, None, None]:
    """Insert catalog entries in batches; yield the running count after each batch.

    ``providers`` maps department ids to names. The resource table must be empty of these ids
    (the caller clears it). Holds one batch in memory at a time, never the catalog.
    """
    rid = first_rid - 1
    count = 0
    resource_rows: list[tuple[Any, ...]] = []
    json_rows: list[tuple[int, str]] = []
    item_rows: list[tuple[Any, ...]] = []

    def flush() -> None:
        conn.executemany(RESOURCE_INSERT, resource_rows)
        conn.executemany(JSON_INSERT, json_rows)
        conn.executemany(DATA_ITEM_INSERT, item_rows)
        resource_rows.clear()
        json_rows.clear()
        item_rows.clear()

    for record in records:
        data, text = decode_record(record)
        rid += 1
        provider = providers.get(str(data.get("provider_department_id")), "")
        resource_rows.append((rid, str(data["id"]), *resource_values(data, provider)))
        json_rows.append((rid, text))
        item_rows.extend(data_item_rows(rid, data))
        if len(resource_rows) >= batch:
            count += len(resource_rows)
            flush()
            yield count
    if resource_rows:
        count += len(resource_rows)
        flush()
        yield count


@contextmanager
def indexes_deferred(conn: sqlite3.Connection, table: str) -> Iterator[None]:
    """Drop the table's secondary indexes, and build them again (sorted, at once) on exit.

    For a bulk load, sorting each index once beats updating ten B-trees row by row (about a
    second of 14 at 100k entries, bench/bench_search.py). The definitions come from the file
    itself, so the indexes the migrations made are the ones rebuilt; on an error the caller's
    rollback restores them.
    """
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    for name, _ in found:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in found:
        conn.execute(sql)
