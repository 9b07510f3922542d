"""The first sync's bulk path: the whole catalog written at once, in two threads.

:func:`bulk_insert_resources` builds rows in the calling thread (which also downloads and decodes
the snapshot: the iterator it consumes reads the network) and hands each batch to one writer
thread that runs the ``executemany`` calls for the entries and their JSON, then one
``INSERT … SELECT`` for the batch's data items (SQLite reads them from the JSON it just stored:
~20 per entry, two million rows at 100k entries, none of them built or bound in Python) and,
when the catalog has a search index, one more that fills it from the index's content view.
SQLite releases the GIL while it steps, so on two cores the B-tree and FTS work overlaps the
download, the JSON decode and the row building instead of following them (bench/bench_sync.py).
The queue between the two holds at most :data:`QUEUED_BATCHES` batches, so memory stays a few
batches whatever the catalog's size.

The connection is used by the writer thread only while the load runs; the caller's transaction
is untouched by the threads (it commits or rolls back after :func:`bulk_insert_resources`
returns or raises, and the writer thread has always ended by then). :func:`indexes_deferred`
drops the secondary indexes for the load and builds them again, sorted, at its end.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from app.sync import search
from app.sync.store_cache import decode_record, resource_values
from app.sync.store_schema import RESOURCE_COLUMNS, RESOURCES_TABLE

QUEUED_BATCHES = 2
# SQL below names only constants; every value is a bound parameter.
RESOURCE_INSERT = (
    f"INSERT INTO {RESOURCES_TABLE} (rid, id, {', '.join(RESOURCE_COLUMNS)}) "  # noqa: S608
    f"VALUES ({', '.join('?' * (len(RESOURCE_COLUMNS) + 2))})"
)
JSON_INSERT = "INSERT INTO resource_json (rid, json) VALUES (?, ?)"
# The data items of a batch, read by SQLite from the entries' JSON: one statement, no GIL held,
# where two million bound rows would take the GIL back two million times from the producer.
_ITEMS_RANGE = (
    "INSERT INTO data_items (resource_rid, position, name, type, description) "
    "SELECT r.rid, CAST(i.key AS INTEGER), COALESCE(json_extract(i.value, '$.name'), ''), "
    "json_extract(i.value, '$.type'), COALESCE(json_extract(i.value, '$.description'), '') "
    "FROM resource_json AS r, json_each(r.json, '$.data_items') AS i "
    "WHERE r.rid BETWEEN ? AND ?"
)
_INDEX_RANGE = (
    f"INSERT INTO {search.INDEX_TABLE} (rowid, {', '.join(search.INDEXED_COLUMNS)}) "  # noqa: S608
    f"SELECT rid, {', '.join(search.INDEXED_COLUMNS)} FROM {search.CONTENT_VIEW} "
    "WHERE rid BETWEEN ? AND ?"
)

Batch = tuple[list[tuple[Any, ...]], list[tuple[int, str]]]


class _BatchWriter:
    """One thread that writes the batches it is handed, in order, on ``conn``."""

    def __init__(self, conn: sqlite3.Connection, *, indexed: bool) -> None:
        self._conn = conn
        self._indexed = indexed
        self._batches: queue.Queue[Batch | None] = queue.Queue(maxsize=QUEUED_BATCHES)
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sharedesk-bulk-writer",
                                        daemon=True)

    def __enter__(self) -> _BatchWriter:
        self._thread.start()
        return self

    def put(self, batch: Batch) -> None:
        while not self._stop.is_set():
            try:
                self._batches.put(batch, timeout=0.1)
                return
            except queue.Full:
                continue
        self._raise()

    def _run(self) -> None:
        try:
            while (batch := self._batches.get()) is not None:
                if self._stop.is_set():
                    continue  # the load failed or was abandoned: drain, write nothing
                resources, texts = batch
                if not resources:
                    continue
                first_last = (resources[0][0], resources[-1][0])
                self._conn.executemany(RESOURCE_INSERT, resources)
                self._conn.executemany(JSON_INSERT, texts)
                self._conn.execute(_ITEMS_RANGE, first_last)
                if self._indexed:
                    self._conn.execute(_INDEX_RANGE, first_last)
        except BaseException as error:  # handed to the caller's thread by _raise
            self._error = error
            self._stop.set()
            while self._batches.get() is not None:  # unblock a producer waiting on a full queue
                pass

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if error is not None:
            self._stop.set()  # the producer failed (a cut download, a cancel): write no more
        self._batches.put(None)
        self._thread.join()
        if error is None:
            self._raise()


def bulk_insert_resources(
    conn: sqlite3.Connection, records: Iterable[Any], *, batch: int,
    providers: dict[str, str], indexed: bool, first_rid: int = 1,
) -> Generator[int, None, None]:
    """Insert catalog entries in batches; yield the running count after each batch is queued.

    ``records`` are what :func:`app.sync.store_cache.decode_record` accepts; ``providers`` maps
    department ids to names; ``indexed``: fill the (emptied) search index as the rows land. The
    resource table must be empty of these ids. Close the generator (or exhaust it) before
    ending the transaction: that waits for the writer thread.
    """
    rid = first_rid - 1
    count = 0
    resource_rows: list[tuple[Any, ...]] = []
    json_rows: list[tuple[int, str]] = []
    with _BatchWriter(conn, indexed=indexed) as writer:
        for record in records:
            data, text = decode_record(record)
            rid += 1
            provider = providers.get(str(data.get("provider_department_id")), "")
            resource_rows.append((rid, str(data["id"]), *resource_values(data, provider)))
            json_rows.append((rid, text))
            if len(resource_rows) >= batch:
                count += len(resource_rows)
                writer.put((resource_rows, json_rows))
                resource_rows, json_rows = [], []
                yield count
        if resource_rows:
            count += len(resource_rows)
            writer.put((resource_rows, json_rows))
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
