"""Catalog search for Chinese: an FTS5 ``trigram`` index, and ``LIKE`` where that cannot work.

The index and its upkeep live in :mod:`app.sync.search_index`, re-exported here for the store.

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

Filters and sorting are SQL; pages are (offset, limit) with the id as tiebreak, so consecutive
pages never overlap or skip. Each sort key has one index that ends with the enum filter columns
(:mod:`app.sync.store_schema`, version 3), so a sorted, filtered page reads that index in order and
tests the filters in it; ``+`` before an enum filter column keeps SQLite from driving by that
column's own index and sorting every row it yields (the last page of "published, by name" at
100k entries: 0.2–1.6 s so, ~9 ms now). A text query never puts the FTS table inside a loop over
resources: with a filter, SQLite would walk the filter's index and run the MATCH once per row
(7.7–18.8 s for 户籍 + conditional). So a count reads ``rid IN (SELECT rowid … MATCH ?)`` (the
match set is built once), a query matching many entries walks the sort index and tests
membership in that set (a first page costs a few hundred rows instead of sorting every match),
and a selective one or a relevance sort drives from the index (``CROSS JOIN`` fixes that loop
order) and sorts its matches.
:meth:`Catalog.explain` shows the plan of either statement.
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
from app.sync.search_index import (
    CONTENT_VIEW,
    INDEX_TABLE,
    INDEXED_COLUMNS,
    TERMINATOR,
    VOCABULARY,
    create_index,
    index_clear,
    index_delete,
    index_exists,
    index_insert,
    rebuild_index,
    trigram_available,
)
from app.sync.store_schema import ENUM_FILTER_COLUMNS, RESOURCE_SORT_ORDERS

__all__ = [
    "CONTENT_VIEW", "DEGRADED_NOTICE", "INDEXED_COLUMNS", "INDEX_TABLE", "TERMINATOR",
    "VOCABULARY", "Catalog", "CatalogQuery", "PlanStep", "ResourceRow", "SearchNotice", "SortKey",
    "create_index", "fts_phrase", "index_clear", "index_delete", "index_exists", "index_insert",
    "like_pattern", "rebuild_index", "split_terms", "trigram_available",
]

TRIGRAM_MIN = 3
MAX_EXPANSION = 2000  # trigrams a short term may stand for before LIKE answers it instead
WALK_THRESHOLD = 5000  # matches above which a sorted page walks the sort index
_SPLIT = re.compile(r"[\s\x00-\x1f]+")  # \s covers the full-width space U+3000 too
E = TypeVar("E", bound=Enum)


class SortKey(str, Enum):
    """Columns the catalog table sorts by; RELEVANCE ranks name hits over items over summary.

    SHARE_ATTRIBUTE and CATALOG_TYPE sort in the enums' declared order (R10: unconditional,
    conditional, not shared; R3: basic, thematic, departmental), by name within each.
    """

    RELEVANCE = "relevance"
    NAME = "name"
    CODE = "code"
    PROVIDER = "provider"
    PUBLISH_DATE = "publish_date"
    UPDATE_CYCLE = "update_cycle"
    SHARE_ATTRIBUTE = "share_attribute"
    CATALOG_TYPE = "catalog_type"


def _qualified(term: str) -> str:
    # Columns need the alias (the FTS table has a "name" too); rank expressions are unambiguous
    # and must stay verbatim to match their index expression.
    return f"r.{term}" if term.isidentifier() else term


_SORT_COLUMNS: dict[SortKey, tuple[str, ...]] = {
    key: tuple(map(_qualified, RESOURCE_SORT_ORDERS[key.value]))
    for key in SortKey if key is not SortKey.RELEVANCE
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
_MATCHES = f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH ?"  # noqa: S608
_MATCH_COUNT = f"SELECT count(*) FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH ?"  # noqa: S608
# CROSS JOIN: SQLite keeps the left table as the outer loop, so the MATCH runs once.
_JOINED = f"{INDEX_TABLE} CROSS JOIN resources r ON r.rid = {INDEX_TABLE}.rowid"
_IN_MATCHES = f"r.rid IN ({_MATCHES})"
# "+": membership is tested while walking the sort index, never used to look rows up by rid.
_WALK_MATCHES = f"+{_IN_MATCHES}"
_FILTER_FIELDS = (
    ("share_attribute", "share_attributes"),  # R10
    ("catalog_type", "catalog_types"),  # R3
    ("provider_department_id", "provider_department_ids"),
    ("update_cycle", "update_cycles"),
    ("status", "statuses"),  # R3: reviewed and published entries may be asked for
)
_ALL_FILTERS = frozenset(column for column, _ in _FILTER_FIELDS)
# A sorted page reads the enum filters from its sort index; the provider filter (a department's
# entries, ~1 %) is worth its own index then a sort.
_SORTED_PAGE_FILTERS = _ALL_FILTERS - frozenset(ENUM_FILTER_COLUMNS)


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One line of ``EXPLAIN QUERY PLAN``: ``parent`` is 0 at the top, else a step's ``id``."""

    id: int
    parent: int
    detail: str


