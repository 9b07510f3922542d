"""The catalog page at 100k entries against a proxy-model baseline, measured in one run.

Fills a local store with N demo catalog entries (the demo server's generator, bulk load), then:

1. the catalog page (:class:`app.views.catalog_page.CatalogPage`: SQL pages through the
   TaskRunner): time from construction to the table's first paint, and to the first paint that
   shows rows; then sorting by name (header click) until the re-sorted rows are painted;
2. the baseline the design rejects: every row read into a ``QStandardItemModel`` behind a
   ``QSortFilterProxyModel`` in a ``QTableView`` — same measurements;
3. page-fetch latency of the model's SQL (200 rows at the first, middle and last offset) for a
   few typical queries: the figures behind the model's choice to fetch later pages in workers.

Paint times come from a paint hook on the table's viewport (the time after its paint event was
handled), not from a zero timer, which fires before the first paint. Prints figures and
ratios; asserts nothing about speed.

    .venv/bin/python bench/bench_catalog_view.py [--resources 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from app.models.codec import to_json_dict
from app.models.entities import Resource
from app.models.enums import ResourceStatus, ShareAttribute
from app.models.profiles import get_profile
from app.models.workdays import WorkingCalendar
from app.sync.search import CatalogQuery, ResourceRow, SortKey
from app.sync.store import LocalStore, open_store
from app.tasks import TaskRunner
from app.views.catalog_model import PAGE_SIZE, Column
from app.views.catalog_page import CatalogPage
from server.demo_catalog import CatalogContext, Sequences, variants
from server.demo_province import DemoIds, departments, offices
from server.demo_time import DemoClock

WINDOW = (1180, 760)


class PaintClock(QObject):
    """Paint hook on a viewport: the moments its paint events finished, and what they showed."""

    def __init__(self, viewport: QWidget, view: QTableView) -> None:
        super().__init__(viewport)
        self.view = view
        self.painted: list[tuple[float, int]] = []  # (time, rows in the model)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.view.viewportEvent(event)  # paint now, then note the time
            model = self.view.model()
            self.painted.append((time.perf_counter(), model.rowCount() if model else 0))
            return True
        return False

    def first_after(self, start: float, test: Callable[[int], bool]) -> float | None:
        return next((t - start for t, rows in self.painted if t >= start and test(rows)), None)


def wait_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the view did not get there in time")
        QCoreApplication.processEvents()


def max_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes there, KiB here


def catalog_entries(count: int) -> tuple[list[dict[str, object]], Iterator[Resource]]:
    """The demo province's departments (as change-feed upserts) and a stream of entries."""
    ids = DemoIds(2026)
    people = departments(ids, datetime(2020, 1, 1, tzinfo=UTC))
    by_id = {department.id: department for department in people}
    context = CatalogContext(
        ids, DemoClock(date(2026, 3, 2), WorkingCalendar()), get_profile("hunan-2021"),
        offices(), {office.key: by_id[ids("department", office.key)] for office in offices()},
    )
    changes = [{"entity": "department", "op": "upsert", "id": str(d.id), "data": to_json_dict(d)}
               for d in people]
    return changes, variants(context, random.Random(2), Sequences(), count)


def fill(path: Path, count: int) -> LocalStore:
    changes, entries = catalog_entries(count)
    store = open_store(path)
    store.apply_changes(changes, cursor=None)
    started = time.perf_counter()
    store.bulk_load_resources(to_json_dict(entry) for entry in entries)
    print(f"generated and bulk-loaded {count:,} entries in {time.perf_counter() - started:.1f} s")
    return store


def measure_page(store: LocalStore, runner: TaskRunner) -> dict[str, float]:
    started = time.perf_counter()
    page = CatalogPage(store, "", "zh", runner)
    clock = PaintClock(page.table.viewport(), page.table)
    page.resize(*WINDOW)
    page.show()
    wait_until(lambda: clock.first_after(started, lambda rows: rows > 0) is not None)
    figures = {
        "first paint": clock.first_after(started, lambda rows: True) or 0.0,
        "first paint with rows": clock.first_after(started, lambda rows: rows > 0) or 0.0,
    }
    first_name = page.model.row_at(0)
    sorted_at = time.perf_counter()
    page.table.horizontalHeader().setSortIndicator(int(Column.NAME), Qt.SortOrder.DescendingOrder)
    wait_until(lambda: page.model.query.descending and page.model.row_at(0) != first_name
               and bool(clock.first_after(sorted_at, lambda rows: rows > 0)))
    figures["sort by name, repainted"] = clock.first_after(sorted_at, lambda rows: rows > 0) or 0.0
    figures["pages read"] = page.model.pages_fetched
    page.close()
    page.deleteLater()
    return figures


