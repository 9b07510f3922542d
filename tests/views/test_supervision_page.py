"""The supervision page (督办) with pytest-qt over a real local store holding one pending item of
every kind (``tests/sync/test_workspace_supervision.seed_pending``): groups and counts, overdue
first, the model checked by qtmodeltester, filters by level and department, the decision
dialogs' validation (R15, R3), decisions queued through the outbox, and a conflict's two
versions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.models.codec import to_json_dict
from app.models.enums import DepartmentLevel
from app.sync.store import LocalStore
from app.sync.workspace import Workspace
from app.sync.workspace_supervision import SupervisionDesk, SupervisionGroup
from app.tasks import TaskRunner
from app.views.conflict_dialog import ConflictDialog
from app.views.decision_dialogs import DecisionDialog, DecisionKind
from app.views.supervision_model import LEFT, SupervisionModel
from app.views.supervision_page import SupervisionPage
from tests.models.commands_setup import CITY_HR, SUPERVISOR
from tests.sync.test_workspace_supervision import TODAY, Pending, seed_pending
from tests.sync.workspace_setup import Clock
from tests.views.desk_setup import settle


@dataclass
class Setup:
    store: LocalStore
    pending: Pending
    desk: SupervisionDesk
    tasks: TaskRunner
    page: SupervisionPage


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> Iterator[Setup]:
    store = LocalStore.open(tmp_path / "supervisor.sqlite3")
    tasks = TaskRunner()
    try:
        _province, pending = seed_pending(store)
        desk = SupervisionDesk(Workspace(store, SUPERVISOR, clock=Clock(TODAY)))
        page = SupervisionPage(desk, tasks, language="zh_CN")
        qtbot.addWidget(page)
        page.resize(1280, 720)
        with qtbot.waitSignal(page.badge_changed) as badge:
            page.reload()
        assert badge.args == [3]  # the late reply, verification and R5 update
        qtbot.waitUntil(lambda: page.table.currentIndex().isValid())
        yield Setup(store, pending, desk, tasks, page)
    finally:
        settle(tasks)
        tasks.shutdown()
        store.close()


def ids(model: SupervisionModel) -> list[Any]:
    return [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


def test_groups_are_counted_and_overdue_items_come_first(setup: Setup) -> None:
    page, pending = setup.page, setup.pending
    texts = [page.groups.item(i).text() for i in range(page.groups.count())]
    assert texts[0].endswith("(11)")  # every pending item: 2+1+1+2+2+2+1
    counts = dict(zip(SupervisionGroup, texts[1:], strict=True))
    assert counts[SupervisionGroup.REPLY_DUE].endswith("(2)")
    assert counts[SupervisionGroup.DISPUTE].endswith("(2)")
    assert counts[SupervisionGroup.CATALOG_UPDATE].endswith("(1)")
    assert "3" in page.summary.text()
    assert ids(page.model)[:3] == [pending.late_feedback.id, pending.late_reply.id,
                                   pending.update_due.id]
    tooltip = page.model.index(1, LEFT).data(0x03)  # ToolTipRole: R13 cited
    assert "2026-11-25" in tooltip


def test_the_model_passes_qtmodeltester(setup: Setup, qtmodeltester: Any) -> None:
    qtmodeltester.check(setup.page.model)


def test_choosing_a_group_narrows_the_list(qtbot: QtBot, setup: Setup) -> None:
    page = setup.page
    page.groups.setCurrentRow(1 + list(SupervisionGroup).index(SupervisionGroup.FILING))
    assert set(ids(page.model)) == {setup.pending.agreement.id, setup.pending.misuse.id}
    assert page.buttons["acknowledge"].isEnabled()
    assert not page.buttons["decide"].isEnabled()


def test_filters_by_level_and_department(qtbot: QtBot, setup: Setup) -> None:
    page, pending = setup.page, setup.pending
    with qtbot.waitSignal(page.model.modelReset):
        page.level.setCurrentIndex(page.level.findData(DepartmentLevel.CITY.value))
    assert set(ids(page.model)) == {pending.city_dispute.id, pending.city_review.id}
    with qtbot.waitSignal(page.model.modelReset):
        page.department.setCurrentIndex(page.department.findData(str(CITY_HR.id)))
    assert ids(page.model) == [pending.city_review.id]


def test_r15_decision_dialog_needs_a_decision_written_out(qtbot: QtBot) -> None:
    dialog = DecisionDialog(DecisionKind.DECIDE, "争议")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.editor.setPlainText("同意共享")  # four characters: not enough for a decision
    assert not ok.isEnabled()
    assert dialog.error.text()
    dialog.editor.setPlainText("提供部门应于五个工作日内按申请范围提供数据。")
    assert ok.isEnabled()
    assert not dialog.error.isVisibleTo(dialog)


def test_r3_a_return_needs_a_comment_and_approval_does_not(qtbot: QtBot) -> None:
    returning = DecisionDialog(DecisionKind.RETURN, "目录")
    approving = DecisionDialog(DecisionKind.APPROVE, "目录")
    qtbot.addWidget(returning)
    qtbot.addWidget(approving)
    assert not returning.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert approving.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    returning.editor.setPlainText("请补充共享条件")
    assert returning.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def select(page: SupervisionPage, item_id: object) -> None:
    page.groups.setCurrentRow(0)
    page.table.selectRow(page.model.row_of(item_id))


def test_deciding_a_dispute_from_the_page_queues_it(qtbot: QtBot, setup: Setup) -> None:
    page, pending = setup.page, setup.pending
    select(page, pending.dispute.id)
    assert page.buttons["decide"].isEnabled()
    page.buttons["decide"].click()
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.editor.setPlainText("提供部门应于五个工作日内书面说明理由并提供数据。")
    with qtbot.waitSignal(page.outbox_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: pending.dispute.id not in ids(page.model))
    assert [item.entity_id for item in setup.store.outbox.items()] == [str(pending.dispute.id)]


def test_r15_a_lower_levels_dispute_offers_no_decision(setup: Setup) -> None:
    select(setup.page, setup.pending.city_dispute.id)
    assert not setup.page.buttons["decide"].isEnabled()


def test_r3_a_return_without_comment_is_refused_with_the_domains_reason(
    qtbot: QtBot, setup: Setup
) -> None:
    page, pending = setup.page, setup.pending
    select(page, pending.in_review.id)
    row = page.model.row_at(page.table.currentIndex().row())
    assert row is not None
    page.decide(DecisionKind.RETURN, row, "")
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page))
    assert "修改" in page.error.text()
    assert setup.store.outbox.items() == []


def test_a_conflict_shows_both_versions(qtbot: QtBot, setup: Setup) -> None:
    page, pending, store = setup.page, setup.pending, setup.store
    item_id = setup.desk.acknowledge_filing(pending.agreement.id)
    store.outbox.mark_sending(item_id)
    theirs = to_json_dict(replace(pending.agreement, version=2, summary="补充了协议文本"))
    store.outbox.mark_conflict(item_id, theirs, None)
    with qtbot.waitSignal(page.model.modelReset):
        page.reload()
    select(page, pending.agreement.id)
    assert page.buttons["compare"].isEnabled()
    page.buttons["compare"].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ConflictDialog))
    dialog = page.dialog
    assert isinstance(dialog, ConflictDialog)
    assert dialog.table.rowCount() >= 4
    with qtbot.waitSignal(page.outbox_changed):
        dialog.resend_button.click()
    items = store.outbox.items()
    assert [item.if_match for item in items] == ["2"]


def test_screenshot(qtbot: QtBot, setup: Setup, tmp_path: Path) -> None:
    """The dispute opened with its timeline (R15). With SHAREDESK_WRITE_SCREENSHOTS=1 the
    picture replaces docs/screenshots/supervision.png; otherwise it stays in tmp_path, so a test
    run leaves the work tree as it was."""
    import os

    page = setup.page
    select(page, setup.pending.dispute.id)
    qtbot.waitUntil(lambda: page.timeline.topLevelItemCount() == 1)
    out = tmp_path / "supervision.png"
    if os.environ.get("SHAREDESK_WRITE_SCREENSHOTS") == "1":
        out = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "supervision.png"
    assert page.grab().save(str(out))
    assert out.stat().st_size > 0


def open_desk_as(store: LocalStore, tasks: TaskRunner, user: Any) -> Any:
    """The real :class:`app.desk.Desk` on ``store``, opened offline with no session."""
    from keyring.backends import null

    from app.desk import Desk
    from app.signin import SignedIn
    from app.sync.client import PlatformClient
    from app.sync.credentials import Credentials

    url = "http://127.0.0.1:9"
    client = PlatformClient(url, Credentials(url, user.username, backend=null.Keyring()),
                            username=user.username)
    session = SignedIn(server_url=url, username=user.username, client=client, store=store,
                       user=to_json_dict(user), keyring=None, remember=False, online=False,
                       has_session=False)
    return Desk(session, tasks, interval_minutes=60, language=lambda: "zh_CN")


def test_r24_the_desk_shows_supervision_to_supervisors_only_with_the_overdue_badge(
    qtbot: QtBot, setup: Setup
) -> None:
    from datetime import UTC, datetime

    from app.models.entities import User
    from app.models.enums import Role
    from app.views.main_window import MainWindow

    at = datetime(2026, 1, 5, tzinfo=UTC)
    supervisor = User(id=SUPERVISOR.user_id, username="supervisor", display_name="周主任",
                      department_id=SUPERVISOR.department_id,
                      roles=frozenset({Role.SUPERVISOR}), created_at=at, updated_at=at)
    officer = replace(supervisor, username="officer", roles=frozenset({Role.OFFICER}))
    desk = open_desk_as(setup.store, setup.tasks, supervisor)
    try:
        page = desk.window.page("supervision")
        assert isinstance(page, SupervisionPage)
        window: MainWindow = desk.window
        with qtbot.waitSignal(page.badge_changed):
            page.reload()
        entries = [window.navigation.item(i) for i in range(window.navigation.count())]
        entry = next(e for e in entries if e.data(0x0100) == "supervision")  # UserRole
        qtbot.waitUntil(lambda: entry.text().endswith("(3)"))
    finally:
        desk.stop()
        desk.dispose()
    other = open_desk_as(setup.store, setup.tasks, officer)
    try:
        assert "supervision" not in other.pages
    finally:
        other.stop()
        other.dispose()


def test_the_opened_item_shows_its_legal_basis_r10(qtbot: QtBot, setup: Setup) -> None:
    page, pending = setup.page, setup.pending
    select(page, pending.update_due.id)  # a not-shared entry: it cites its basis (R10)
    basis = pending.update_due.share.legal_basis
    qtbot.waitUntil(lambda: basis in page.detail.text())
    assert pending.update_due.summary in page.detail.text()


def test_enter_on_a_filing_opens_its_acknowledgement(qtbot: QtBot, setup: Setup) -> None:
    """Keyboard: Enter on an item opens its first decision (R14: acknowledge the filing)."""
    from PySide6.QtCore import Qt

    page = setup.page
    select(page, setup.pending.agreement.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, DecisionDialog))
    assert isinstance(page.dialog, DecisionDialog)
    assert page.dialog.kind is DecisionKind.ACKNOWLEDGE
