"""My requests: overdue first with urgency colours that never stand alone (R13), the rule in
the countdown's tooltip, the written reply and timeline, and the actions the workflow allows
(withdraw R11, ask the supervisor to coordinate R15) queued through the outbox.

Counted by hand on the 2026 calendar (no holidays between 16 November and 31 December); today
is Friday 27 November 2026.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.models.entities import ShareRequest
from app.models.enums import RequestStatus
from app.models.validation_messages import field_error
from app.sync.store_outbox import OutboxState
from app.views.requests_model import DUE, LEFT, STATUS, SYNC, RequestsModel
from app.views.requests_page import RequestsPage
from tests.sync.workspace_setup import beijing, form, server_request, upsert
from tests.views.desk_setup import Desk, open_desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


def cache(desk: Desk, *requests: ShareRequest) -> None:
    desk.store.apply_changes([upsert("request", r) for r in requests], None)


def submitted(desk: Desk, due: date, version: int = 1) -> ShareRequest:
    return server_request(desk.province.conditional, desk.province,
                          status=RequestStatus.SUBMITTED, submitted=beijing(2026, 11, 2),
                          due=due, version=version)


def open_page(qtbot: QtBot, desk: Desk, language: str = "en") -> RequestsPage:
    page = RequestsPage(desk.workspace, desk.tasks, language=language)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    with qtbot.waitSignal(page.badge_changed):
        page.reload()
    return page


def select(qtbot: QtBot, page: RequestsPage, row: int) -> None:
    page.table.selectRow(row)
    wanted = page.model.row_at(row)
    assert wanted is not None
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.request.id == wanted.id)


def is_red(colour: QColor) -> bool:
    return colour.red() > 2 * colour.green() and colour.red() > 2 * colour.blue()


def is_orange(colour: QColor) -> bool:
    return colour.red() > colour.green() > colour.blue() and colour.green() > 40


def test_overdue_first_coloured_and_marked_not_only_by_colour(qtbot: QtBot, desk: Desk) -> None:
    overdue = submitted(desk, date(2026, 11, 25))  # Thu 26, Fri 27 passed: 2 days overdue
    soon = submitted(desk, date(2026, 12, 1))  # Mon 30, Tue 1: 2 left
    later = submitted(desk, date(2026, 12, 9))  # 30 Nov–4 Dec, 7, 8, 9: 8 left
    closed = server_request(desk.province.conditional, desk.province,
                            status=RequestStatus.REFUSED, submitted=beijing(2026, 11, 3),
                            due=date(2026, 11, 17))
    cache(desk, later, closed, soon, overdue)
    page = open_page(qtbot, desk)
    model = page.model
    ids = [model.row_at(r).id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert ids == [overdue.id, soon.id, later.id, closed.id]

    def cell(row: int, role: Qt.ItemDataRole) -> object:
        return model.index(row, LEFT).data(role)

    assert is_red(cell(0, Qt.ItemDataRole.ForegroundRole))  # type: ignore[arg-type]
    assert is_orange(cell(1, Qt.ItemDataRole.ForegroundRole))  # type: ignore[arg-type]
    assert cell(2, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(2, Qt.ItemDataRole.BackgroundRole) is None
    # Not colour alone: an icon and words say the same.
    assert cell(0, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(1, Qt.ItemDataRole.DecorationRole) is not None
    assert "Overdue by 2 working day" in str(cell(0, Qt.ItemDataRole.DisplayRole))
    assert "2 working day" in str(cell(1, Qt.ItemDataRole.DisplayRole))
    assert "8 working day" in str(cell(2, Qt.ItemDataRole.DisplayRole))
    assert model.index(0, DUE).data() == "2026-11-25"


def test_countdown_tooltip_cites_the_rule_that_set_the_clock(qtbot: QtBot, desk: Desk) -> None:
    cache(desk, submitted(desk, date(2026, 12, 4)))
    page = open_page(qtbot, desk)
    tooltip = str(page.model.index(0, LEFT).data(Qt.ItemDataRole.ToolTipRole))
    citation = desk.workspace.profile.conditional_reply.citation
    assert citation.describe("en") in tooltip
    assert "2026-12-04" in tooltip
    select(qtbot, page, 0)
    assert citation.describe("en") in page.countdown.toolTip()


def test_badge_counts_overdue_requests(qtbot: QtBot, desk: Desk) -> None:
    cache(desk, submitted(desk, date(2026, 11, 20)), submitted(desk, date(2026, 11, 26)),
          submitted(desk, date(2026, 12, 10)))
    page = RequestsPage(desk.workspace, desk.tasks, language="en")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.badge_changed) as badge:
        page.reload()
    assert badge.args == [2]


def test_a_queued_submission_shows_as_pending_until_the_platform_answers(
    qtbot: QtBot, desk: Desk
) -> None:
    desk.workspace.submit_request(form(desk.province.conditional))
    page = open_page(qtbot, desk)
    assert page.model.index(0, STATUS).data() == RequestStatus.SUBMITTED.en
    assert "Waiting to send" in str(page.model.index(0, SYNC).data())


def test_refused_request_shows_the_written_reply_and_offers_r15_not_withdraw(
    qtbot: QtBot, desk: Desk
) -> None:
    refused = server_request(desk.province.conditional, desk.province,
                             status=RequestStatus.REFUSED, submitted=beijing(2026, 11, 3),
                             due=date(2026, 11, 17))
    cache(desk, refused)
    page = open_page(qtbot, desk)
    select(qtbot, page, 0)
    assert page.reply_box.isVisible()
    assert refused.reply is not None
    assert refused.reply.reply_number in page.reply_text.text()
    assert refused.reply.reasons in page.reply_text.text()
    assert page.timeline.topLevelItemCount() == 2
    assert page.timeline.topLevelItem(1).text(2) == "Refuse"
    assert page.timeline.topLevelItem(1).text(4) == "R13"
    assert page.dispute_button.isEnabled()
    assert not page.withdraw_button.isEnabled()


def test_r11_withdraw_asks_first_then_queues_with_if_match(qtbot: QtBot, desk: Desk) -> None:
    open_request = submitted(desk, date(2026, 12, 4), version=2)
    cache(desk, open_request)
    page = open_page(qtbot, desk)
    select(qtbot, page, 0)
    assert not page.dispute_button.isEnabled()  # R15 only once the reply is overdue
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert desk.store.outbox.items() == []  # nothing before the officer says yes
    with qtbot.waitSignal(page.outbox_changed):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    [item] = desk.store.outbox.items()
    assert (item.kind, item.if_match) == ("request.withdraw", "2")
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None
                    and page.model.row_at(0).pending_state is OutboxState.QUEUED)  # type: ignore[union-attr]


def test_r15_dispute_needs_reasons_before_it_is_queued(qtbot: QtBot, desk: Desk) -> None:
    overdue = submitted(desk, date(2026, 11, 20))  # R15: the reply is overdue
    cache(desk, overdue)
    page = open_page(qtbot, desk)
    select(qtbot, page, 0)
    assert page.dispute_button.isEnabled()
    qtbot.mouseClick(page.dispute_button, Qt.MouseButton.LeftButton)
    dialog = page.reason_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.editor.setPlainText("逾期")
    assert not ok.isEnabled()
    assert dialog.error.text() == field_error("reason", "dispute.reason_required",
                                              min=10).message_en
    dialog.editor.setPlainText("提供部门逾期未作书面答复，影响企业开办业务办理，请主管部门协调")
    assert ok.isEnabled()
    with qtbot.waitSignal(page.outbox_changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    [item] = desk.store.outbox.items()
    assert item.kind == "dispute.raise"
    assert item.body is not None
    assert item.body["subject_id"] == str(overdue.id)


def test_models_pass_the_model_tester(qtbot: QtBot, desk: Desk, qtmodeltester: object) -> None:
    cache(desk, submitted(desk, date(2026, 11, 20)), submitted(desk, date(2026, 12, 10)))
    desk.workspace.save_draft(form(desk.province.not_shared, purpose="协商"))
    model = RequestsModel("zh_CN")
    model.set_rows(desk.workspace.my_requests())
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).parent() == QModelIndex()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
