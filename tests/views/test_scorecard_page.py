"""The scorecard page (R24/R25) on a supervisor's cache synced from the real demo server:
table, filters, period picker, weak-figure colours, charts, drill-down with timeline, export."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import null
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.models.enums import RequestStatus
from app.models.evaluation import FigureKey, parse_period
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_evaluation import EvaluationWorkspace
from app.tasks import TaskRunner
from app.views.scorecard_drill import DrillDownDialog
from app.views.scorecard_model import FIRST_FIGURE, WEAK_BACKGROUND
from app.views.scorecard_page import ScorecardPage
from tests.views.desk_setup import settle

TODAY = date(2026, 11, 27)
NOON = datetime.combine(TODAY, time(4, 0), tzinfo=UTC)
COLUMN = {key: FIRST_FIGURE + n for n, key in enumerate(FigureKey)}


@dataclass
class Synced:
    path: Path
    user_id: uuid.UUID


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Synced:
    """The supervisor's cache after one real sync against the demo server on 127.0.0.1."""
    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials
    from app.sync.engine import SyncEngine
    from server.app import create_app
    from server.demo import DEMO_PASSWORD, build_demo
    from server.runner import ServerThread

    folder = tmp_path_factory.mktemp("scorecard")
    app = create_app(str(folder / "platform.db"), "hunan-2021", now=lambda: NOON)
    build_demo(app.state.platform, resources=60, today=TODAY)
    server = ServerThread(app)
    url = server.start()
    try:
        client = PlatformClient(url, Credentials(url, "supervisor", backend=null.Keyring()),
                                username="supervisor")
        client.login("supervisor", DEMO_PASSWORD)
        store = LocalStore.open(folder / "supervisor.sqlite3")
        assert SyncEngine(store, client).sync().completed
        user_id = uuid.UUID(client.me()["user"]["id"])
        store.close()
    finally:
        server.stop()
        app.state.platform.engine.dispose()
    return Synced(folder / "supervisor.sqlite3", user_id)


@dataclass
class Page:
    page: ScorecardPage
    store: LocalStore
    evaluation: EvaluationWorkspace
    tasks: TaskRunner


def _open(qtbot: QtBot, synced: Synced, language: str = "zh_CN") -> Iterator[Page]:
    store = LocalStore.open(synced.path)
    tasks = TaskRunner()
    evaluation = EvaluationWorkspace(Workspace.for_user(store, synced.user_id,
                                                        clock=lambda: NOON))
    page = ScorecardPage(evaluation, tasks, language=language)
    qtbot.addWidget(page)
    try:
        with qtbot.waitSignal(page.scorecard_shown, timeout=20000):
            page.resize(1400, 900)
            page.show()
        yield Page(page, store, evaluation, tasks)
    finally:
        page.close()
        settle(tasks)
        tasks.shutdown()
        store.close()


@pytest.fixture
def shown(qtbot: QtBot, synced: Synced) -> Iterator[Page]:
    yield from _open(qtbot, synced)


def _row_of(page: ScorecardPage, name: str) -> int:
    return next(n for n, row in enumerate(page.model.rows()) if row.name == name)


def _police_requests_in_november(store: LocalStore) -> set[str]:
    """Counted straight from the cache: requests the provider received in November (R13)."""
    police = next(d["id"] for d in store.select_json("department") if d["name"] == "示例省公安厅")
    return {
        r["id"] for r in store.select_json("request")
        if r["provider_department_id"] == police and r["received_on"]
        and "2026-11-01" <= r["received_on"] <= "2026-11-30"
    }


def test_the_table_has_a_row_per_department_of_the_jurisdiction_this_month_r24(
    shown: Page,
) -> None:
    page = shown.page
    assert page.card is not None
    assert page.card.period == parse_period("2026-11")
    departments = shown.store.select_json("department")
    assert page.model.rowCount() == len(departments)  # the provincial jurisdiction: everyone
    row = _row_of(page, "示例省公安厅")
    cell = page.model.index(row, COLUMN[FigureKey.REQUESTS_RECEIVED])
    expected = _police_requests_in_november(shown.store)
    assert expected
    assert cell.data() == str(len(expected))
    assert page.model.headerData(COLUMN[FigureKey.REPLIES_ON_TIME], Qt.Orientation.Horizontal) \
        == "按时答复率"


def test_the_scorecard_model_passes_the_model_tester(shown: Page, qtmodeltester: Any) -> None:
    qtmodeltester.check(shown.page.model)


