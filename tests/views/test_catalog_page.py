"""The Catalog page: search as you type, filters, the detail pane and its actions, keyboard.

The officer sits at 人力资源和社会保障厅 (the demo account ``officer``); the store holds the demo
province's catalog (see ``test_catalog_model``) and the platform's rule profile.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from app.models.codec import to_json_dict
from app.models.entities import AVAILABLE_RESOURCE_STATUSES, Feedback, Resource, ShareRequest
from app.models.enums import (
    CatalogType,
    FeedbackKind,
    FeedbackStatus,
    RequestStatus,
    ShareAttribute,
)
from app.models.validation_messages import MESSAGES
from app.sync.search import DEGRADED_NOTICE
from app.sync.store import LocalStore
from app.tasks import TaskRunner
from app.views.catalog_page import CatalogPage
from tests.views.test_catalog_model import demo_catalog, department_id, fill_store, matches

OFFICER_DEPARTMENT = department_id("hrss")
SMALL = 300  # variants: enough for every case, quick to load per test


def _first(test: Callable[[Resource], bool]) -> Resource:
    return next(r for r in demo_catalog(SMALL)[1] if test(r))


def _other(resource: Resource) -> bool:
    return str(resource.provider_department_id) != OFFICER_DEPARTMENT


CONDITIONAL = _first(lambda r: _other(r) and r.share.attribute is ShareAttribute.CONDITIONAL
                     and r.is_available and bool(r.share.legal_basis))
UNCONDITIONAL = _first(lambda r: _other(r) and r.is_available
                       and r.share.attribute is ShareAttribute.UNCONDITIONAL)
OWN = _first(lambda r: not _other(r) and r.is_available)
UNPUBLISHED = _first(lambda r: _other(r) and r.status not in AVAILABLE_RESOURCE_STATUSES)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner(max_workers=2)
    yield tasks
    tasks.shutdown()
    QCoreApplication.processEvents()  # deliver the last outcomes while their receivers live


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LocalStore]:
    filled = fill_store(tmp_path / "store.sqlite3", SMALL)
    yield filled
    filled.close()


@pytest.fixture
def make_page(runner: TaskRunner, qtbot: QtBot) -> Callable[..., CatalogPage]:
    def make(store: LocalStore, department: str = OFFICER_DEPARTMENT) -> CatalogPage:
        page = CatalogPage(store, department, "zh", runner)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        with qtbot.waitSignal(page.query_finished, timeout=10_000):
            page.show()
        return page
    return make


def search(qtbot: QtBot, page: CatalogPage, text: str) -> int:
    with qtbot.waitSignal(page.query_finished, timeout=10_000) as done:
        page.on_search(text)
    return int(done.args[0])


def shown_ids(page: CatalogPage) -> set[str]:
    model = page.model
    return {rid for row in range(model.rowCount()) if (rid := model.resource_id(row))}


def test_typing_asks_once_after_a_pause(make_page: Callable[..., CatalogPage],
                                        store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    started: list[str] = []
    page.model.query_started.connect(lambda: started.append(page.search_field.text()))
    with qtbot.waitSignal(page.query_finished, timeout=10_000) as done:
        for character in "身份证":  # committed one by one, as an input method does
            page.search_field.insert(character)
        assert started == []  # nothing asked while typing
    assert started == ["身份证"]  # one query, for the whole word
    expected = {str(r.id) for r in demo_catalog(SMALL)[1] if matches(r, "身份证")}
    assert done.args == [len(expected)]
    assert shown_ids(page) == expected
    assert page.count_label.text() == page.tr("%n resource(s)", "", len(expected))


@pytest.mark.parametrize("word", ["户籍", "社保"])
def test_global_search_with_a_two_character_word(make_page: Callable[..., CatalogPage],
                                                 store: LocalStore, qtbot: QtBot,
                                                 word: str) -> None:
    page = make_page(store)
    count = search(qtbot, page, word)
    assert page.search_field.text() == word
    expected = {str(r.id) for r in demo_catalog(SMALL)[1] if matches(r, word)}
    assert count == len(expected)
    assert shown_ids(page) == expected


def test_filter_boxes_combine_r3_r10(make_page: Callable[..., CatalogPage], store: LocalStore,
                                     qtbot: QtBot) -> None:
    page = make_page(store)
    police = department_id("police")
    filters = page.filters
    for combo, value in ((filters.share, ShareAttribute.CONDITIONAL.value),
                         (filters.catalog_type, CatalogType.BASIC.value),
                         (filters.provider, police)):
        with qtbot.waitSignal(page.query_finished, timeout=10_000):
            combo.setCurrentIndex(combo.findData(value))
    expected = {
        str(r.id) for r in demo_catalog(SMALL)[1]
        if r.share.attribute is ShareAttribute.CONDITIONAL and r.catalog_type is CatalogType.BASIC
        and str(r.provider_department_id) == police
    }
    assert expected
    assert shown_ids(page) == expected


def test_detail_shows_the_legal_basis_and_the_data_items_r10(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    assert search(qtbot, page, CONDITIONAL.code) == 1
    detail = page.detail
    assert detail.resource_id == str(CONDITIONAL.id)
    assert detail.values["legal_basis"] == CONDITIONAL.share.legal_basis
    assert detail.values["conditions"] == CONDITIONAL.share.conditions
    assert detail.values["share_attribute"] == "有条件共享"
    assert detail.values["usage_scope"] == CONDITIONAL.usage_scope
    shown = detail.overview.toPlainText()
    for text in (CONDITIONAL.share.legal_basis, CONDITIONAL.share.conditions, CONDITIONAL.code):
        assert text in shown
    table = detail.items_table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == list(
        CONDITIONAL.data_item_names)
    withheld = {item.name for item in CONDITIONAL.data_items if not item.shared}
    shared_column = {table.item(row, 0).text(): table.item(row, 3).text()
                     for row in range(table.rowCount())}
    assert {name for name, shared in shared_column.items() if shared != "Yes"} == withheld


def test_actions_emit_the_resource_and_the_chosen_data_item(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, CONDITIONAL.code)
    detail = page.detail
    assert detail.request_button.isEnabled()
    with qtbot.waitSignal(page.request_access_requested) as asked:
        qtbot.mouseClick(detail.request_button, Qt.MouseButton.LeftButton)
    assert asked.args == [str(CONDITIONAL.id)]
    detail.tabs.setCurrentIndex(1)
    detail.items_table.selectRow(2)
    with qtbot.waitSignal(page.report_error_requested) as reported:
        qtbot.mouseClick(detail.report_button, Qt.MouseButton.LeftButton)
    assert reported.args == [str(CONDITIONAL.id), CONDITIONAL.data_items[2].name]
    assert "R13" in detail.note.text()  # conditional: a written reply within the R13 clock


def test_enter_on_a_row_asks_for_that_entry(make_page: Callable[..., CatalogPage],
                                           store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, CONDITIONAL.code)
    page.table.setFocus()
    with qtbot.waitSignal(page.request_access_requested) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked.args == [str(CONDITIONAL.id)]


def test_enter_on_an_own_row_asks_nothing_r6(make_page: Callable[..., CatalogPage],
                                             store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, OWN.code)
    page.table.setFocus()
    with qtbot.assertNotEmitted(page.request_access_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)


def test_without_its_own_field_the_page_searches_what_it_is_given(
        runner: TaskRunner, store: LocalStore, qtbot: QtBot) -> None:
    page = CatalogPage(store, OFFICER_DEPARTMENT, "zh", runner, search_field_shown=False)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.query_finished, timeout=10_000):
        page.show()
    assert not page.search_field.isVisible()
    assert page.count_label.isVisible()
    with qtbot.waitSignal(page.query_finished, timeout=10_000) as done:
        page.search_now(CONDITIONAL.code)
    assert done.args == [1]
    assert page.detail.resource_id == str(CONDITIONAL.id)


def test_detail_tab_titles_are_whole_at_the_default_window_width(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    page.resize(1180 - 176 - 16, 700)  # the main window's default, less navigation and margins
    search(qtbot, page, CONDITIONAL.code)
    tabs = page.detail.tabs
    bar = tabs.tabBar()
    qtbot.waitUntil(lambda: bar.tabRect(2).right() > 0)
    for index in range(tabs.count()):  # the size hint is the whole title's, with padding
        assert bar.tabRect(index).width() >= bar.tabSizeHint(index).width(), tabs.tabText(index)
    assert bar.tabRect(2).right() <= bar.width()


def test_own_resources_cannot_be_requested_r6_r20(make_page: Callable[..., CatalogPage],
                                                  store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, OWN.code)
    detail = page.detail
    assert detail.resource_id == str(OWN.id)
    assert not detail.request_button.isEnabled()
    assert detail.request_button.toolTip() == MESSAGES["request.own_resource"][1]
    assert not detail.report_button.isEnabled()
    assert detail.report_button.toolTip() == MESSAGES["feedback.own_resource"][1]
    with qtbot.assertNotEmitted(page.request_access_requested):
        detail.on_request_clicked()


def test_unpublished_entries_cannot_be_requested_r3(make_page: Callable[..., CatalogPage],
                                                    store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, UNPUBLISHED.code)
    button = page.detail.request_button
    assert not button.isEnabled()
    assert UNPUBLISHED.status.zh in button.toolTip()
    assert "尚未在目录中发布" in button.toolTip()


@pytest.mark.parametrize("rules", [("hunan-2021", "R12", True), ("national-2025", "N1", False)])
def test_unconditional_entries_say_how_they_are_obtained_r12(
        make_page: Callable[..., CatalogPage], qtbot: QtBot, tmp_path: Path,
        rules: tuple[str, str, bool]) -> None:
    profile, citation, direct = rules
    store = fill_store(tmp_path / "store.sqlite3", SMALL, profile=profile)
    try:
        page = make_page(store)
        search(qtbot, page, UNCONDITIONAL.code)
        detail = page.detail
        assert detail.request_button.isEnabled()
        assert citation in detail.note.text()
        assert citation in detail.request_button.toolTip()
        assert (detail.request_button.text() == page.detail.tr("Obtain &directly…")) is direct
    finally:
        store.close()


def _request(status: RequestStatus, department: str, due: date | None) -> dict[str, object]:
    at = datetime(2026, 2, 20, 2, 0, tzinfo=UTC)
    request = ShareRequest(
        id=uuid.uuid4(), resource_id=CONDITIONAL.id,
        requester_department_id=uuid.UUID(department), requester_user_id=uuid.uuid4(),
        provider_department_id=CONDITIONAL.provider_department_id,
        purpose="核验社会保险参保人员身份信息，用于待遇资格认证", status=status,
        submitted_at=at, received_on=at.date(), due=due, created_at=at, updated_at=at)
    return {"entity": "request", "op": "upsert", "id": str(request.id),
            "data": to_json_dict(request)}


def test_detail_lists_the_departments_own_requests_and_feedback(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    at = datetime(2026, 2, 24, 2, 0, tzinfo=UTC)
    feedback = Feedback(
        id=uuid.uuid4(), resource_id=CONDITIONAL.id, data_item=CONDITIONAL.data_items[0].name,
        kind=FeedbackKind.ERROR, description="该人员姓名与户籍登记不一致，疑似录入错误",
        proposed_value="张三", requester_department_id=uuid.UUID(OFFICER_DEPARTMENT),
        requester_user_id=uuid.uuid4(), provider_department_id=CONDITIONAL.provider_department_id,
        status=FeedbackStatus.SUBMITTED, submitted_at=at, due=date(2026, 3, 3),
        created_at=at, updated_at=at)
    store.apply_changes([
        _request(RequestStatus.SUBMITTED, OFFICER_DEPARTMENT, date(2026, 3, 6)),
        _request(RequestStatus.SUBMITTED, department_id("market"), date(2026, 3, 9)),  # not ours
        {"entity": "feedback", "op": "upsert", "id": str(feedback.id),
         "data": to_json_dict(feedback)},
    ], cursor=None)
    page = make_page(store)
    search(qtbot, page, CONDITIONAL.code)
    table = page.detail.mine_table
    rows = [[table.item(row, column).text() for column in range(4)]
            for row in range(table.rowCount())]
    assert len(rows) == 2
    assert rows[0][1] == RequestStatus.SUBMITTED.zh
    assert rows[0][3] == "2026-03-06"
    assert "R13" in table.item(0, 3).toolTip()  # the reply clock and its citation
    assert CONDITIONAL.data_items[0].name in rows[1][0]
    assert rows[1][1] == FeedbackStatus.SUBMITTED.zh
    assert rows[1][3] == "2026-03-03"
    assert "R20" in table.item(1, 3).toolTip()


def test_down_arrow_moves_the_selection_and_the_detail_follows(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, "身份证")
    table = page.table
    table.setFocus()
    assert table.currentIndex().row() == 0
    assert page.detail.resource_id == page.model.resource_id(0)
    for row in (1, 2):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == row
        assert table.selectionModel().isRowSelected(row)
        assert page.detail.resource_id == page.model.resource_id(row)
        shown = page.model.row_at(row)
        assert shown is not None
        assert page.detail.title.text() == shown.name


def test_sorting_by_a_header_click_reorders_in_sql(make_page: Callable[..., CatalogPage],
                                                   store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.query_finished, timeout=10_000):
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    last_by_name = max(demo_catalog(SMALL)[1], key=lambda r: (r.name, str(r.id)))
    assert page.model.resource_id(0) == str(last_by_name.id)
    assert page.detail.resource_id == str(last_by_name.id)


def test_a_store_without_trigram_warns_that_search_is_slower(
        make_page: Callable[..., CatalogPage], tmp_path: Path, qtbot: QtBot) -> None:
    store = fill_store(tmp_path / "plain.sqlite3", SMALL, search_index=False)
    try:
        page = make_page(store)
        assert page.warning_label.isVisibleTo(page)
        assert page.warning_label.text() == DEGRADED_NOTICE.message_zh
        expected = {str(r.id) for r in demo_catalog(SMALL)[1] if matches(r, "户籍")}
        assert search(qtbot, page, "户籍") == len(expected)
    finally:
        store.close()


def test_a_sync_keeps_the_officers_place_and_shows_new_requests(
        make_page: Callable[..., CatalogPage], store: LocalStore, qtbot: QtBot) -> None:
    page = make_page(store)
    search(qtbot, page, "身份证")
    conditional_row = next(row for row in range(page.model.rowCount())
                           if page.model.resource_id(row) == str(CONDITIONAL.id))
    page.table.selectRow(conditional_row)
    assert page.detail.mine_table.rowCount() == 0
    store.apply_changes([_request(RequestStatus.SUBMITTED, OFFICER_DEPARTMENT, date(2026, 3, 6))],
                        cursor=None)
    page.on_cache_changed(frozenset({"request"}))
    assert page.detail.mine_table.rowCount() == 1
    with qtbot.waitSignal(page.query_finished, timeout=10_000):
        page.on_cache_changed(frozenset({"resource"}))
    assert page.table.currentIndex().row() == conditional_row
    assert page.detail.resource_id == str(CONDITIONAL.id)
    assert page.detail.mine_table.item(0, 1).text() == RequestStatus.SUBMITTED.zh
