"""Catalog search for Chinese: an FTS5 ``trigram`` index, and ``LIKE`` where that cannot work.

The index ``resource_search`` is an external-content FTS5 table over the ``resources`` columns
name, code, summary and item_names (the data items' names, one per line), keyed by ``rid``. The
store keeps it in step row by row (:func:`index_delete` / :func:`index_insert`) and rebuilds it
once after a bulk load (:func:`rebuild_index`).

How a query is answered. The text is split at white space (control characters count as space)
and every term must match; each term is quoted, so ``"``, ``*``, ``AND``, ``NEAR(``, ``-`` are
plain text. A term of 3+ characters is an FTS5 phrase. A trigram index cannot look up fewer than
3 characters (SQLite 3.40 answers nothing), so DESIGN.md sends such terms to ``LIKE`` on the base
table — measured at 100k entries that is a ~140 ms scan per keystroke. Instead, the index is
built from a view that ends every column with two U+001F characters: then every occurrence of a
1- or 2-character term begins some indexed trigram, and the term becomes an OR of the trigrams
that start with it, read from the index's vocabulary (``fts5vocab``) — same results, a few ms.
``LIKE`` remains for a term whose expansion would be huge, and for every term where the SQLite
has no trigram tokenizer or search is forced into that mode (:attr:`Catalog.warning` says so).

Filters and sorting are SQL over indexed columns; pages are (offset, limit) with the id as
tiebreak, so consecutive pages never overlap or skip. A query matching many entries with no
filter walks the sort index and tests membership in the match set (a first page costs ~50 rows
instead of sorting every match); a selective one sorts its matches.
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
CONTENT_VIEW = "resource_search_text"
VOCABULARY = "resource_search_vocab"
INDEXED_COLUMNS = ("name", "code", "summary", "item_names")
TRIGRAM_MIN = 3
# Two unit separators end every indexed column, so a 1-character term at the end of a value is
# still the first character of a trigram. Users cannot type them: queries drop control chars.
TERMINATOR = "\x1f\x1f"
MAX_EXPANSION = 2000  # trigrams a short term may stand for before LIKE answers it instead
WALK_THRESHOLD = 5000  # matches above which an unfiltered page walks the sort index
_SPLIT = re.compile(r"[\s\x00-\x1f]+")  # \s covers the full-width space U+3000 too
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
    """What the officer typed and chose. Empty filter sets mean "any".

    ``share_attributes`` are R10's three; ``statuses`` narrows to e.g. the published catalog
    (R3: only reviewed, published entries may be asked for — ``AVAILABLE_RESOURCE_STATUSES``).
    """

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


@dataclass(frozen=True, slots=True)
class _Plan:
    """How the query's text is answered: an FTS5 expression and/or LIKE terms, or nothing."""

    match: str | None = None
    like_terms: tuple[str, ...] = ()
    impossible: bool = False  # a term matches no indexed text at all


