"""The catalog table model over a real local store: paging, SQL sorting, search, filters.

The catalog comes from the demo server's generators (:mod:`server.demo_catalog`): featured
entries (居民身份证信息 at 公安厅, …) and ~3,000 variants with their real names, providers, share
attributes, states and data items. Expected rows are computed here, in Python, from the
generated entities — never read back through the code under test.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.models.codec import to_json_dict
from app.models.entities import Department, Resource
from app.models.enums import CatalogType, ShareAttribute
from app.models.profiles import get_profile
from app.models.workdays import WorkingCalendar
from app.sync.search import CatalogQuery, SortKey
from app.sync.store import LocalStore, SyncKey, open_store
from app.tasks import TaskRunner
from app.views.catalog_model import PLACEHOLDER, RESOURCE_ID_ROLE, CatalogModel, Column
from server.demo_catalog import CatalogContext, Sequences, featured, variants
from server.demo_province import DemoIds, departments, offices
from server.demo_time import DemoClock

VARIANTS = 3000
TODAY = date(2026, 3, 2)
R10_ORDER = ("unconditional", "conditional", "not_shared")  # 无条件 / 有条件 / 不予共享
R3_ORDER = ("basic", "thematic", "departmental")  # 基础 / 主题 / 部门目录


@cache
def demo_catalog(count: int = VARIANTS) -> tuple[tuple[Department, ...], tuple[Resource, ...]]:
    """The demo province's departments and a catalog of its featured entries plus variants."""
    ids = DemoIds(2026)
    people = departments(ids, datetime(2020, 1, 1, tzinfo=UTC))
    by_id = {department.id: department for department in people}
    context = CatalogContext(
        ids, DemoClock(TODAY, WorkingCalendar()), get_profile("hunan-2021"), offices(),
        {office.key: by_id[ids("department", office.key)] for office in offices()},
    )
    sequences = Sequences()
    entries = [entry.resource for entry in featured(context, random.Random(1), sequences)]
    entries += variants(context, random.Random(2), sequences, count)
    return tuple(people), tuple(entries)


def department_id(office_key: str) -> str:
    return str(DemoIds(2026)("department", office_key))


def fill_store(path: Path, count: int = VARIANTS, *, search_index: bool | None = None,
               profile: str = "hunan-2021") -> LocalStore:
    """A store holding the demo departments and catalog, and the platform's rule profile."""
    people, resources = demo_catalog(count)
    store = open_store(path, search_index=search_index)
    store.apply_changes([{"entity": "department", "op": "upsert", "id": str(d.id),
                          "data": to_json_dict(d)} for d in people], cursor=None)
    store.bulk_load_resources(to_json_dict(resource) for resource in resources)
    store.set_state_json(SyncKey.PROFILE, get_profile(profile).to_dict())
    return store


def matches(resource: Resource, term: str) -> bool:
    """Whether ``term`` occurs in a text the search covers (name, code, summary, items)."""
    texts = (resource.name, resource.code, resource.summary, *resource.data_item_names)
    return any(term.lower() in text.lower() for text in texts)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStore]:
    filled = fill_store(tmp_path_factory.mktemp("catalog") / "store.sqlite3")
    yield filled
    filled.close()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner(max_workers=2)
    yield tasks
    tasks.shutdown()
    QCoreApplication.processEvents()  # deliver the last outcomes while their receivers live


@pytest.fixture
def make_model(store: LocalStore, runner: TaskRunner,
               qtbot: QtBot) -> Callable[..., CatalogModel]:
    def make(query: CatalogQuery = CatalogQuery(), **options: int) -> CatalogModel:  # noqa: B008
        model = CatalogModel(store.catalog, runner, "zh", **options)
        with qtbot.waitSignal(model.query_finished, timeout=10_000):
            model.set_query(query)
        return model
    return make


def names(model: CatalogModel, rows: range) -> list[str]:
    return [model.data(model.index(row, Column.NAME)) for row in rows]


def test_passes_the_qt_model_tester_with_data_loaded(make_model: Callable[..., CatalogModel],
                                                     qtmodeltester: object, qtbot: QtBot) -> None:
    model = make_model(page_size=100)
    assert model.rowCount() == len(demo_catalog()[1])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # the tester stays attached: a page arriving and a new query are checked too
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.data(model.index(150, 0))
    with qtbot.waitSignal(model.query_finished, timeout=10_000):
        model.set_query(CatalogQuery(text="身份证"))
    assert model.rowCount() > 0


def test_pages_are_fetched_on_demand_and_kept_in_a_small_lru(
        make_model: Callable[..., CatalogModel], qtbot: QtBot) -> None:
    model = make_model(page_size=50, cached_pages=4)
    total = len(demo_catalog()[1])
    assert model.rowCount() == total
    assert model.pages_fetched == 1
    assert model.cached_pages() == [0]
    assert model.data(model.index(1500, Column.NAME)) == PLACEHOLDER  # not there yet: asked for

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    expected = sorted(demo_catalog()[1], key=lambda r: (r.name, str(r.id)))
    for row in (1500, 2200, total - 1):
        view.scrollTo(model.index(row, 0))
        qtbot.waitUntil(lambda row=row: model.row_at(row) is not None, timeout=10_000)
        assert model.data(model.index(row, Column.NAME)) == expected[row].name
        assert model.data(model.index(row, 0), RESOURCE_ID_ROLE) == str(expected[row].id)
    # three places visited: their pages and read-ahead neighbours, nowhere near all 62 pages
    assert model.pages_fetched <= 10
    assert len(model.cached_pages()) <= 4
    assert model.row_at(800) is None  # never shown, never read
    assert model.row_at(1500) is None  # shown, then dropped by the LRU