def test_weak_figures_are_coloured_bold_and_explained_r25(shown: Page) -> None:
    model = shown.page.model
    weak = [
        model.index(n, COLUMN[FigureKey.REPLIES_OVERDUE]) for n, row in enumerate(model.rows())
        if (row.figure(FigureKey.REPLIES_OVERDUE).value or 0) > 0
    ]
    assert weak, "the demo has replies overdue in November"
    for index in weak:
        assert index.data(Qt.ItemDataRole.BackgroundRole).color() == WEAK_BACKGROUND
        assert index.data(Qt.ItemDataRole.FontRole).bold()
        assert "R25" in index.data(Qt.ItemDataRole.ToolTipRole)
    fine = next(
        model.index(n, COLUMN[FigureKey.REPLIES_OVERDUE]) for n, row in enumerate(model.rows())
        if row.figure(FigureKey.REPLIES_OVERDUE).value == 0
    )
    assert fine.data(Qt.ItemDataRole.BackgroundRole) is None


def test_sorting_puts_the_most_overdue_first_and_empty_figures_last(shown: Page) -> None:
    model = shown.page.model
    column = COLUMN[FigureKey.REPLIES_ON_TIME]
    model.sort(COLUMN[FigureKey.REPLIES_OVERDUE], Qt.SortOrder.DescendingOrder)
    values = [r.figure(FigureKey.REPLIES_OVERDUE).value for r in model.rows()]
    assert values == sorted(values, reverse=True)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    shares = [r.figure(FigureKey.REPLIES_ON_TIME).value for r in model.rows()]
    present = [v for v in shares if v is not None]
    assert shares[: len(present)] == sorted(present)
    assert all(v is None for v in shares[len(present):])


def test_department_level_and_period_filters(qtbot: QtBot, shown: Page) -> None:
    page = shown.page
    page.department.setCurrentIndex(page.department.findText("示例省公安厅"))
    with qtbot.waitSignal(page.scorecard_shown, timeout=10000):
        page.refresh.click()
    assert [r.name for r in page.model.rows()] == ["示例省公安厅"]
    page.department.setCurrentIndex(0)
    page.level.setCurrentIndex(page.level.findData("county"))
    page.set_period(parse_period("2026-Q4"))
    with qtbot.waitSignal(page.scorecard_shown, timeout=10000):
        page.refresh.click()
    assert page.card is not None
    assert page.card.period.label == "2026-Q4"
    levels = {d["id"]: d["level"] for d in shown.store.select_json("department")}
    assert page.model.rows()
    assert {levels[str(r.department_id)] for r in page.model.rows()} == {"county"}
    assert "2026-Q4" in page.status.text()


def test_charts_draw_a_bar_per_department_with_replies_and_print_their_values(
    shown: Page,
) -> None:
    page = shown.page
    assert page.card is not None
    with_replies = {r.name: r.figure(FigureKey.REPLIES_ON_TIME).value for r in page.card.rows
                    if r.figure(FigureKey.REPLIES_ON_TIME).value is not None}
    bars = page.on_time_chart.bars()
    assert {bar.label: bar.value for bar in bars} == with_replies
    first = bars[0]
    assert page.on_time_chart.value_text(first) in page.on_time_chart.accessibleDescription()
    assert first.label in page.on_time_chart.tooltip_for(0)
    medians = {bar.label for bar in page.days_chart.bars()}
    assert medians == set(with_replies)


def test_drill_down_lists_the_requests_behind_a_figure_and_opens_a_timeline(
    qtbot: QtBot, shown: Page,
) -> None:
    page = shown.page
    row = _row_of(page, "示例省公安厅")
    index = page.model.index(row, COLUMN[FigureKey.REQUESTS_RECEIVED])
    page.table.setCurrentIndex(index)
    page.on_drill_down(index)
    dialog = page.drill
    assert isinstance(dialog, DrillDownDialog)
    with qtbot.waitSignal(dialog.rows_shown, timeout=10000):
        pass
    listed = {dialog.items.topLevelItem(n).text(4) for n in range(dialog.items.topLevelItemCount())}
    assert listed == _police_requests_in_november(shown.store)
    first = dialog.rows[0]
    resource = shown.store.get_json("request", str(first.id))
    assert resource is not None
    assert first.title == shown.store.get_json("resource", resource["resource_id"])["name"]
    with qtbot.waitSignal(dialog.timeline_shown, timeout=10000):
        dialog.items.setCurrentItem(dialog.items.topLevelItem(0))
    assert dialog.timeline.topLevelItemCount() == len(resource["timeline"]) > 0
    dialog.reject()


def test_a_department_cell_opens_no_drill_down(shown: Page) -> None:
    shown.page.on_drill_down(shown.page.model.index(0, 0))
    assert shown.page.drill is None
    shown.page.on_drill_down(QModelIndex())
    assert shown.page.drill is None


