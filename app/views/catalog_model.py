"""The catalog table's item model: SQL pages of the local store, fetched off the GUI thread.

:class:`CatalogModel` shows one :class:`~app.sync.search.CatalogQuery` of the store's catalog.
Sorting and filtering are SQL (``sort`` turns a column into a :class:`~app.sync.search.SortKey`);
there is never a proxy model over the catalog (DESIGN.md: a proxy sorting 100k rows takes 6–7 s).

How rows arrive:

* A new query (:meth:`set_query`, :meth:`sort`, :meth:`refresh`) runs ``count`` + the first page
  in a :class:`~app.tasks.TaskRunner` worker; the result replaces the model's contents with
  ``beginResetModel``/``endResetModel`` and emits :attr:`query_finished`. Every query has a
  generation number; results of a superseded generation are dropped, so fast typing never shows
  an older query's rows after a newer one's.
* Later pages (``PAGE_SIZE`` rows) are fetched when the view first asks for one of their rows,
  and kept in a small LRU of ``MAX_CACHED_PAGES`` pages: scrolling 100k rows never holds them all.

Later pages are fetched **asynchronously**, with :data:`PLACEHOLDER` shown until they arrive
(``dataChanged``). Measured at 100k demo entries on a 2-core machine (``bench/
bench_catalog_view.py``), one page of 200 rows costs 1–20 ms for an unfiltered sort (an index
walk; the deeper the offset, the slower), 12–75 ms for a Chinese search, and up to 1.6 s deep
into a status-filtered list: mostly above the 5 ms a synchronous fetch could afford on the GUI
thread, and which query is cheap is only known afterwards. To keep linear scrolling free of
placeholders, a page's neighbour is read ahead when the view reaches its outer quarter.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from shiboken6 import isValid

from app.models.entities import AVAILABLE_RESOURCE_STATUSES
from app.sync.search import CatalogQuery, ResourceRow, SortKey
from app.tasks import Task, TaskContext, TaskRunner

PAGE_SIZE = 200
MAX_CACHED_PAGES = 8
PLACEHOLDER = "…"
RESOURCE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
RESOURCE_ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_READ_AHEAD = 4  # read the neighbouring page within the outer 1/4 of a page
_MUTED = QColor("#8a8f98")  # entries not (or no longer) in the published catalog (R3)
ModelIndex = QModelIndex | QPersistentModelIndex


class CatalogSource(Protocol):
    """What the model reads: :class:`app.sync.search.Catalog` (``store.catalog``)."""

    def page(self, query: CatalogQuery, offset: int = 0, limit: int = 100) -> list[ResourceRow]:
        ...

    def count(self, query: CatalogQuery) -> int:
        ...


class Column(IntEnum):
    NAME = 0
    CODE = 1
    PROVIDER = 2
    SHARE_ATTRIBUTE = 3
    CATALOG_TYPE = 4
    UPDATE_CYCLE = 5
    PUBLISH_DATE = 6


# Every column sorts in SQL with an index. Share attribute (R10) and catalog type (R3) sort in
# their enums' declared order, by name within each value (see SortKey).
SORT_KEYS: dict[Column, SortKey] = {
    Column.NAME: SortKey.NAME,
    Column.CODE: SortKey.CODE,
    Column.PROVIDER: SortKey.PROVIDER,
    Column.SHARE_ATTRIBUTE: SortKey.SHARE_ATTRIBUTE,
    Column.CATALOG_TYPE: SortKey.CATALOG_TYPE,
    Column.UPDATE_CYCLE: SortKey.UPDATE_CYCLE,
    Column.PUBLISH_DATE: SortKey.PUBLISH_DATE,
}
COLUMN_OF_SORT_KEY: dict[SortKey, Column] = {key: column for column, key in SORT_KEYS.items()}


def _first_page(catalog: CatalogSource, query: CatalogQuery,
                size: int) -> Callable[[TaskContext], tuple[int, list[ResourceRow]]]:
    def run(context: TaskContext) -> tuple[int, list[ResourceRow]]:
        count = catalog.count(query)
        context.check_cancelled()
        return count, catalog.page(query, 0, size) if count else []
    return run


def _later_page(catalog: CatalogSource, query: CatalogQuery, offset: int,
                size: int) -> Callable[[TaskContext], list[ResourceRow]]:
    def run(context: TaskContext) -> list[ResourceRow]:
        context.check_cancelled()
        return catalog.page(query, offset, size)
    return run


class CatalogModel(QAbstractTableModel):
    """The catalog as a table of :class:`ResourceRow` (see the module docstring)."""

    query_started = Signal()
    query_finished = Signal(int)  # the applied query's row count
    query_failed = Signal(object)  # the exception a worker raised
    page_loaded = Signal(int, int)  # first and last row of a page that arrived

    def __init__(self, catalog: CatalogSource, runner: TaskRunner, language: str = "zh", *,
                 page_size: int = PAGE_SIZE, cached_pages: int = MAX_CACHED_PAGES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._runner = runner
        self._language = language
        self._page_size = page_size
        self._cached_pages = max(2, cached_pages)
        self._query = CatalogQuery()
        self._wanted = self._query  # the latest query asked for, maybe not yet applied
        self._count = 0
        self._pages: OrderedDict[int, list[ResourceRow]] = OrderedDict()
        self._in_flight: dict[int, Task] = {}
        self._query_task: Task | None = None
        self._generation = 0
        self._answered = False  # no query has been applied yet
        self._failed_pages: set[int] = set()  # not asked again until the next query
        self.pages_fetched = 0  # pages read from the store for the applied query (first included)

    # -- queries -------------------------------------------------------------------------------
    @property
    def query(self) -> CatalogQuery:
        """The query whose rows the model shows."""
        return self._query

    @property
    def wanted_query(self) -> CatalogQuery:
        """The latest query asked for (equal to :attr:`query` once it has been applied)."""
        return self._wanted

    @property
    def is_loading(self) -> bool:
        return self._query_task is not None

    def set_query(self, query: CatalogQuery) -> None:
        """Run ``query`` in a worker; its rows replace the current ones when it answers."""
        pending = self._query_task is not None
        if query == self._wanted and (pending or (self._answered and query == self._query)):
            return
        self._start(query)

    def refresh(self) -> None:
        """Run the current query again (after a sync changed the cache)."""
        self._start(self._wanted)

    def _start(self, query: CatalogQuery) -> None:
        self._generation += 1
        self._wanted = query
        self._cancel_running()
        generation = self._generation
        task = self._runner.submit("catalog-query", _first_page(self._catalog, query,
                                                                self._page_size))
        self._query_task = task
        task.deliver_to(
            self,
            lambda result: self._on_query_answered(generation, query, result),
            lambda error: self._on_query_failed(generation, error),
        )
        self.query_started.emit()

    def _cancel_running(self) -> None:
        # A task already in SQLite finishes anyway; its result is dropped by generation.
        for task in (self._query_task, *self._in_flight.values()):
            if task is not None:
                task.cancel()
        self._query_task = None
        self._in_flight.clear()
        self._failed_pages.clear()

    def _on_query_answered(self, generation: int, query: CatalogQuery,
                           result: tuple[int, list[ResourceRow]]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # superseded by a newer query, or the page is gone
        count, rows = result
        self.beginResetModel()
        self._query_task = None
        self._answered = True
        self._query = query
        self._count = count
        self._pages = OrderedDict({0: rows}) if rows else OrderedDict()
        self.pages_fetched = 1 if count else 0
        self.endResetModel()
        self.query_finished.emit(count)

    def _on_query_failed(self, generation: int, error: object) -> None:
        if isValid(self) and generation == self._generation:
            self._query_task = None
            self.query_failed.emit(error)

    # -- pages ---------------------------------------------------------------------------------
    def cached_pages(self) -> list[int]:
        """Numbers of the pages held now, least recently used first."""
        return list(self._pages)

    def row_at(self, row: int) -> ResourceRow | None:
        """The row if its page is held (no fetch), else None."""
        page = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if page is not None and offset < len(page) else None

    def resource_id(self, row: int) -> str | None:
        found = self.row_at(row)
        return None if found is None else found.id

    def _row(self, row: int) -> ResourceRow | None:
        """The row, fetching its page (asynchronously) when it is not held."""
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            self._request_page(number)
            return None
        self._pages.move_to_end(number)
        if offset >= self._page_size - self._page_size // _READ_AHEAD:
            self._request_page(number + 1)
        elif offset < self._page_size // _READ_AHEAD and number > 0:
            self._request_page(number - 1)
        return page[offset] if offset < len(page) else None

    def _request_page(self, number: int) -> None:
        if (number in self._pages or number in self._in_flight or number in self._failed_pages
                or number < 0 or number * self._page_size >= self._count):
            return
        generation, query = self._generation, self._query
        task = self._runner.submit(
            "catalog-page",
            _later_page(self._catalog, query, number * self._page_size, self._page_size),
        )
        self._in_flight[number] = task
        task.deliver_to(
            self,
            lambda rows: self._on_page(generation, number, rows),
            lambda _error: self._on_page_failed(generation, number),
        )

    def _on_page(self, generation: int, number: int, rows: list[ResourceRow]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._in_flight.pop(number, None)
        self._pages[number] = rows
        self.pages_fetched += 1
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(self._count, first + self._page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
            self.page_loaded.emit(first, last)

    def _on_page_failed(self, generation: int, number: int) -> None:
        if isValid(self) and generation == self._generation:  # placeholder until next query
            self._in_flight.pop(number, None)
            self._failed_pages.add(number)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = Column(index.column())
        row = self._row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and column is Column.NAME:
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.status not in AVAILABLE_RESOURCE_STATUSES:
            return QBrush(_MUTED)
        if role == RESOURCE_ID_ROLE:
            return row.id
        if role == RESOURCE_ROW_ROLE:
            return row
        return None

    def _text(self, row: ResourceRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.CODE:
                return row.code
            case Column.PROVIDER:
                return row.provider_name
            case Column.SHARE_ATTRIBUTE:
                return row.share_attribute.label(self._language) if row.share_attribute else ""
            case Column.CATALOG_TYPE:
                return row.catalog_type.label(self._language) if row.catalog_type else ""
            case Column.UPDATE_CYCLE:
                return row.update_cycle.label(self._language) if row.update_cycle else ""
            case Column.PUBLISH_DATE:
                return row.publish_date.isoformat() if row.publish_date else ""

    def _tooltip(self, row: ResourceRow) -> str:
        if row.status is None or row.status in AVAILABLE_RESOURCE_STATUSES:
            return row.name
        return self.tr("%1 (%2: not in the published catalog)").replace(
            "%1", row.name).replace("%2", row.status.label(self._language))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {Column.SHARE_ATTRIBUTE: self.tr("Share attribute (R10)"),
                    Column.CATALOG_TYPE: self.tr("Catalog type (R3)"),
                    Column.UPDATE_CYCLE: self.tr("Update cycle")}
            return tips.get(column)
        return None

    def _titles(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Resource name"),
            Column.CODE: self.tr("Resource code"),
            Column.PROVIDER: self.tr("Provider"),
            Column.SHARE_ATTRIBUTE: self.tr("Share", "column header: share attribute (R10)"),
            Column.CATALOG_TYPE: self.tr("Catalog", "column header: catalog type (R3)"),
            Column.UPDATE_CYCLE: self.tr("Cycle", "column header: update cycle"),
            Column.PUBLISH_DATE: self.tr("Published"),
        }

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; a column without a sort key keeps the current order."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._wanted, sort=key, descending=descending))

    def sort_column(self) -> int:
        """The column of the wanted query's sort key (-1 for relevance)."""
        column = COLUMN_OF_SORT_KEY.get(self._wanted.sort)
        return -1 if column is None else int(column)

    # -- language ------------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, language: str) -> None:
        """Labels of share attribute, catalog type and cycle follow the interface language."""
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(Column) - 1))
