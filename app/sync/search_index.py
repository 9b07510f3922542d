"""The catalog's FTS5 ``trigram`` search index: its tables, and keeping it in step with the rows.

The index ``resource_search`` is an external-content FTS5 table over the ``resources`` columns
name, code, summary and item_names (the data items' names, one per line), keyed by ``rid``. Its
content is a view that ends every column with two U+001F characters, so a 1- or 2-character term
still begins an indexed trigram (:mod:`app.sync.search` explains why). The store keeps it in step
row by row (:func:`index_delete` / :func:`index_insert`) and rebuilds it once after a bulk load
(:func:`rebuild_index`). It is not a migration: whether it can exist depends on the SQLite the
client runs on, so the store creates it at open when :func:`trigram_available`.
"""

from __future__ import annotations

import sqlite3
from typing import Any

INDEX_TABLE = "resource_search"
CONTENT_VIEW = "resource_search_text"
VOCABULARY = "resource_search_vocab"
INDEXED_COLUMNS = ("name", "code", "summary", "item_names")
# Two unit separators end every indexed column, so a 1-character term at the end of a value is
# still the first character of a trigram. Users cannot type them: queries drop control chars.
TERMINATOR = "\x1f\x1f"


def trigram_available(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite can build an FTS5 index with the trigram tokenizer."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.trigram_probe")
    return True


def index_exists(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (INDEX_TABLE,)
    ).fetchone()
    return row is not None


def create_index(conn: sqlite3.Connection) -> None:
    """Create the index (with its content view and vocabulary) and fill it; in a transaction."""
    padded = ", ".join(f"{column} || char(31, 31) AS {column}" for column in INDEXED_COLUMNS)
    conn.execute(f"CREATE VIEW {CONTENT_VIEW} AS SELECT rid, {padded} FROM resources")  # noqa: S608
    conn.execute(
        f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5({', '.join(INDEXED_COLUMNS)}, "
        f"content='{CONTENT_VIEW}', content_rowid='rid', tokenize='trigram')"
    )
    conn.execute(f"CREATE VIRTUAL TABLE {VOCABULARY} USING fts5vocab({INDEX_TABLE}, 'row')")
    rebuild_index(conn)


# Identifiers below are this module's constants; every value is a bound parameter.
_REBUILD = f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('rebuild')"  # noqa: S608
_DELETE_ALL = f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('delete-all')"  # noqa: S608
_DELETE_ROW = (
    f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}, rowid, {', '.join(INDEXED_COLUMNS)}) "  # noqa: S608
    "VALUES ('delete', ?, ?, ?, ?, ?)"
)
_INSERT_ROW = (
    f"INSERT INTO {INDEX_TABLE} (rowid, {', '.join(INDEXED_COLUMNS)}) "  # noqa: S608
    "VALUES (?, ?, ?, ?, ?)"
)


def rebuild_index(conn: sqlite3.Connection) -> None:
    conn.execute(_REBUILD)


def index_clear(conn: sqlite3.Connection) -> None:
    conn.execute(_DELETE_ALL)


def _padded(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return (row[0], *(f"{value or ''}{TERMINATOR}" for value in row[1:]))


def index_delete(conn: sqlite3.Connection, old: tuple[Any, ...]) -> None:
    """Remove a row from the index; ``old`` is (rid, *INDEXED_COLUMNS) as stored in resources."""
    conn.execute(_DELETE_ROW, _padded(old))


def index_insert(conn: sqlite3.Connection, row: tuple[Any, ...]) -> None:
    """Add a row to the index; ``row`` is (rid, *INDEXED_COLUMNS) as stored in resources."""
    conn.execute(_INSERT_ROW, _padded(row))
