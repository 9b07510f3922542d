"""The feedback page (R20–R22): the officer's own feedback with the provider's clock, the R21
banner while verification runs, the correction notice with accept/dispute; the provider's
verification inbox, the extension within the profile's maximum and the head's approval; and one
journey through three sessions against the real reference server.

Counted on the 2026 calendar (no holidays between 16 November and 31 December); today is
Friday 27 November 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.entities import Extension
from app.models.enums import FeedbackOutcome, FeedbackStatus
from app.models.profiles import NATIONAL_2025
from app.models.workflows import Action
from app.sync.store import SyncKey
from app.sync.workspace_feedback import FeedbackWorkspace
from app.sync.workspace_feedback_types import FeedbackList, FeedbackRow
from app.tasks import TaskRunner
from app.views.extension_dialog import ExtensionDialog
from app.views.feedback_model import DEPARTMENT, DUE, LEFT, FeedbackModel
from app.views.feedback_page import FeedbackPage
from app.views.reason_dialog import ReasonDialog
from app.views.resolve_dialog import ResolveDialog
from tests.models.commands_setup import HEAD, PROVIDER
from tests.sync.workspace_setup import beijing
from tests.views.desk_setup import Desk, open_desk
from tests.views.feedback_setup import FRIDAY, feedback_of, received

R21_EN = ("During verification, citizens and companies holding valid proof are served as "
          "usual: do not refuse them or ask them to have the record corrected first (R21).")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


def open_page(qtbot: QtBot, workspace: FeedbackWorkspace, tasks: TaskRunner,
              which: FeedbackList = FeedbackList.MINE) -> FeedbackPage:
    page = FeedbackPage(workspace, tasks, language="en")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    if which is not FeedbackList.MINE:
        page.show_list(which)  # the tab's reload
    loaded(qtbot, page)
    return page


def loaded(qtbot: QtBot, page: FeedbackPage) -> None:
    with qtbot.waitSignal(page.model.modelReset):
        page.reload()


def select(qtbot: QtBot, page: FeedbackPage, row: int) -> None:
    wanted = page.model.row_at(row)
    assert wanted is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.feedback.id == wanted.id)


def rows_of(page: FeedbackPage) -> list[FeedbackRow]:
    return [r for r in (page.model.row_at(i) for i in range(page.model.rowCount())) if r]


# ------------------------------------------------------------------------ lists and model


def test_model_passes_the_model_tester(qtmodeltester: object, qtbot: QtBot, desk: Desk) -> None:
    received(desk)
    received(desk, at=beijing(2026, 11, 16), status=FeedbackStatus.CORRECTED,
             outcome=FeedbackOutcome.CORRECTED, corrected_value="张晓明")
    model = FeedbackModel("en")
    model.set_rows(feedback_of(desk).rows(FeedbackList.MINE), FeedbackList.MINE)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_rows([], FeedbackList.TO_VERIFY)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_my_feedback_shows_the_providers_clock_overdue_first_in_colour(
    qtbot: QtBot, desk: Desk
) -> None:
    fresh = received(desk)  # due Fri 4 Dec: 5 working days left
    late = received(desk, at=beijing(2026, 11, 16))  # due Mon 23 Nov: 4 working days late
    page = open_page(qtbot, feedback_of(desk), desk.tasks)
    assert [r.id for r in rows_of(page)] == [late.id, fresh.id]
    model = page.model
    assert model.headerData(DEPARTMENT, Qt.Orientation.Horizontal) == "Provider"
    assert model.data(model.index(0, DUE)) == "2026-11-23"
    assert "Overdue by 4 working day" in model.data(model.index(0, LEFT))
    assert model.data(model.index(0, LEFT), Qt.ItemDataRole.ForegroundRole) == QColor("#a50e0e")
    assert model.data(model.index(1, LEFT)).startswith("5 working day")
    assert "R20" in model.data(model.index(1, LEFT), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 4)) == "湖南省公安厅"


def test_r21_banner_is_shown_to_the_user_department_while_verifying(
    qtbot: QtBot, desk: Desk
) -> None:
    verifying = received(desk)
    received(desk, at=beijing(2026, 11, 16), status=FeedbackStatus.NO_ERROR,
             outcome=FeedbackOutcome.NO_ERROR, explanation="经与户籍原始档案核对，数据无误。")
    page = open_page(qtbot, feedback_of(desk), desk.tasks)
    rows = rows_of(page)
    select(qtbot, page, next(i for i, r in enumerate(rows) if r.id == verifying.id))
    assert page.pane.banner.isVisible()
    assert page.pane.banner.text() == R21_EN
    select(qtbot, page, next(i for i, r in enumerate(rows) if r.id != verifying.id))
    assert not page.pane.banner.isVisible()  # verified: the rule no longer applies


def test_r22_the_correction_notice_is_accepted_through_a_question(
    qtbot: QtBot, desk: Desk
) -> None:
    corrected = received(desk, status=FeedbackStatus.CORRECTED, version=3,
                         outcome=FeedbackOutcome.CORRECTED, corrected_value="张晓明",
                         correction_notice_at=FRIDAY + timedelta(hours=3))
    page = open_page(qtbot, feedback_of(desk), desk.tasks)
    select(qtbot, page, 0)
    assert page.pane.result_box.isVisible()
    assert "张晓明" in page.pane.result_text.text()
    assert page.buttons[Action.ACCEPT].isVisible()
    assert page.buttons[Action.RAISE_DISPUTE].isVisible()
    page.buttons[Action.ACCEPT].click()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.outbox_changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    (item,) = desk.store.outbox.items()
    assert (item.path, item.if_match) == (f"/api/v1/feedback/{corrected.id}/accept", "3")


def test_r15_a_result_is_disputed_with_reasons(qtbot: QtBot, desk: Desk) -> None:
    disputed = received(desk, status=FeedbackStatus.NO_ERROR, outcome=FeedbackOutcome.NO_ERROR,
                        explanation="经与户籍原始档案核对，数据无误。")
    page = open_page(qtbot, feedback_of(desk), desk.tasks)
    select(qtbot, page, 0)
    page.buttons[Action.RAISE_DISPUTE].click()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.editor.setPlainText("太短")
    assert not ok.isEnabled()
    dialog.editor.setPlainText("户籍底卡上的姓名与平台数据仍不一致，请主管部门协调")
    with qtbot.waitSignal(page.outbox_changed):
        ok.click()
    assert desk.store.outbox.items()[0].path == f"/api/v1/feedback/{disputed.id}/dispute"


# ------------------------------------------------------------------------ verification


def test_provider_verifies_its_inbox_and_the_extension_stays_within_15_days(
    qtbot: QtBot, desk: Desk
) -> None:
    report = received(desk)
    page = open_page(qtbot, feedback_of(desk, PROVIDER), desk.tasks, FeedbackList.TO_VERIFY)
    assert page.lists == [FeedbackList.MINE, FeedbackList.TO_VERIFY]  # no head: no approvals
    assert page.model.headerData(DEPARTMENT, Qt.Orientation.Horizontal) == "Reported by"
    select(qtbot, page, 0)
    assert not page.pane.banner.isVisible()  # R21 is said to the user department
    assert page.buttons[Action.REQUEST_EXTENSION].isVisible()
    assert not page.pane.no_extension.isVisible()
    page.buttons[Action.REQUEST_EXTENSION].click()
    dialog = page.dialog
    assert isinstance(dialog, ExtensionDialog)
    assert (dialog.days.minimum(), dialog.days.maximum()) == (1, 15)  # R20
    assert "15" in dialog.explanation.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is needed
    dialog.days.setValue(99)
    assert dialog.days.value() == 15
    dialog.reason.setPlainText("需调取原始户籍档案逐项比对核实")
    with qtbot.waitSignal(page.outbox_changed):
        ok.click()
    (item,) = desk.store.outbox.items()
    assert item.body == {"days": 15, "reason": "需调取原始户籍档案逐项比对核实"}
    assert item.path == f"/api/v1/feedback/{report.id}/extension"


def test_n6_no_extension_under_national_rules_the_action_is_hidden_and_explained(
    qtbot: QtBot, desk: Desk
) -> None:
    desk.store.set_state_json(SyncKey.PROFILE, NATIONAL_2025.to_dict())
    received(desk)
    page = open_page(qtbot, feedback_of(desk, PROVIDER), desk.tasks, FeedbackList.TO_VERIFY)
    select(qtbot, page, 0)
    assert not page.buttons[Action.REQUEST_EXTENSION].isVisible()
    assert page.pane.no_extension.isVisible()
    assert "no extension" in page.pane.no_extension.text()
    assert "(N6)" in page.pane.no_extension.text()  # the rule, cited
    limits = feedback_of(desk, PROVIDER).limits()
    dialog = ExtensionDialog(limits, language="en")
    qtbot.addWidget(dialog)
    assert not dialog.days.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "N6" in dialog.explanation.text()


def test_r20_the_head_approves_an_extension_from_the_same_page(qtbot: QtBot, desk: Desk) -> None:
    asked = received(desk, status=FeedbackStatus.EXTENSION_REQUESTED, version=2,
                     extension=Extension(days=10, reason="需调取原始户籍档案逐项比对核实",
                                         requested_by_user_id=PROVIDER.user_id,
                                         requested_at=FRIDAY))
    page = open_page(qtbot, feedback_of(desk, HEAD), desk.tasks, FeedbackList.EXTENSIONS)
    assert page.lists[-1] is FeedbackList.EXTENSIONS
    assert [r.id for r in rows_of(page)] == [asked.id]
    select(qtbot, page, 0)
    assert "waiting for the head's approval" in page.pane.extension.text()
    assert page.buttons[Action.APPROVE_EXTENSION].isVisible()
    assert page.buttons[Action.REJECT_EXTENSION].isVisible()
    page.buttons[Action.APPROVE_EXTENSION].click()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.outbox_changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    approved = feedback_of(desk, HEAD).feedback(asked.id)
    assert approved.status is FeedbackStatus.EXTENDED
    assert approved.due == date(2026, 12, 18)  # Fri 4 Dec + 10 working days
    loaded(qtbot, page)
    assert rows_of(page) == []  # nothing left to approve


def test_r22_resolve_dialog_needs_the_value_or_an_explanation(qtbot: QtBot, desk: Desk) -> None:
    report = received(desk)
    page = open_page(qtbot, feedback_of(desk, PROVIDER), desk.tasks, FeedbackList.TO_VERIFY)
    select(qtbot, page, 0)
    page.buttons[Action.RESOLVE_CORRECTED].click()
    dialog = page.dialog
    assert isinstance(dialog, ResolveDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.no_error.setChecked(True)
    dialog.explanation.setPlainText("核对")
    assert not ok.isEnabled()
    assert dialog.error.isVisible()
    dialog.corrected.setChecked(True)
    dialog.value.setText("张晓明")
    assert ok.isEnabled()
    with qtbot.waitSignal(page.outbox_changed):
        ok.click()
    (item,) = desk.store.outbox.items()
    assert item.path == f"/api/v1/feedback/{report.id}/resolve"
    assert item.body is not None
    assert (item.body["outcome"], item.body["corrected_value"]) == ("corrected", "张晓明")


def test_language_switch_redraws_headers(qtbot: QtBot, desk: Desk) -> None:
    received(desk)
    page = open_page(qtbot, feedback_of(desk), desk.tasks)
    seen: list[object] = []
    page.model.headerDataChanged.connect(lambda *args: seen.append(args))
    page.set_language("zh_CN")
    assert seen
    assert page.model.data(page.model.index(0, 0)) == FeedbackStatus.SUBMITTED.zh
    assert page.model.index(0, 0) != QModelIndex()