def _items(row: ResourceRow) -> list[QStandardItem]:
    return [QStandardItem(text) for text in (
        row.name, row.code, row.provider_name,
        row.share_attribute.zh if row.share_attribute else "",
        row.catalog_type.zh if row.catalog_type else "",
        row.update_cycle.zh if row.update_cycle else "",
        row.publish_date.isoformat() if row.publish_date else "")]


def measure_baseline(store: LocalStore) -> dict[str, float]:
    """All rows in a QStandardItemModel, sorted and filtered by a QSortFilterProxyModel."""
    started = time.perf_counter()
    rows = list(store.catalog.iter_all(CatalogQuery(), page_size=5000))
    loaded = time.perf_counter() - started
    items = QStandardItemModel(0, len(Column))
    for row in rows:
        items.appendRow(_items(row))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(items)
    view = QTableView()
    view.setModel(proxy)
    view.verticalHeader().hide()
    clock = PaintClock(view.viewport(), view)
    view.resize(*WINDOW)
    # as the page starts: by name, ascending (enabling sorting sorts at once: part of the cost)
    view.horizontalHeader().setSortIndicator(int(Column.NAME), Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.show()
    wait_until(lambda: clock.first_after(started, lambda count: count > 0) is not None)
    figures = {"read rows from the store": loaded,
               "first paint": clock.first_after(started, lambda count: True) or 0.0,
               "first paint with rows": clock.first_after(started, lambda count: count > 0) or 0.0}
    sorted_at = time.perf_counter()
    view.sortByColumn(int(Column.NAME), Qt.SortOrder.DescendingOrder)
    wait_until(lambda: clock.first_after(sorted_at, lambda count: count > 0) is not None)
    figures["sort by name, repainted"] = clock.first_after(sorted_at, lambda n: n > 0) or 0.0
    view.close()
    return figures


def page_latencies(store: LocalStore, runs: int = 5) -> None:
    queries = {
        "everything, by name": CatalogQuery(),
        "everything, by date ↓": CatalogQuery(sort=SortKey.PUBLISH_DATE, descending=True),
        "published only": CatalogQuery(statuses=frozenset({ResourceStatus.PUBLISHED})),
        "身份证 (3 chars)": CatalogQuery(text="身份证"),
        "户籍 (2 chars)": CatalogQuery(text="户籍"),
        "户籍 + conditional": CatalogQuery(
            text="户籍", share_attributes=frozenset({ShareAttribute.CONDITIONAL})),
    }
    print(f"\nmodel SQL per page of {PAGE_SIZE} rows, median of {runs} runs (ms)")
    print(f"  {'query':<24}{'rows':>8}{'count':>9}{'first':>8}{'middle':>8}{'last':>8}")
    catalog = store.catalog

    def median_ms(action: Callable[[], object]) -> float:
        action()
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)

    for label, query in queries.items():
        total = catalog.count(query)
        middle = total // 2 // PAGE_SIZE * PAGE_SIZE
        last = max(0, (total - 1) // PAGE_SIZE * PAGE_SIZE)
        counted = median_ms(lambda q=query: catalog.count(q))
        cells = [median_ms(lambda q=query, o=offset: catalog.page(q, o, PAGE_SIZE))
                 for offset in (0, middle, last)]
        print(f"  {label:<24}{total:>8,}{counted:>9.1f}" + "".join(f"{c:>8.1f}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000)
    args = parser.parse_args()
    application = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-catalog-view-") as folder:
        store = fill(Path(folder) / "store.sqlite3", args.resources)
        runner = TaskRunner()
        try:
            before = max_rss_mib()
            page = measure_page(store, runner)
            after_page = max_rss_mib()
            base = measure_baseline(store)
            after_base = max_rss_mib()
        finally:
            runner.shutdown()
        print(f"\n{args.resources:,} entries, window {WINDOW[0]}×{WINDOW[1]}, "
              f"platform {application.platformName()}")
        print(f"  {'':<28}{'catalog page':>14}{'proxy baseline':>16}{'ratio':>8}")
        for key in ("first paint", "first paint with rows", "sort by name, repainted"):
            ratio = base[key] / page[key] if page[key] else float("nan")
            print(f"  {key:<28}{page[key] * 1000:>11.0f} ms{base[key] * 1000:>13.0f} ms"
                  f"{ratio:>7.0f}×")
        print(f"  baseline: reading the rows alone took {base['read rows from the store']:.2f} s; "
              f"the page read {page['pages read']:.0f} page(s) of {PAGE_SIZE}")
        print(f"  peak memory: +{after_page - before:.0f} MiB for the page, "
              f"+{after_base - after_page:.0f} MiB more for the baseline")
        page_latencies(store)
        store.close()


if __name__ == "__main__":
    main()
