"""Catalog search for Chinese text: FTS5 ``trigram`` where it works, ``LIKE`` where it cannot.

The index ``resource_search`` is an external-content FTS5 table over the ``resources`` columns
name, code, summary and item_names (the data items' names, one per line), keyed by ``rid``. The
store keeps it in step row by row (:func:`index_delete` / :func:`index_insert`) and rebuilds it
once after a bulk load (:func:`rebuild_index`).

How a query is answered: the text is split at white space; each term of 3 characters or more
becomes a quoted FTS5 phrase (so quotes, ``*``, ``AND``, ``NEAR(``, ``-`` are plain text), each
shorter term a ``LIKE`` on the base columns — a trigram index cannot find fewer than 3 characters
(SQLite 3.40 answers nothing). Where the SQLite has no trigram tokenizer, or search is forced
into that mode, every term uses ``LIKE`` and :attr:`Catalog.warning` says so. Filters and sorting
are SQL over indexed columns; pages are (offset, limit) with the id as tiebreak, so consecutive
pages never overlap or skip.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from app.models.enums import (
    CatalogType,
    ResourceStatus,
    ShareAttribute,
    UpdateCycle,
)

INDEX_TABLE = "resource_search"
INDEXED_COLUMNS = ("name", "code", "summary", "item_names")
TRIGRAM_MIN = 3
_SPLIT = re.compile(r"\s+")  # \s covers the full-width space U+3000 too
E = TypeVar("E", bound=Enum)


class SortKey(str, Enum):
    """Columns the catalog table sorts by; RELEVANCE ranks name hits over items over summary."""

    RELEVANCE = "relevance"
    NAME = "name"
    CODE = "code"
    PROVIDER = "provider"
    PUBLISH_DATE = "publish_date"
    UPDATE_CYCLE = "update_cycle"


_SORT_COLUMNS = {
    SortKey.NAME: "r.name",
    SortKey.CODE: "r.code",
    SortKey.PROVIDER: "r.provider_name",
    SortKey.PUBLISH_DATE: "r.publish_date",
    SortKey.UPDATE_CYCLE: "r.update_cycle_rank",
}


@dataclass(frozen=True, slots=True)
class CatalogQuery:
    """What the officer typed and chose. Empty filter sets mean "any"."""

    text: str = ""
    share_attributes: frozenset[ShareAttribute] = frozenset()
    catalog_types: frozenset[CatalogType] = frozenset()
    provider_department_ids: frozenset[str] = frozenset()
    update_cycles: frozenset[UpdateCycle] = frozenset()
    statuses: frozenset[ResourceStatus] = frozenset()
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ResourceRow:
    """One line of the catalog table: only what the table shows, not the whole entry."""

    id: str
    name: str
    code: str
    provider_department_id: str | None
    provider_name: str
    share_attribute: ShareAttribute | None
    catalog_type: CatalogType | None
    update_cycle: UpdateCycle | None
    status: ResourceStatus | None
    publish_date: date | None
    version: int


@dataclass(frozen=True, slots=True)
class SearchNotice:
    """Something the search field should tell the officer, in Chinese and English."""

    code: str
    message_zh: str
    message_en: str

    def message(self, language: str = "zh") -> str:
        return self.message_en if language.startswith("en") else self.message_zh


DEGRADED_NOTICE = SearchNotice(
    code="search.degraded",
    message_zh="本机的 SQLite 不支持中文全文索引（trigram），检索将逐条比对，速度较慢。",
    message_en=(
        "This computer's SQLite has no trigram full-text index; search compares entries one "
        "by one and is slower."
    ),
)


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
    """Create the (empty) index and fill it from ``resources``; caller holds a transaction."""
    conn.execute(
        f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5({', '.join(INDEXED_COLUMNS)}, "
        "content='resources', content_rowid='rid', tokenize='trigram')"
    )
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


def index_delete(conn: sqlite3.Connection, old: tuple[Any, ...]) -> None:
    """Remove a row from the index; ``old`` is (rid, *indexed columns) exactly as indexed."""
    conn.execute(_DELETE_ROW, old)


def index_insert(conn: sqlite3.Connection, row: tuple[Any, ...]) -> None:
    conn.execute(_INSERT_ROW, row)


def split_terms(text: str) -> list[str]:
    """The distinct search terms of the officer's text, in the order typed."""
    return list(dict.fromkeys(term for term in _SPLIT.split(text.strip()) if term))