@pytest.mark.parametrize(("column", "order"), [
    (Column.NAME, Qt.SortOrder.DescendingOrder),
    (Column.PROVIDER, Qt.SortOrder.AscendingOrder),
    (Column.PUBLISH_DATE, Qt.SortOrder.DescendingOrder),
    (Column.CODE, Qt.SortOrder.AscendingOrder),
    (Column.SHARE_ATTRIBUTE, Qt.SortOrder.AscendingOrder),
    (Column.SHARE_ATTRIBUTE, Qt.SortOrder.DescendingOrder),
    (Column.CATALOG_TYPE, Qt.SortOrder.AscendingOrder),
])
def test_sort_runs_in_sql_and_matches_an_independent_sort(
        make_model: Callable[..., CatalogModel], qtbot: QtBot, column: Column,
        order: Qt.SortOrder) -> None:
    model = make_model(page_size=200)
    people, resources = demo_catalog()
    provider = {d.id: d.name for d in people}
    key: dict[Column, Callable[[Resource], tuple[object, ...]]] = {
        Column.NAME: lambda r: (r.name, str(r.id)),
        Column.PROVIDER: lambda r: (provider[r.provider_department_id], str(r.id)),
        # SQLite puts NULL (no publish date yet: drafts) below every date
        Column.PUBLISH_DATE: lambda r: (r.publish_date is not None, r.publish_date or TODAY,
                                        str(r.id)),
        Column.CODE: lambda r: (r.code, str(r.id)),
        # R10 / R3: the rules' own order (unconditional, conditional, not shared; basic,
        # thematic, departmental), by name within each
        Column.SHARE_ATTRIBUTE: lambda r: (R10_ORDER.index(r.share.attribute.value), r.name,
                                           str(r.id)),
        Column.CATALOG_TYPE: lambda r: (R3_ORDER.index(r.catalog_type.value), r.name, str(r.id)),
    }
    descending = order == Qt.SortOrder.DescendingOrder
    expected = sorted(resources, key=key[column], reverse=descending)
    with qtbot.waitSignal(model.query_finished, timeout=10_000):
        model.sort(column, order)
    assert model.query.descending is descending
    ids = [model.data(model.index(row, 0), RESOURCE_ID_ROLE) for row in range(200)]
    assert ids == [str(resource.id) for resource in expected[:200]]


def test_every_column_sorts(make_model: Callable[..., CatalogModel], qtbot: QtBot) -> None:
    model = make_model()
    for column in Column:
        with qtbot.waitSignal(model.query_finished, timeout=10_000):
            model.sort(column, Qt.SortOrder.DescendingOrder)  # names start ascending
        assert model.sort_column() == int(column)
    assert model.query.sort is SortKey.PUBLISH_DATE


@pytest.mark.parametrize("term", ["身份证", "户籍", "公积金"])
def test_search_shows_matching_rows_only(make_model: Callable[..., CatalogModel],
                                         term: str) -> None:
    model = make_model(CatalogQuery(text=term), page_size=5000)
    expected = {str(r.id) for r in demo_catalog()[1] if matches(r, term)}
    shown = {model.data(model.index(row, 0), RESOURCE_ID_ROLE) for row in range(model.rowCount())}
    assert expected
    assert shown == expected


def test_filters_combine_r3_r10(make_model: Callable[..., CatalogModel]) -> None:
    query = CatalogQuery(text="信息", share_attributes=frozenset({ShareAttribute.CONDITIONAL}),
                         catalog_types=frozenset({CatalogType.BASIC}))
    model = make_model(query, page_size=5000)
    expected = {
        str(r.id) for r in demo_catalog()[1]
        if matches(r, "信息") and r.share.attribute is ShareAttribute.CONDITIONAL
        and r.catalog_type is CatalogType.BASIC
    }
    shown = {model.data(model.index(row, 0), RESOURCE_ID_ROLE) for row in range(model.rowCount())}
    assert expected
    assert shown == expected
    labels = {model.data(model.index(row, Column.SHARE_ATTRIBUTE)) for row in range(20)}
    assert labels == {ShareAttribute.CONDITIONAL.zh}  # the enum's Chinese label, not its code


def test_a_superseded_query_never_shows(make_model: Callable[..., CatalogModel],
                                        qtbot: QtBot, runner: TaskRunner) -> None:
    model = make_model()
    finished: list[int] = []
    model.query_finished.connect(finished.append)
    model.set_query(CatalogQuery(text="户籍"))
    latest = CatalogQuery(text="身份证", share_attributes=frozenset({ShareAttribute.NOT_SHARED}))
    model.set_query(latest)
    qtbot.waitUntil(lambda: not runner.running() and not model.is_loading, timeout=10_000)
    expected = sum(1 for r in demo_catalog()[1]
                   if matches(r, "身份证") and r.share.attribute is ShareAttribute.NOT_SHARED)
    assert finished == [expected]
    assert model.query == latest
    assert model.rowCount() == expected


def test_labels_follow_the_language(make_model: Callable[..., CatalogModel]) -> None:
    model = make_model(CatalogQuery(share_attributes=frozenset({ShareAttribute.UNCONDITIONAL})))
    assert model.data(model.index(0, Column.SHARE_ATTRIBUTE)) == "无条件共享"
    model.set_language("en")
    assert model.data(model.index(0, Column.SHARE_ATTRIBUTE)) == "Unconditional"