_VOCABULARY_RANGE = (
    f"SELECT term FROM {VOCABULARY} WHERE term >= ? AND term < ? LIMIT ?"  # noqa: S608
)
_MATCH_COUNT = f"SELECT count(*) FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH ?"  # noqa: S608
_JOINED = f"{INDEX_TABLE} JOIN resources r ON r.rid = {INDEX_TABLE}.rowid"
_IN_MATCHES = f"+r.rid IN (SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH ?)"  # noqa: S608


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

    def _plan(self, conn: sqlite3.Connection, text: str) -> _Plan:
        groups: list[str] = []
        likes: list[str] = []
        for term in split_terms(text):
            if not self.use_index:
                likes.append(term)
            elif len(term) >= TRIGRAM_MIN:
                groups.append(fts_phrase(term))
            else:
                folded = term.lower()  # the index folds case the same way
                trigrams = [row[0] for row in conn.execute(
                    _VOCABULARY_RANGE, (folded, folded + "\U0010ffff", MAX_EXPANSION + 1))]
                if not trigrams:
                    return _Plan(impossible=True)
                if len(trigrams) > MAX_EXPANSION:
                    likes.append(term)
                else:
                    groups.append("(" + " OR ".join(map(fts_phrase, trigrams)) + ")")
        return _Plan(" AND ".join(groups) or None, tuple(likes))

    @staticmethod
    def _filters(query: CatalogQuery) -> tuple[list[str], list[Any]]:
        conditions: list[str] = []
        params: list[Any] = []
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
        return conditions, params

    def _select(self, conn: sqlite3.Connection, plan: _Plan, query: CatalogQuery, *,
                for_page: bool) -> tuple[str, str, list[Any]] | None:
        """(FROM, WHERE, parameters), or None when only the index needs asking (a bare count)."""
        conditions, params = self._filters(query)
        for term in plan.like_terms:
            conditions.append(_LIKE_ANY_COLUMN)
            params.extend([like_pattern(term)] * len(INDEXED_COLUMNS))
        if plan.match is None:
            return "resources r", " AND ".join(conditions) or "1", params
        if not conditions:
            if not for_page:
                return None
            many = conn.execute(_MATCH_COUNT, (plan.match,)).fetchone()[0] > WALK_THRESHOLD
            if many and query.sort is not SortKey.RELEVANCE:
                return "resources r", _IN_MATCHES, [plan.match]
        where = " AND ".join([f"{INDEX_TABLE} MATCH ?", *conditions])
        return _JOINED, where, [plan.match, *params]

    @staticmethod
    def _order(query: CatalogQuery, source: str, plan: _Plan) -> tuple[str, list[Any]]:
        direction = "DESC" if query.descending else "ASC"
        if query.sort is not SortKey.RELEVANCE:
            return f"{_SORT_COLUMNS[query.sort]} {direction}, r.id {direction}", []
        if source == _JOINED:
            # bm25 is smaller for better matches; weights follow INDEXED_COLUMNS.
            rank = f"bm25({INDEX_TABLE}, 10.0, 5.0, 1.0, 3.0)"
            return f"{rank} {direction}, r.name {direction}, r.id {direction}", []
        if not plan.like_terms:
            return f"r.name {direction}, r.id {direction}", []
        pattern = like_pattern(plan.like_terms[0])
        rank = (
            "CASE WHEN r.name LIKE ? ESCAPE '\\' THEN 0 "
            "WHEN r.item_names LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END"
        )
        return f"{rank} {direction}, r.name {direction}, r.id {direction}", [pattern, pattern]

    def page(self, query: CatalogQuery, offset: int = 0, limit: int = 100) -> list[ResourceRow]:
        """Rows ``offset`` … ``offset + limit - 1`` of the query's result, in its order."""
        with self._read() as conn:
            plan = self._plan(conn, query.text)
            if plan.impossible:
                return []
            selected = self._select(conn, plan, query, for_page=True)
            assert selected is not None
            source, where, params = selected
            order, order_params = self._order(query, source, plan)
            sql = (
                f"SELECT {_ROW_COLUMNS} FROM {source} WHERE {where} "  # noqa: S608 (no user text)
                f"ORDER BY {order} LIMIT ? OFFSET ?"
            )
            rows = conn.execute(sql, [*params, *order_params, limit, max(offset, 0)]).fetchall()
        return [_row(tuple(values)) for values in rows]

    def count(self, query: CatalogQuery) -> int:
        """How many rows the query has in all (the table model's row count)."""
        with self._read() as conn:
            plan = self._plan(conn, query.text)
            if plan.impossible:
                return 0
            selected = self._select(conn, plan, query, for_page=False)
            if selected is None:
                return int(conn.execute(_MATCH_COUNT, (plan.match,)).fetchone()[0])
            source, where, params = selected
            sql = f"SELECT count(*) FROM {source} WHERE {where}"  # noqa: S608 (no user text)
            return int(conn.execute(sql, params).fetchone()[0])

    def iter_all(self, query: CatalogQuery, page_size: int = 500) -> Iterator[ResourceRow]:
        """Every row of the query, page by page (the command line's ``search``)."""
        offset = 0
        while rows := self.page(query, offset, page_size):
            yield from rows
            offset += len(rows)