def fts_phrase(term: str) -> str:
    """A term as one FTS5 string: every character literal, ``"`` doubled (no query syntax)."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_LIKE_ANY_COLUMN = "(" + " OR ".join(
    f"r.{column} LIKE ? ESCAPE '\\'" for column in INDEXED_COLUMNS
) + ")"


def _enum_or_none(enum_cls: type[E], value: object) -> E | None:
    try:
        return enum_cls(value)
    except ValueError:
        return None


def _row(values: tuple[Any, ...]) -> ResourceRow:
    published = values[9]
    return ResourceRow(
        id=values[0], name=values[1], code=values[2], provider_department_id=values[3],
        provider_name=values[4],
        share_attribute=_enum_or_none(ShareAttribute, values[5]),
        catalog_type=_enum_or_none(CatalogType, values[6]),
        update_cycle=_enum_or_none(UpdateCycle, values[7]),
        status=_enum_or_none(ResourceStatus, values[8]),
        publish_date=date.fromisoformat(published) if published else None,
        version=values[10],
    )


_ROW_COLUMNS = (
    "r.id, r.name, r.code, r.provider_department_id, r.provider_name, r.share_attribute, "
    "r.catalog_type, r.update_cycle, r.status, r.publish_date, r.version"
)
ReadConnection = Callable[[], AbstractContextManager[sqlite3.Connection]]


class Catalog:
    """Pages of catalog rows for a :class:`CatalogQuery`, and their total count.

    ``use_index`` is decided by the store at open (trigram present, not forced off).
    """

    def __init__(self, read: ReadConnection, *, use_index: bool) -> None:
        self._read = read
        self.use_index = use_index

    @property
    def warning(self) -> SearchNotice | None:
        """Shown by the search field when every query is answered by a slower scan."""
        return None if self.use_index else DEGRADED_NOTICE

    def _where(self, query: CatalogQuery) -> tuple[str, str, list[Any]]:
        """(FROM clause, WHERE clause, parameters) for the query's text and filters."""
        params: list[Any] = []
        conditions: list[str] = []
        source = "resources r"
        phrases = []
        for term in split_terms(query.text):
            if self.use_index and len(term) >= TRIGRAM_MIN:
                phrases.append(fts_phrase(term))
            else:
                conditions.append(_LIKE_ANY_COLUMN)
                params.extend([like_pattern(term)] * len(INDEXED_COLUMNS))
        if phrases:
            source = f"{INDEX_TABLE} JOIN resources r ON r.rid = {INDEX_TABLE}.rowid"
            conditions.insert(0, f"{INDEX_TABLE} MATCH ?")
            params.insert(0, " ".join(phrases))
        for column, chosen in (
            ("share_attribute", query.share_attributes),
            ("catalog_type", query.catalog_types),
            ("provider_department_id", query.provider_department_ids),
            ("update_cycle", query.update_cycles),
            ("status", query.statuses),
        ):
            if chosen:
                values = sorted(str(value) for value in chosen)
                conditions.append(f"r.{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        where = " AND ".join(conditions) if conditions else "1"
        return source, where, params

    def _order(self, query: CatalogQuery, source: str) -> tuple[str, list[Any]]:
        direction = "DESC" if query.descending else "ASC"
        if query.sort is not SortKey.RELEVANCE:
            return f"{_SORT_COLUMNS[query.sort]} {direction}, r.id {direction}", []
        if source.startswith(INDEX_TABLE):
            # bm25 is smaller for better matches; weights follow INDEXED_COLUMNS.
            rank = f"bm25({INDEX_TABLE}, 10.0, 5.0, 1.0, 3.0)"
            return f"{rank} {direction}, r.name {direction}, r.id {direction}", []
        terms = split_terms(query.text)
        if not terms:
            return f"r.name {direction}, r.id {direction}", []
        pattern = like_pattern(terms[0])
        rank = (
            "CASE WHEN r.name LIKE ? ESCAPE '\\' THEN 0 "
            "WHEN r.item_names LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END"
        )
        return f"{rank} {direction}, r.name {direction}, r.id {direction}", [pattern, pattern]

    def page(self, query: CatalogQuery, offset: int = 0, limit: int = 100) -> list[ResourceRow]:
        """Rows ``offset`` … ``offset + limit - 1`` of the query's result, in its order."""
        source, where, params = self._where(query)
        order, order_params = self._order(query, source)
        sql = (
            f"SELECT {_ROW_COLUMNS} FROM {source} WHERE {where} "  # noqa: S608 (no user text)
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )
        with self._read() as conn:
            rows = conn.execute(sql, [*params, *order_params, limit, max(offset, 0)]).fetchall()
        return [_row(tuple(values)) for values in rows]

    def count(self, query: CatalogQuery) -> int:
        """How many rows the query has in all (the table model's row count)."""
        source, where, params = self._where(query)
        with self._read() as conn:
            found = conn.execute(f"SELECT count(*) FROM {source} WHERE {where}", params)  # noqa: S608
            return int(found.fetchone()[0])

    def iter_all(self, query: CatalogQuery, page_size: int = 500) -> Iterator[ResourceRow]:
        """Every row of the query, page by page (the command line's ``search``)."""
        offset = 0
        while rows := self.page(query, offset, page_size):
            yield from rows
            offset += len(rows)