@dataclass(frozen=True, slots=True)
class _Statement:
    sql: str
    params: list[Any]


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
    def _conditions(query: CatalogQuery, plan: _Plan,
                    indexable: frozenset[str]) -> tuple[list[str], list[Any]]:
        """The filters and LIKE terms as SQL; a column outside ``indexable`` gets a ``+``."""
        conditions: list[str] = []
        params: list[Any] = []
        for column, field in _FILTER_FIELDS:
            chosen: frozenset[Enum | str] = getattr(query, field)
            if chosen:
                values = sorted(str(value) for value in chosen)
                unary = "" if column in indexable else "+"
                conditions.append(f"{unary}r.{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        for term in plan.like_terms:
            conditions.append(_LIKE_ANY_COLUMN)
            params.extend([like_pattern(term)] * len(INDEXED_COLUMNS))
        return conditions, params

    def _page_statement(self, conn: sqlite3.Connection, plan: _Plan, query: CatalogQuery,
                        offset: int, limit: int) -> _Statement:
        source, membership, indexable = "resources r", [], _SORTED_PAGE_FILTERS
        if plan.match is not None:
            walk = (query.sort is not SortKey.RELEVANCE and not plan.like_terms
                    and conn.execute(_MATCH_COUNT, (plan.match,)).fetchone()[0] > WALK_THRESHOLD)
            if walk:
                membership = [_WALK_MATCHES]
            else:
                source, membership, indexable = _JOINED, [f"{INDEX_TABLE} MATCH ?"], frozenset()
        conditions, params = self._conditions(query, plan, indexable)
        if plan.match is not None:
            params.insert(0, plan.match)
        order, order_params = self._order(query, source, plan)
        where = " AND ".join([*membership, *conditions]) or "1"
        return _Statement(
            f"SELECT {_ROW_COLUMNS} FROM {source} WHERE {where} "  # noqa: S608 (no user text)
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, *order_params, limit, max(offset, 0)],
        )

    def _count_statement(self, plan: _Plan, query: CatalogQuery) -> _Statement:
        # Here any filter index may drive: the match set is a list built once, probed per row.
        conditions, params = self._conditions(query, plan, _ALL_FILTERS)
        if plan.match is None:
            where = " AND ".join(conditions) or "1"
        elif not conditions:
            return _Statement(_MATCH_COUNT, [plan.match])
        else:
            where = " AND ".join([_IN_MATCHES, *conditions])
            params.insert(0, plan.match)
        return _Statement(f"SELECT count(*) FROM resources r WHERE {where}", params)  # noqa: S608

    @staticmethod
    def _order(query: CatalogQuery, source: str, plan: _Plan) -> tuple[str, list[Any]]:
        direction = "DESC" if query.descending else "ASC"
        if query.sort is not SortKey.RELEVANCE:
            terms = (*_SORT_COLUMNS[query.sort], "r.id")
            return ", ".join(f"{term} {direction}" for term in terms), []
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
            statement = self._page_statement(conn, plan, query, offset, limit)
            rows = conn.execute(statement.sql, statement.params).fetchall()
        return [_row(tuple(values)) for values in rows]

    def count(self, query: CatalogQuery) -> int:
        """How many rows the query has in all (the table model's row count)."""
        with self._read() as conn:
            plan = self._plan(conn, query.text)
            if plan.impossible:
                return 0
            statement = self._count_statement(plan, query)
            return int(conn.execute(statement.sql, statement.params).fetchone()[0])

    def explain(self, query: CatalogQuery, *, offset: int = 0, limit: int = 100,
                count: bool = False) -> list[PlanStep]:
        """SQLite's plan for :meth:`page` (or :meth:`count`) of this query; [] if it matches
        nothing without asking SQLite (a term absent from the index's vocabulary)."""
        with self._read() as conn:
            plan = self._plan(conn, query.text)
            if plan.impossible:
                return []
            statement = (self._count_statement(plan, query) if count
                         else self._page_statement(conn, plan, query, offset, limit))
            rows = conn.execute(f"EXPLAIN QUERY PLAN {statement.sql}", statement.params)
            return [PlanStep(row[0], row[1], row[3]) for row in rows]

    def iter_all(self, query: CatalogQuery, page_size: int = 500) -> Iterator[ResourceRow]:
        """Every row of the query, page by page (the command line's ``search``)."""
        offset = 0
        while rows := self.page(query, offset, page_size):
            yield from rows
            offset += len(rows)