def test_export_to_csv_and_xlsx_reads_back_with_the_chinese_header(
    qtbot: QtBot, shown: Page, tmp_path: Path,
) -> None:
    page = shown.page
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(str(tmp_path / "card.csv"))
    raw = (tmp_path / "card.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "card.csv").open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert table[0][:3] == ["部门", "层级", "收到申请"]
    assert len(table) == 1 + page.model.rowCount()
    police = next(line for line in table if line[0] == "示例省公安厅")
    assert police[2] == str(len(_police_requests_in_november(shown.store)))
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.export_to(str(tmp_path / "card.xlsx"))
    sheet = load_workbook(tmp_path / "card.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:3]) == ["部门", "层级", "收到申请"]
    assert [list(r) for r in rows[1:]] == [
        [None if cell == "" else _number(cell) for cell in line] for line in table[1:]]


def _number(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def test_the_header_follows_an_english_ui(qtbot: QtBot, synced: Synced, tmp_path: Path) -> None:
    for opened in _open(qtbot, synced, language="en"):
        page = opened.page
        assert page.model.headerData(COLUMN[FigureKey.REPLIES_ON_TIME],
                                     Qt.Orientation.Horizontal) == "Replies on time"
        with qtbot.waitSignal(page.exported, timeout=10000):
            page.export_to(str(tmp_path / "card.csv"))
        with (tmp_path / "card.csv").open(encoding="utf-8-sig", newline="") as stream:
            header = next(csv.reader(stream))
        assert header[:3] == ["Department", "Level", "Requests received"]


def _desk_for(qtbot: QtBot, tmp_path: Path, url: str, username: str) -> Any:
    """Sign ``username`` in through the login dialog, as the application does."""
    from PySide6.QtCore import QCoreApplication

    from app.application import ShareDesk
    from app.config import ConfigPaths, Configuration
    from app.i18n import LanguageSwitcher
    from app.signin import SignInService
    from tests.server.conftest import PASSWORD
    from tests.sync.conftest import MemoryKeyring

    application = QCoreApplication.instance()
    assert application is not None
    configuration = Configuration(ConfigPaths((), tmp_path / "settings.json",
                                              tmp_path / "state.json"))
    settings = configuration.load()
    client = ShareDesk(configuration, settings, LanguageSwitcher(application),
                       data_dir=str(tmp_path / "data"), tasks=TaskRunner())
    client.service = SignInService(settings, str(tmp_path / "data"),
                                   keyring_backend=MemoryKeyring())
    dialog = client.start_login()
    qtbot.addWidget(dialog)
    dialog.server_field.setText(url)
    dialog.user_field.setText(username)
    dialog.password_field.setText(PASSWORD)
    with qtbot.waitSignal(client.desk_opened, timeout=60000) as opened:
        dialog.sign_in_button.click()
    desk = opened.args[0]
    qtbot.waitUntil(lambda: desk.controller.last_sync is not None, timeout=60000)
    return client, desk


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_a_supervisors_desk_opens_the_scorecard_and_an_officers_has_none_r24(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from server.runner import ServerThread
    from tests.server.conftest import build_world

    monkeypatch.setenv("SHAREDESK_HOME", str(tmp_path / "home"))
    world = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(world.app)
    url = server.start()
    try:
        client, desk = _desk_for(qtbot, tmp_path / "supervisor", url, "supervisor")
        assert desk.scorecard_action.isVisible()
        desk.scorecard_action.trigger()
        page = desk.scorecard
        assert isinstance(page, ScorecardPage)
        qtbot.waitUntil(lambda: page.card is not None, timeout=20000)
        assert page.isWindow()
        assert page.isVisible()
        # The small province's supervisor evaluates its whole jurisdiction.
        assert page.model.rowCount() == len(desk.session.store.select_json("department"))
        client.close()
        officer_client, officer = _desk_for(qtbot, tmp_path / "officer", url, "officer")
        assert not officer.scorecard_action.isVisible()
        officer_client.close()
    finally:
        server.stop()
        world.platform.engine.dispose()


def test_a_language_switch_relabels_the_figures_and_levels(shown: Page) -> None:
    page = shown.page
    column = COLUMN[FigureKey.REPLIES_ON_TIME]
    page.set_language("en")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Replies on time"
    assert page.level.itemText(page.level.findData("county")) == "County"
    assert page.model.index(0, 1).data() in {"Province", "City / prefecture", "County"}
    page.set_language("zh_CN")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "按时答复率"


def test_drill_down_statuses_read_in_the_ui_language(qtbot: QtBot, shown: Page) -> None:
    page = shown.page
    index = page.model.index(_row_of(page, "示例省公安厅"), COLUMN[FigureKey.REFUSALS])
    page.on_drill_down(index)
    dialog = page.drill
    assert isinstance(dialog, DrillDownDialog)
    with qtbot.waitSignal(dialog.rows_shown, timeout=10000):
        pass
    assert dialog.items.topLevelItemCount() > 0
    statuses = {dialog.items.topLevelItem(n).text(2)
                for n in range(dialog.items.topLevelItemCount())}
    # R13: a refused request reads 不予共享 (RequestStatus.REFUSED's label), not its code.
    assert "refused" not in statuses
    assert statuses <= {status.zh for status in RequestStatus}
    dialog.reject()
